//! Calls: name, arity and argument types from the stdlib signature table; collection functions
//! bind `it`; `translate` / `lookup` resolve their option set / value map argument.

use super::{Checker, a_type, bool_like, did_you_mean, lit, not_bool, ops::unify, similar};
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::ast;
use crate::ir::{Expr, Lit, TExpr};
use crate::source::Span;
use crate::stdlib::translate::{missing_name, unknown_name};
use crate::stdlib::{Arg, Func, Ret, Signature, signature};
use crate::types::Type;

fn accepts(kind: Arg, t: &Type) -> bool {
    if matches!(t, Type::Json | Type::Null) {
        return true;
    }
    match kind {
        Arg::Text => t.is_text(),
        Arg::Int => *t == Type::INT,
        Arg::Numeric => t.is_numeric(),
        Arg::TextOrNumber => t.is_text() || t.is_numeric(),
        Arg::TextOrList => t.is_text() || t.element().is_some(),
        Arg::DateLike => matches!(t, Type::Scalar(s) if s.is_text()),
        Arg::List => t.element().is_some(),
        Arg::SortKey => t.is_text() || t.is_numeric(),
        Arg::Predicate => bool_like(t),
        Arg::Any | Arg::ElementExpr | Arg::OptionSet | Arg::ValueMap => true,
    }
}

impl Checker<'_> {
    pub(super) fn call(
        &mut self,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<TExpr> {
        let Some(func) = Func::from_name(name) else {
            let names = similar(name, Func::ALL.iter().map(|f| f.name()));
            let mut d =
                Diagnostic::error(Code::UnknownFunction, format!("unknown function `{name}`"))
                    .with_primary(name_span, "not a stdlib function");
            if let Some(h) = did_you_mean(&names) {
                d = d.with_hint(h);
            }
            return self.error(d);
        };
        let sig = signature(func);
        let n = args.len();
        if n < sig.min_args() || sig.max_args().is_some_and(|m| n > m) {
            let want = match sig.max_args() {
                None => format!("at least {}", sig.min_args()),
                Some(m) if m == sig.min_args() => m.to_string(),
                Some(m) => format!("{} to {m}", sig.min_args()),
            };
            let plural = if want == "1" { "" } else { "s" };
            return self.error(
                Diagnostic::error(
                    Code::WrongArity,
                    format!("`{name}` takes {want} argument{plural}, found {n}"),
                )
                .with_primary(
                    span,
                    format!("{n} argument{}", if n == 1 { "" } else { "s" }),
                )
                .with_note(format!("usage: {}", sig.usage())),
            );
        }
        if sig
            .params
            .iter()
            .any(|a| matches!(a, Arg::OptionSet | Arg::ValueMap))
        {
            self.named_table(sig, args, span)
        } else if func.binds_it() {
            self.collection(sig, args, span)
        } else {
            self.plain(sig, args, span)
        }
    }

    fn arg_error(&mut self, sig: &Signature, i: usize, kind: Arg, a: &TExpr) -> Option<TExpr> {
        let mut d = Diagnostic::error(
            Code::TypeMismatch,
            format!(
                "`{}` expects {} as argument {}, found {}",
                sig.name,
                kind.describe(),
                i + 1,
                a_type(&a.ty)
            ),
        )
        .with_primary(a.span, format!("this is {}", a_type(&a.ty)))
        .with_note(format!("usage: {}", sig.usage()));
        if matches!(kind, Arg::Text | Arg::DateLike) && (a.ty.is_numeric() || a.ty == Type::BOOL) {
            d = d.with_hint("convert it with to_string(…)");
        } else if matches!(kind, Arg::Int | Arg::Numeric) && a.ty.is_text() {
            d = d.with_hint("convert it with to_number(…)");
        }
        self.error(d)
    }

    fn plain(&mut self, sig: &Signature, args: &[ast::Expr], span: Span) -> Option<TExpr> {
        let checked: Vec<Option<TExpr>> = args.iter().map(|a| self.expr(a)).collect();
        let checked: Vec<TExpr> = checked.into_iter().collect::<Option<_>>()?;
        for (i, a) in checked.iter().enumerate() {
            let kind = sig.arg(i).unwrap_or(Arg::Any);
            if !accepts(kind, &a.ty) {
                return self.arg_error(sig, i, kind, a);
            }
        }
        if let Some(d) = literal_argument_error(sig.func, &checked) {
            return self.error(d);
        }
        let ty = match sig.ret {
            Ret::Scalar(s) => Type::Scalar(s),
            Ret::SameAsFirst => checked[0].ty.clone(),
            Ret::Element => checked[0].ty.element().unwrap_or(Type::Json),
            Ret::ListOfString => Type::List(Box::new(Type::STRING)),
            Ret::Common => {
                let mut ty = Type::Null;
                for a in &checked {
                    match unify(&ty, &a.ty) {
                        Some(t) => ty = t,
                        None => {
                            return self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    format!("the arguments of `{}` have different types", sig.name),
                                )
                                .with_primary(a.span, format!("this is {}", a_type(&a.ty)))
                                .with_secondary(
                                    checked[0].span,
                                    format!("this is {}", a_type(&checked[0].ty)),
                                ),
                            );
                        }
                    }
                }
                ty
            }
            Ret::ListOfExpr | Ret::Translated | Ret::MapValue => Type::Json,
            Ret::Flattened => {
                let l = &checked[0];
                match l.ty.element() {
                    _ if matches!(l.ty, Type::Json | Type::Null) => Type::Json,
                    Some(inner) => match inner.element() {
                        Some(x) => Type::List(Box::new(x)),
                        None => {
                            return self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    format!(
                                        "`{}` expects a list of lists, found a list of {}",
                                        sig.name,
                                        a_type(&inner).trim_start_matches("a ").trim_start_matches("an ")
                                    ),
                                )
                                .with_primary(l.span, format!("this is {}", a_type(&l.ty)))
                                .with_hint("a list of lists comes from e.g. `map(visits, it.anc)`; a list that is already flat needs no flatten"),
                            );
                        }
                    },
                    None => return self.arg_error(sig, 0, Arg::List, l),
                }
            }
        };
        Some(TExpr {
            kind: Expr::Call(sig.func, checked),
            ty,
            span,
        })
    }

    /// `filter`, `find`, `map`, `sort_by`: the second argument is checked with `it` bound to
    /// the element type of the first.
    fn collection(&mut self, sig: &Signature, args: &[ast::Expr], span: Span) -> Option<TExpr> {
        let list = self.expr(&args[0])?;
        let Some(elem) = list.ty.element().filter(|_| list.ty != Type::Null) else {
            return self.arg_error(sig, 0, Arg::List, &list);
        };
        self.its.push(elem.clone());
        let body = self.expr(&args[1]);
        self.its.pop();
        let body = body?;
        let kind = sig.params[1];
        if kind == Arg::Predicate {
            if let Some(d) = not_bool(&body, &format!("the condition of `{}`", sig.name)) {
                return self.error(d);
            }
        } else if !accepts(kind, &body.ty) {
            return self.arg_error(sig, 1, kind, &body);
        }
        let ty = match sig.ret {
            Ret::Element => elem,
            Ret::ListOfExpr => Type::List(Box::new(body.ty.clone())),
            _ => list.ty.clone(),
        };
        Some(TExpr {
            kind: Expr::Call(sig.func, vec![list, body]),
            ty,
            span,
        })
    }

    /// `translate(code, SET)` and `lookup(key, MAP)`.
    fn named_table(&mut self, sig: &Signature, args: &[ast::Expr], span: Span) -> Option<TExpr> {
        let value = self.expr(&args[0]);
        let Some(table) = args[1].as_bare_name() else {
            let what = if sig.func == Func::Translate {
                "an option set"
            } else {
                "a value map"
            };
            return self.error(
                Diagnostic::error(
                    Code::TypeMismatch,
                    format!("the second argument of `{}` must name {what}", sig.name),
                )
                .with_primary(args[1].span, "not a name")
                .with_note(format!("usage: {}", sig.usage())),
            );
        };
        let value = value?;
        let table_lit = lit(Lit::String(table.to_owned()), args[1].span);
        if sig.func == Func::Lookup {
            let Some(map) = self.env.value_maps.get(table) else {
                let names = similar(table, self.env.value_maps.keys().map(String::as_str));
                return self.unknown_table(
                    Code::UnknownValueMap,
                    "value map",
                    table,
                    args[1].span,
                    &names,
                );
            };
            let ty = map.value_type.clone();
            if !accepts(Arg::TextOrNumber, &value.ty) {
                return self.arg_error(sig, 0, Arg::TextOrNumber, &value);
            }
            return Some(TExpr {
                kind: Expr::Call(sig.func, vec![value, table_lit]),
                ty,
                span,
            });
        }
        let Some(set) = self.env.option_sets.get(table) else {
            let names = similar(table, self.env.option_sets.keys().map(String::as_str));
            return self.unknown_table(
                Code::UnknownOptionSet,
                "option set",
                table,
                args[1].span,
                &names,
            );
        };
        let (ty, bound) = match &value.ty {
            Type::Select { set } => (Type::Translated, set),
            Type::MultiSelect { set } => (Type::List(Box::new(Type::Translated)), set),
            other => {
                return self.error(
                    Diagnostic::error(
                        Code::TranslateNotSelect,
                        format!(
                            "`translate` needs a select or multi_select, found {}",
                            a_type(other)
                        ),
                    )
                    .with_primary(value.span, format!("this is {}", a_type(other)))
                    .with_hint(
                        "declare the field as `{ type: select, options: SET }` in the schema",
                    ),
                );
            }
        };
        if bound != table {
            return self.error(
                Diagnostic::error(
                    Code::OptionSetMismatch,
                    format!("this field's codes come from `{bound}`, not `{table}`"),
                )
                .with_primary(args[1].span, format!("translating with `{table}`"))
                .with_secondary(value.span, format!("a code of `{bound}`")),
            );
        }
        let policy = &self.env.translate;
        if policy.missing == crate::ir::MissingLabel::Error {
            let missing: Vec<&str> = set
                .options
                .iter()
                .filter(|o| !o.labels.contains_key(&policy.lang))
                .map(|o| o.code.as_str())
                .collect();
            if !missing.is_empty() {
                let shown = missing
                    .iter()
                    .take(10)
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let more = if missing.len() > 10 {
                    format!(" and {} more", missing.len() - 10)
                } else {
                    String::new()
                };
                return self.error(
                    Diagnostic::error(
                        Code::MissingLabel,
                        format!("option set `{table}` has codes without a `{}` label: {shown}{more}", policy.lang),
                    )
                    .with_primary(args[1].span, "translated here")
                    .with_secondary(set.span, "defined here")
                    .with_hint("add the labels, or set `policy: { missing_label: keep_code }` (or empty / null)"),
                );
            }
        }
        let s = |v: &str| lit(Lit::String(v.to_owned()), args[1].span);
        let extra = [
            s(&policy.lang),
            s(unknown_name(policy.unknown)),
            s(missing_name(policy.missing)),
        ];
        let mut all = vec![value, table_lit];
        all.extend(extra);
        Some(TExpr {
            kind: Expr::Call(sig.func, all),
            ty,
            span,
        })
    }

    fn unknown_table(
        &mut self,
        code: Code,
        what: &str,
        name: &str,
        span: Span,
        names: &[&str],
    ) -> Option<TExpr> {
        let mut d = Diagnostic::error(code, format!("unknown {what} `{name}`"))
            .with_primary(span, format!("no such {what}"));
        if let Some(h) = did_you_mean(names) {
            d = d.with_hint(h);
        }
        self.error(d)
    }
}

/// Literal formats and time zones are checked now rather than failing every record later.
fn literal_argument_error(func: Func, args: &[TExpr]) -> Option<Diagnostic> {
    let lit_at = |i: usize| match args.get(i).map(|a| (&a.kind, a.span)) {
        Some((Expr::Lit(Lit::String(s)), span)) => Some((s.as_str(), span)),
        _ => None,
    };
    let tz_at = match func {
        Func::FormatDate => 2,
        Func::Today => 0,
        _ => return None,
    };
    if func == Func::FormatDate
        && let Some((fmt, span)) = lit_at(1)
        && let Err(reason) = crate::stdlib::date::check_format(fmt)
    {
        return Some(
            Diagnostic::error(Code::TypeMismatch, reason)
                .with_primary(span, "not a strftime format")
                .with_hint("e.g. \"%Y-%m-%d\" or \"%d/%m/%Y %H:%M\""),
        );
    }
    if let Some((tz, span)) = lit_at(tz_at)
        && tz.parse::<chrono_tz::Tz>().is_err()
    {
        return Some(
            Diagnostic::error(Code::TypeMismatch, format!("unknown time zone `{tz}`"))
                .with_primary(span, "not an IANA time zone")
                .with_hint("e.g. \"Asia/Bangkok\" or \"UTC\""),
        );
    }
    None
}
