//! `let:`: named expressions, checked in declaration order. Each one sees only the lets above
//! it (a later or its own name is E213), its type is what `let.NAME` has afterwards, and a let
//! nothing reads is W606.

use std::collections::BTreeSet;

use super::exprs::{Exprs, Uses};
use super::reads::list_origin;
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::{Env, ast};
use crate::ir::LetRule;
use crate::source::FileId;
use crate::spec::de::OrderedMap;
use crate::spec::transform::Expr;
use crate::types::Type;
use crate::yaml::span_of;

/// Checks every let into `LetRule`s, making each available in `env` once checked. A let that
/// does not check is still declared (as `json`) so that its readers are not reported again.
pub fn compile(
    file: FileId,
    lets: &OrderedMap<String, Expr>,
    env: &mut Env,
    ex: &mut Exprs<'_>,
) -> Vec<LetRule> {
    env.lets = lets
        .entries
        .iter()
        .map(|(k, _)| (k.value.clone(), None))
        .collect();
    let asts: Vec<Option<ast::Expr>> = lets.entries.iter().map(|(_, e)| ex.parse(e)).collect();
    env.let_reads = lets
        .entries
        .iter()
        .zip(&asts)
        .map(|((k, _), a)| {
            let mut names = BTreeSet::new();
            if let Some(a) = a {
                let_names(a, &mut names);
            }
            (k.value.clone(), names)
        })
        .collect();
    let mut out = Vec::with_capacity(lets.entries.len());
    for (i, ((k, _), a)) in lets.entries.iter().zip(&asts).enumerate() {
        let c = a.as_ref().and_then(|a| ex.check(a, env, false));
        let ty = c.as_ref().map_or(Type::Json, |c| c.ty.clone());
        if let Some(slot) = env.lets.get_mut(i) {
            slot.1 = Some(ty);
        }
        if let Some(c) = c {
            let origin = list_origin(&c, &ex.uses.origins);
            ex.uses.origins.lets.insert(k.value.clone(), origin);
            out.push(LetRule {
                name: k.value.clone(),
                expr: c,
                span: span_of(file, k),
            });
        }
    }
    env.let_reads.clear();
    out
}

/// The let names an expression reads (`let.NAME`).
fn let_names(e: &ast::Expr, out: &mut BTreeSet<String>) {
    use ast::ExprKind as K;
    match &e.kind {
        K::Lit(_) => {}
        K::Path(p) => {
            if let (ast::Head::Let, Some(ast::Step::Field(n))) =
                (&p.head, p.steps.first().map(|s| &s.step))
            {
                out.insert(n.clone());
            }
        }
        K::Unary(_, a) | K::Access(a, _) => let_names(a, out),
        K::Binary(_, a, b) => {
            let_names(a, out);
            let_names(b, out);
        }
        K::If(a, b, c) => {
            let_names(a, out);
            let_names(b, out);
            let_names(c, out);
        }
        K::Call { args, .. } => args.iter().for_each(|a| let_names(a, out)),
    }
}

/// W606 for every let that no expression reads.
pub fn unused(file: FileId, lets: &OrderedMap<String, Expr>, uses: &Uses) -> Vec<Diagnostic> {
    lets.entries
        .iter()
        .filter(|(k, _)| !uses.lets.contains(&k.value))
        .map(|(k, _)| {
            Diagnostic::error(
                Code::UnusedLet,
                format!("the let `{}` is never used", k.value),
            )
            .with_primary(span_of(file, k), "declared here")
            .with_hint(format!(
                "read it as `let.{}`, or remove it (it is still evaluated for every record)",
                k.value
            ))
        })
        .collect()
}
