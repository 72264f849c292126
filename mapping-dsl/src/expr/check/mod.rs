//! The checker: [`ast::Expr`] + [`Env`] -> well-typed [`TExpr`], or every problem found.
//! Operands are checked before the operator so one pass reports independent mistakes together.

mod call;
mod ops;
mod path;

use super::ast::{self, ExprKind};
use super::env::Env;
use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{Expr, Lit, TExpr};
use crate::source::Span;
use crate::types::Type;

/// Checks an expression; the result's `ty` is its type.
pub fn check(ast: &ast::Expr, env: &Env) -> Result<TExpr, Vec<Diagnostic>> {
    let mut c = Checker {
        env,
        its: Vec::new(),
        errors: Vec::new(),
    };
    match c.expr(ast) {
        Some(t) if c.errors.is_empty() => Ok(t),
        _ => Err(c.errors),
    }
}

/// Checks a condition (`keep:`, `when:`): it must be a bool (`null` and `json` are accepted and
/// read as false / checked at run time).
pub fn check_bool(ast: &ast::Expr, env: &Env) -> Result<TExpr, Vec<Diagnostic>> {
    let t = check(ast, env)?;
    match not_bool(&t, "this condition") {
        Some(d) => Err(vec![d]),
        None => Ok(t),
    }
}

/// E304 when `t` cannot be a bool.
pub(super) fn not_bool(t: &TExpr, what: &str) -> Option<Diagnostic> {
    if bool_like(&t.ty) {
        return None;
    }
    let mut d = Diagnostic::error(
        Code::ConditionNotBool,
        format!("{what} is {}, not a bool", a_type(&t.ty)),
    )
    .with_primary(t.span, format!("this is {}", a_type(&t.ty)));
    if t.ty.is_text() || t.ty.is_numeric() {
        d = d.with_hint("compare it, e.g. `x != null` or `x == \"value\"`");
    }
    Some(d)
}

pub(super) fn bool_like(t: &Type) -> bool {
    matches!(
        t,
        Type::Scalar(crate::types::Scalar::Bool) | Type::Null | Type::Json
    )
}

/// "a string", "an int", "a list<string>" — for messages.
pub(super) fn a_type(t: &Type) -> String {
    let s = t.to_string();
    match t {
        Type::Null => "null".to_owned(),
        Type::Scalar(crate::types::Scalar::Int) => "an int".to_owned(),
        Type::Object(_) => "an object".to_owned(),
        _ => format!("a {s}"),
    }
}

struct Checker<'e> {
    env: &'e Env,
    /// Element types of the enclosing collection functions, outermost first.
    its: Vec<Type>,
    errors: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, d: Diagnostic) -> Option<TExpr> {
        self.errors.push(d);
        None
    }

    fn expr(&mut self, e: &ast::Expr) -> Option<TExpr> {
        let span = e.span;
        match &e.kind {
            ExprKind::Lit(l) => Some(lit(l.clone(), span)),
            ExprKind::Path(p) => self.path(p, span),
            ExprKind::Unary(op, x) => {
                let x = self.expr(x)?;
                self.unary(*op, x, span)
            }
            ExprKind::Binary(op, a, b) => {
                let before = self.errors.len();
                let (a, b) = (self.expr(a), self.expr(b));
                if self.errors.len() > before
                    && let Some(name) = dashed_name(e)
                {
                    // `formsection-incident-details` reads as a subtraction of unknown fields.
                    self.errors.truncate(before);
                    return self.error(
                        Diagnostic::error(Code::UnknownField, format!("unknown field `{name}`"))
                            .with_primary(span, "read as a subtraction of fields")
                            .with_hint(format!("`-` is minus; quote a name that contains it after its parent: parent.\"{name}\" or parent[\"{name}\"]")),
                    );
                }
                self.binary(*op, a?, b?, span)
            }
            ExprKind::If(c, a, b) => {
                let (c, a, b) = (self.expr(c), self.expr(a), self.expr(b));
                let (c, a, b) = (c?, a?, b?);
                if let Some(d) = not_bool(&c, "the condition of `if`") {
                    return self.error(d);
                }
                let Some(ty) = ops::unify(&a.ty, &b.ty) else {
                    return self.error(
                        Diagnostic::error(
                            Code::TypeMismatch,
                            "the branches of `if` have different types",
                        )
                        .with_primary(b.span, format!("this is {}", a_type(&b.ty)))
                        .with_secondary(a.span, format!("this is {}", a_type(&a.ty)))
                        .with_hint("convert one branch, e.g. with to_string(…)"),
                    );
                };
                Some(TExpr {
                    kind: Expr::If(Box::new(c), Box::new(a), Box::new(b)),
                    ty,
                    span,
                })
            }
            ExprKind::Call {
                name,
                name_span,
                args,
            } => self.call(name, *name_span, args, span),
            ExprKind::Access(inner, steps) => self.access(inner, steps, span),
        }
    }
}

/// `a-b-c` written without spaces, as a dashed name: `Some("a-b-c")`.
fn dashed_name(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Path(ast::Path {
            head: ast::Head::Field(n),
            steps,
            ..
        }) if steps.is_empty() => Some(n.clone()),
        ExprKind::Lit(Lit::Int(i)) if *i >= 0 => Some(i.to_string()),
        ExprKind::Binary(crate::ir::BinOp::Sub, a, b) if a.span.end + 1 == b.span.start => {
            Some(format!("{}-{}", dashed_name(a)?, dashed_name(b)?))
        }
        _ => None,
    }
}

pub(super) fn lit(l: Lit, span: Span) -> TExpr {
    let ty = match &l {
        Lit::Null => Type::Null,
        Lit::Bool(_) => Type::BOOL,
        Lit::Int(_) => Type::INT,
        Lit::Number(_) => Type::NUMBER,
        Lit::String(_) => Type::STRING,
    };
    TExpr {
        kind: Expr::Lit(l),
        ty,
        span,
    }
}

/// Up to three names close to `wrong`, closest first.
pub(super) fn similar<'a>(wrong: &str, names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> = names
        .map(|n| {
            (
                strsim::jaro_winkler(&wrong.to_lowercase(), &n.to_lowercase()),
                n,
            )
        })
        .filter(|(s, n)| {
            *s >= 0.8 || strsim::damerau_levenshtein(wrong, n) <= 2.max(wrong.len() / 4)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// "did you mean `a`?" / "did you mean one of `a`, `b`?"
pub(super) fn did_you_mean(names: &[&str]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(format!("did you mean `{one}`?")),
        many => Some(format!(
            "did you mean one of {}?",
            many.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}
