//! Paths: `a.b[0]` from the record or the `each` element, `root.`, `it`, `params.NAME`.

use std::borrow::Cow;

use super::{Checker, a_type, did_you_mean, similar};
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::ast::{self, Head};
use crate::ir::{Expr, Path, PathRoot, Step, TExpr};
use crate::source::Span;
use crate::types::Type;

impl Checker<'_> {
    pub(super) fn path(&mut self, p: &ast::Path, span: Span) -> Option<TExpr> {
        let record = || Cow::Owned(Type::Object(self.env.record.clone()));
        let (root, base, first): (PathRoot, Cow<'_, Type>, Option<(&str, Span)>) = match &p.head {
            Head::Field(name) => {
                let base = match self.env.bare_root {
                    PathRoot::Element(d) => {
                        Cow::Borrowed(self.env.elements.get(d as usize).unwrap_or(&Type::Json))
                    }
                    _ => record(),
                };
                (self.env.bare_root, base, Some((name.as_str(), p.head_span)))
            }
            Head::Root => {
                if self.env.elements.is_empty() {
                    return self.error(
                        Diagnostic::error(
                            Code::RootOutsideEach,
                            "`root` is only available inside `each`",
                        )
                        .with_primary(p.head_span, "not inside `each`")
                        .with_hint(
                            "outside `each`, paths already start at the record: drop `root.`",
                        ),
                    );
                }
                (PathRoot::Record, record(), None)
            }
            Head::It => {
                let Some(t) = self.its.last() else {
                    return self.error(
                        Diagnostic::error(
                            Code::ItOutsideCollection,
                            "`it` is only available inside a collection function",
                        )
                        .with_primary(p.head_span, "not inside filter, find, map or sort_by")
                        .with_note(
                            "`it` is the current element in e.g. `filter(list, it.age < 18)`",
                        ),
                    );
                };
                let depth = u32::try_from(self.its.len() - 1).unwrap_or(u32::MAX);
                (PathRoot::It(depth), Cow::Owned(t.clone()), None)
            }
            Head::Params => return self.param(p, span),
            Head::Let => return self.let_path(p, span),
        };
        let what = match root {
            PathRoot::Record => "the record".to_owned(),
            PathRoot::Element(_) => "the `each` element".to_owned(),
            PathRoot::It(_) => "`it`".to_owned(),
        };
        let all = first
            .map(|(n, s)| (ast::Step::Field(n.to_owned()), s))
            .into_iter()
            .chain(p.steps.iter().map(|s| (s.step.clone(), s.span)));
        let (ty, steps) = self.steps(base, what, all)?;
        Some(TExpr {
            kind: Expr::Path(Path { root, steps }),
            ty,
            span,
        })
    }

    /// Types `steps` from a value of type `base` (described as `what` in messages).
    pub(super) fn steps(
        &mut self,
        base: Cow<'_, Type>,
        mut what: String,
        all: impl Iterator<Item = (ast::Step, Span)>,
    ) -> Option<(Type, Vec<Step>)> {
        let mut steps = Vec::new();
        let mut ty = base;
        for (step, step_span) in all {
            let next = match self.step(&ty, &step, step_span, &what) {
                Ok(t) => t,
                Err(d) => {
                    self.error(d);
                    return None;
                }
            };
            what = match &step {
                ast::Step::Field(n) => format!("`{n}`"),
                ast::Step::Index(_) => format!("an element of {what}"),
            };
            steps.push(match step {
                ast::Step::Field(n) => Step::Field(n),
                ast::Step::Index(i) => Step::Index(i),
            });
            ty = Cow::Owned(next);
        }
        Some((ty.into_owned(), steps))
    }

    /// Steps on a computed value (`first(l).date`). Kept out of `expr` so that its stack frame
    /// stays small for deep trees.
    #[inline(never)]
    pub(super) fn access(
        &mut self,
        inner: &ast::Expr,
        steps: &[ast::PathStep],
        span: Span,
    ) -> Option<TExpr> {
        let inner = self.expr(inner)?;
        let base = Cow::Owned(inner.ty.clone());
        let all = steps.iter().map(|s| (s.step.clone(), s.span));
        let what = match &inner.kind {
            Expr::Call(f, _) => format!("the result of `{}(…)`", f.name()),
            Expr::Let(n) => format!("`let.{n}`"),
            _ => "the value".to_owned(),
        };
        let (ty, steps) = self.steps(base, what, all)?;
        Some(TExpr {
            kind: Expr::Access(Box::new(inner), steps),
            ty,
            span,
        })
    }

    /// A path of let reads from `from` back to `to` (`to -> from -> … -> to`), if there is one.
    fn let_cycle(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let mut stack = vec![vec![to.to_owned(), from.to_owned()]];
        let mut seen = std::collections::BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = path.last()?.clone();
            if !seen.insert(last.clone()) {
                continue;
            }
            for next in self.env.let_reads.get(&last).into_iter().flatten() {
                let mut p = path.clone();
                p.push(next.clone());
                if next == to {
                    return Some(p);
                }
                stack.push(p);
            }
        }
        None
    }

    /// `let.NAME` and any steps after it.
    fn let_path(&mut self, p: &ast::Path, span: Span) -> Option<TExpr> {
        let Some(ast::PathStep {
            step: ast::Step::Field(name),
            span: name_span,
        }) = p.steps.first()
        else {
            return self.error(
                Diagnostic::error(Code::UnknownLet, "`let` must be followed by a let name")
                    .with_primary(p.head_span, "write `let.NAME`")
                    .with_hint("`let.NAME` reads a named expression declared under `let:`"),
            );
        };
        let pos = self.env.lets.iter().position(|(n, _)| n == name);
        let ty = match pos.map(|i| (i, &self.env.lets[i].1)) {
            Some((_, Some(ty))) => ty.clone(),
            Some((i, None)) => {
                let current = self.env.lets.iter().position(|(_, t)| t.is_none());
                let d = if current == Some(i) {
                    Diagnostic::error(Code::LetOrder, format!("the let `{name}` reads itself"))
                        .with_primary(*name_span, "a let cannot refer to itself")
                        .with_hint("compute it from fields and earlier lets only")
                } else {
                    let here = current
                        .and_then(|c| self.env.lets.get(c))
                        .map(|(n, _)| n.as_str())
                        .unwrap_or("this let");
                    match self.let_cycle(name, here) {
                        Some(cycle) => Diagnostic::error(
                            Code::LetOrder,
                            format!("the lets {} read each other (a cycle)", cycle_names(&cycle)),
                        )
                        .with_primary(
                            *name_span,
                            format!("`{here}` reads `{name}`, which is declared after it"),
                        )
                        .with_note(format!("the cycle: {}", cycle.join(" -> ")))
                        .with_hint("compute one of them from fields and earlier lets only"),
                        None => Diagnostic::error(
                            Code::LetOrder,
                            format!("`let.{name}` is read before it is defined"),
                        )
                        .with_primary(*name_span, format!("`{name}` is declared after `{here}`"))
                        .with_hint(format!(
                            "lets are evaluated in order: move `{name}` above `{here}`"
                        )),
                    }
                };
                return self.error(d);
            }
            None => {
                let names = similar(name, self.env.lets.iter().map(|(n, _)| n.as_str()));
                let mut d = Diagnostic::error(Code::UnknownLet, format!("unknown let `{name}`"))
                    .with_primary(*name_span, "not declared under `let:`");
                d = match did_you_mean(&names) {
                    Some(h) => d.with_hint(h),
                    None if self.env.lets.is_empty() => d.with_hint(format!(
                        "declare it at the top of the transform: `let: {{ {name}: EXPRESSION }}` (lets are not available in `key:`)"
                    )),
                    None => d.with_note(format!(
                        "lets of this transform: {}",
                        self.env
                            .lets
                            .iter()
                            .map(|(n, _)| n.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                };
                return self.error(d);
            }
        };
        let head = TExpr {
            kind: Expr::Let(name.clone()),
            ty: ty.clone(),
            span: p.head_span.to(*name_span),
        };
        if p.steps.len() == 1 {
            return Some(TExpr { span, ..head });
        }
        let rest = p.steps[1..].iter().map(|s| (s.step.clone(), s.span));
        let (ty, steps) = self.steps(Cow::Owned(ty), format!("`let.{name}`"), rest)?;
        Some(TExpr {
            kind: Expr::Access(Box::new(head), steps),
            ty,
            span,
        })
    }

    fn step(
        &self,
        ty: &Type,
        step: &ast::Step,
        span: Span,
        what: &str,
    ) -> Result<Type, Diagnostic> {
        match (step, ty) {
            (_, Type::Json) => Ok(Type::Json),
            (ast::Step::Field(n), Type::Object(o)) => o.get(n).cloned().ok_or_else(|| {
                let names = similar(n, o.fields.iter().map(|(f, _)| f.as_str()));
                let mut d = Diagnostic::error(Code::UnknownField, format!("unknown field `{n}`"))
                    .with_primary(span, format!("not a field of {what}"));
                if let Some(h) = did_you_mean(&names) {
                    d = d.with_hint(h);
                } else if !o.fields.is_empty() {
                    let all: Vec<&str> =
                        o.fields.iter().map(|(f, _)| f.as_str()).take(12).collect();
                    let more = if o.fields.len() > 12 { ", …" } else { "" };
                    d = d.with_note(format!("fields of {what}: {}{more}", all.join(", ")));
                }
                d
            }),
            (ast::Step::Field(n), other) => Err(Diagnostic::error(
                Code::FieldOnNonObject,
                format!("`.{n}` on {}, which is not an object", a_type(other)),
            )
            .with_primary(span, format!("{what} is {}", a_type(other)))),
            (ast::Step::Index(_), other) => other.element().ok_or_else(|| {
                Diagnostic::error(
                    Code::IndexOnNonList,
                    format!("an index on {}, which is not a list", a_type(other)),
                )
                .with_primary(span, format!("{what} is {}", a_type(other)))
            }),
        }
    }

    fn param(&mut self, p: &ast::Path, span: Span) -> Option<TExpr> {
        let Some(ast::PathStep {
            step: ast::Step::Field(name),
            span: name_span,
        }) = p.steps.first()
        else {
            return self.error(
                Diagnostic::error(
                    Code::UnknownParam,
                    "`params` must be followed by a parameter name",
                )
                .with_primary(p.head_span, "write `params.NAME`"),
            );
        };
        let Some(ty) = self.env.params.get(name) else {
            let names = similar(name, self.env.params.keys().map(String::as_str));
            let mut d =
                Diagnostic::error(Code::UnknownParam, format!("unknown parameter `{name}`"))
                    .with_primary(*name_span, "not declared under `params:`");
            d = match did_you_mean(&names) {
                Some(h) => d.with_hint(h),
                None => d.with_hint(format!(
                    "declare it: `params: {{ {name}: {{ type: string }} }}`"
                )),
            };
            return self.error(d);
        };
        if let Some(extra) = p.steps.get(1) {
            return self.error(
                Diagnostic::error(
                    Code::FieldOnNonObject,
                    format!(
                        "parameter `{name}` is {}, not an object",
                        a_type(&Type::Scalar(*ty))
                    ),
                )
                .with_primary(extra.span, "parameters are scalars"),
            );
        }
        Some(TExpr {
            kind: Expr::Param(name.clone()),
            ty: Type::Scalar(*ty),
            span,
        })
    }
}

/// "`a` and `b`", "`a`, `b` and `c`" (the distinct names of a cycle).
fn cycle_names(cycle: &[String]) -> String {
    let names: Vec<String> = cycle[..cycle.len().saturating_sub(1)]
        .iter()
        .map(|n| format!("`{n}`"))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    }
}
