//! `mapwright preview --explain`: why a record was dropped by `keep`, or a field left out by its
//! `when`, naming the false part of the condition (the false conjunct of `a && b`) and the
//! values it read.

use serde_json::Value;

use super::{lets, prepare};
use crate::expr::{Frame, eval, eval_bool};
use crate::ir::{BinOp, Deployment, Expr, PathRoot, TExpr, Transform};
use crate::rt::Context;
use crate::source::Span;

/// The source text of a span (the expression as written), when the caller has the files.
pub type SourceText<'a> = &'a dyn Fn(Span) -> Option<String>;

/// What dropped `record`, or left fields out of it: one line per condition that was false
/// (`dropped by keep: `status == "open"` is false: status = "closed"`). Empty when the record is
/// kept whole. Conditions that fail to evaluate are the transform's to report, not this.
pub fn why_dropped(
    dep: &Deployment,
    t: &Transform,
    record: &Value,
    ctx: &Context,
    text: SourceText<'_>,
) -> Vec<String> {
    let Ok(input) = prepare(&t.input, &t.coercions, record, ctx) else {
        return Vec::new();
    };
    let frame = Frame::new(&input, ctx).with_deployment(dep);
    let Ok(lets) = lets::eval_lets(t, &frame) else {
        return Vec::new();
    };
    let frame = frame.with_lets(&lets);
    if let Some(k) = &t.keep
        && eval_bool(k, &frame) == Ok(false)
    {
        return vec![format!("dropped by keep: {}", false_part(k, &frame, text))];
    }
    t.output
        .fields
        .iter()
        .filter_map(|f| {
            let w = f.when.as_ref()?;
            (eval_bool(w, &frame) == Ok(false)).then(|| {
                format!(
                    "`{}` left out by when: {}",
                    f.name,
                    false_part(w, &frame, text)
                )
            })
        })
        .collect()
}

/// "`a > 1` is false: a = 0": the false conjunct of an `&&` chain (the whole condition
/// otherwise), with the value of every path, let and parameter it reads.
fn false_part(e: &TExpr, f: &Frame<'_>, text: SourceText<'_>) -> String {
    let mut part = e;
    loop {
        match &part.kind {
            Expr::Binary(BinOp::And, l, r) => {
                part = if eval_bool(l, f) == Ok(false) { l } else { r };
            }
            // Both sides are false: say why for each.
            Expr::Binary(BinOp::Or, l, r) => {
                return format!(
                    "neither side of `||` holds: {}; {}",
                    false_part(l, f, text),
                    false_part(r, f, text)
                );
            }
            _ => break,
        }
    }
    let shown = text(part.span).unwrap_or_else(|| "the condition".to_owned());
    let mut reads = Vec::new();
    values(part, f, text, &mut reads);
    if reads.is_empty() {
        format!("`{shown}` is false")
    } else {
        format!("`{shown}` is false: {}", reads.join(", "))
    }
}

/// `name = value` for each value `e` reads at record scope (not `it` inside a collection
/// function, which has no single value), once each.
fn values(e: &TExpr, f: &Frame<'_>, text: SourceText<'_>, out: &mut Vec<String>) {
    let mut leaf = |e: &TExpr| {
        let Some(name) = text(e.span) else { return };
        let v = eval(e, f)
            .map(|v| short(&v))
            .unwrap_or_else(|k| format!("<{k}>"));
        let line = format!("{name} = {v}");
        if !out.contains(&line) {
            out.push(line);
        }
    };
    match &e.kind {
        Expr::Lit(_) => {}
        Expr::Path(p) => {
            if p.root == PathRoot::Record {
                leaf(e);
            }
        }
        Expr::Param(_) | Expr::Let(_) | Expr::Access(..) | Expr::Answer(_) => leaf(e),
        Expr::Unary(_, x) => values(x, f, text, out),
        Expr::Binary(_, l, r) => {
            values(l, f, text, out);
            values(r, f, text, out);
        }
        Expr::If(c, a, b) => {
            for x in [c, a, b] {
                values(x, f, text, out);
            }
        }
        Expr::Call(_, args) => {
            for a in args {
                values(a, f, text, out);
            }
        }
    }
}

/// A value on one line, cut at 80 characters.
fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(77).collect();
        format!("{cut}...")
    } else {
        s
    }
}
