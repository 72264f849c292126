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
        };
        let mut steps = Vec::with_capacity(p.steps.len() + 1);
        let mut ty = base;
        let mut what = match root {
            PathRoot::Record => "the record".to_owned(),
            PathRoot::Element(_) => "the `each` element".to_owned(),
            PathRoot::It(_) => "`it`".to_owned(),
        };
        let all = first
            .map(|(n, s)| (ast::Step::Field(n.to_owned()), s))
            .into_iter()
            .chain(p.steps.iter().map(|s| (s.step.clone(), s.span)));
        for (step, step_span) in all {
            let next = match self.step(&ty, &step, step_span, &what) {
                Ok(t) => t,
                Err(d) => return self.error(d),
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
        Some(TExpr {
            kind: Expr::Path(Path { root, steps }),
            ty: ty.into_owned(),
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
