//! Calls of the stdlib functions typed by their arguments' representations (`Call::Typed`:
//! `len` of text or of a list, `first` of a list or of `json`, `filter` with a condition on
//! `it`, …), from their signatures alone: the first of the function's overloads whose argument
//! patterns fit the arguments' representations is called from the function's own file,
//! `::mapwright_rt::stdlib::fns::<name>::<overload>`, with the arguments as compiled code holds
//! them, and its result is held as the overload says. Nothing here names a function, so adding
//! one needs nothing here; a call no overload fits is not supported, named with its argument
//! types at its YAML line.
//!
//! Arguments are evaluated left to right before the call, as the interpreter does; an
//! expression on `it` is a closure the function calls per element (`it0`, `it1`, … by nesting
//! depth, as `PathRoot::It(depth)`), whose failure is propagated with `?`. An argument that is
//! the literal null is not evaluated (as everywhere in codegen): it is passed as `None`, or not
//! at all to a [`Rep::Null`] pattern.

use mapping_dsl::ir::TExpr;
use mapping_dsl::stdlib::{Arg, Call, Func, Out, Overload, Rep};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E301, Repr, Scope, compile, cond, mentions, try_};
use crate::error::CodegenError;

/// An argument as compiled before the call: a value, an expression on `it` compiled once the
/// element representation is known, or the name of a value map.
enum Operand<'a> {
    Value(TokenStream, Repr<'a>),
    Each(Arg),
    /// The argument at this position names a value map.
    Table(usize),
}

pub(super) fn call<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    args: &[TExpr],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let sig = f.signature();
    let Call::Typed { overloads, .. } = sig.call else {
        return Err(sc.internal(format!("{}() as typed", sig.name), E301, e));
    };
    if overloads.is_empty() {
        return Err(sc.unsupported(format!("the function {}()", sig.name), e));
    }
    let mut ops = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        ops.push(match sig.arg(i) {
            Some(k @ (Arg::Predicate | Arg::ElementExpr | Arg::SortKey)) => Operand::Each(k),
            Some(Arg::ValueMap) => Operand::Table(i),
            _ => {
                let (t, r) = compile(sc, a)?;
                Operand::Value(t, r)
            }
        });
    }
    let n = sig.params.len().max(ops.len());
    let variadic = sig.rest.is_some();
    // What a call no overload fits is reported as: the function and its argument types.
    let no_overload = || {
        let types: Vec<String> = ops.iter().map(describe_operand).collect();
        sc.unsupported(format!("{}() of {}", sig.name, types.join(", ")), e)
    };
    let Some(ov) = overloads.iter().find(|o| takes(o, n, variadic, &ops)) else {
        return Err(no_overload());
    };
    // The representation the values are brought to, for a common result.
    let common = if ov.out == Out::Common {
        match common_repr(&ops) {
            Ok(Some(r)) => Some(r),
            Ok(None) => return Ok((quote!(::std::option::Option::None), Repr::Null)),
            Err(()) => return Err(no_overload()),
        }
    } else {
        None
    };
    let null_result = ov.out == Out::Is(Rep::Null);
    let mut bind = Vec::new();
    let mut pass = Vec::new();
    // The first argument's representation as passed (a `json` list read as a list).
    let mut first = None;
    // The representation of the expression on `it`'s values.
    let mut each = None;
    for i in 0..n {
        let pattern = ov.pattern(i, variadic);
        match ops.get(i) {
            Some(Operand::Value(t, r)) if pattern == Some(Rep::Lazy) => {
                let t = match &common {
                    Some(c) if r != c => widen(sc, e, t.clone(), r, c)?,
                    _ => t.clone(),
                };
                let ok = quote!(::std::result::Result::Ok(#t));
                pass.push(if variadic {
                    quote!(&mut || #ok)
                } else {
                    quote!(|| #ok)
                });
            }
            Some(Operand::Value(_, Repr::Null)) | None => {
                if !matches!(pattern, Some(Rep::Null) | None) {
                    pass.push(quote!(::std::option::Option::None));
                }
            }
            Some(Operand::Each(_) | Operand::Table(_)) if null_result => {}
            Some(Operand::Value(t, _)) if null_result || pattern.is_none() => {
                bind.push(quote!(let _ = #t;));
            }
            Some(Operand::Value(t, r)) => {
                let v = format_ident!("a{}", i);
                let (t, r) = match (pattern, r, &common) {
                    (Some(Rep::Items), Repr::Json, _) => (
                        try_(sc, quote!(::mapwright_rt::json_items(#t))),
                        Repr::List(Box::new(Repr::Json)),
                    ),
                    (_, r, Some(c)) if r != c => (widen(sc, e, t.clone(), r, c)?, c.clone()),
                    _ => (t.clone(), r.clone()),
                };
                if i == 0 {
                    first = Some(r);
                }
                bind.push(quote!(let #v = #t;));
                pass.push(quote!(#v));
            }
            Some(Operand::Each(kind)) => {
                let elem = match &first {
                    Some(Repr::List(x)) => (**x).clone(),
                    _ => {
                        return Err(sc.internal(
                            format!("{}() over a non-list", sig.name),
                            E301,
                            e,
                        ));
                    }
                };
                let (closure, r) = closure(sc, e, sig.name, *kind, &args[i], elem)?;
                each = Some(r);
                pass.push(closure);
            }
            Some(Operand::Table(at)) => pass.push(super::lookup::map_closure(sc, &args[*at])?),
        }
    }
    if null_result {
        return Ok((
            quote!({ #(#bind)* ::std::option::Option::None }),
            Repr::Null,
        ));
    }
    let module = format_ident!("{}", sig.name);
    let function = format_ident!("{}", ov.call);
    let function = quote!(::mapwright_rt::stdlib::fns::#module::#function);
    let called = if variadic {
        quote!(#function(&mut [#(#pass),*]))
    } else {
        quote!(#function(#(#pass),*))
    };
    let held = if ov.args.iter().any(|p| matches!(p, Rep::Each | Rep::Lazy)) {
        quote!(#called?)
    } else if ov.fails {
        try_(sc, called)
    } else {
        called
    };
    let first = first.unwrap_or(Repr::Null);
    let out = match ov.out {
        Out::Is(r) => of_pattern(r),
        Out::First => Some(first),
        Out::Element => match first {
            Repr::List(x) => Some(*x),
            Repr::Json => Some(Repr::Json),
            _ => None,
        },
        Out::ListOfEach => each.map(|r| Repr::List(Box::new(r))),
        Out::Common => common,
    }
    .ok_or_else(|| sc.internal(format!("the result of {}()", sig.name), E301, e))?;
    Ok((quote!({ #(#bind)* #held }), out))
}

/// The one representation of the values: the first that is not null (`None` when all are
/// null); an error when two differ (an int and a number are not brought together either).
fn common_repr<'a>(ops: &[Operand<'a>]) -> Result<Option<Repr<'a>>, ()> {
    let mut common: Option<Repr<'a>> = None;
    for o in ops {
        let Operand::Value(_, r) = o else { continue };
        match (&common, r) {
            (_, Repr::Null) => {}
            (None, r) => common = Some(r.clone()),
            (Some(c), r) if c == r => {}
            _ => return Err(()),
        }
    }
    Ok(common)
}

/// A value of representation `r` as representation `to` (only null is brought to another).
fn widen<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    t: TokenStream,
    r: &Repr<'a>,
    to: &Repr<'a>,
) -> Result<TokenStream, CodegenError> {
    let (t, _, _) = super::unify(
        sc,
        e,
        (t, r.clone()),
        (quote!(::std::option::Option::None), to.clone()),
    )?;
    Ok(t)
}

/// An expression on `it` as a closure over an element of representation `elem`, and the
/// representation of its value.
fn closure<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    name: &str,
    kind: Arg,
    body: &TExpr,
    elem: Repr<'a>,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let var = format_ident!("it{}", sc.its.len());
    let mut inner = sc.clone();
    inner.its.push((var.clone(), elem));
    let ok = quote!(::std::result::Result::Ok);
    let (value, r) = match kind {
        Arg::Predicate => (cond(&inner, body)?, Repr::Bool),
        Arg::SortKey => {
            let (k, r) = compile(&inner, body)?;
            let k = match r {
                Repr::Text | Repr::Int | Repr::Num => k,
                Repr::Json => {
                    let t = try_(&inner, quote!(::mapwright_rt::json_sort_key(k)));
                    quote!({ let k = #k; #t; k })
                }
                _ => {
                    return Err(sc.unsupported(
                        format!("{name}() with a key that is not text or a number"),
                        e,
                    ));
                }
            };
            (k, r)
        }
        _ => {
            let (b, r) = compile(&inner, body)?;
            if r == Repr::Null {
                return Err(sc.unsupported(format!("{name}() to null"), e));
            }
            (b, r)
        }
    };
    // The parameter is `_` when the expression does not read `it`.
    let param = if mentions(&value, &var) {
        quote!(#var)
    } else {
        quote!(_)
    };
    Ok((quote!(|#param| #ok(#value)), r))
}

/// Whether `o` takes these `n` arguments. Arguments past its patterns fit only an overload
/// whose call is null (`NULL_IS_NULL`), or the last pattern of a variadic function's.
fn takes(o: &Overload, n: usize, variadic: bool, ops: &[Operand<'_>]) -> bool {
    let count = o.args.len() == n
        || o.out == Out::Is(Rep::Null) && o.args.len() <= n
        || variadic && !o.args.is_empty() && o.args.len() <= n;
    count
        && (0..n).all(|i| match (o.pattern(i, variadic), ops.get(i)) {
            (None, _) => true,
            (Some(p), Some(Operand::Each(_))) => p == Rep::Each,
            (Some(p), Some(Operand::Table(_))) => p == Rep::Table,
            (Some(Rep::Lazy), Some(Operand::Value(..)) | None) => true,
            (Some(p), Some(Operand::Value(_, r))) => fits(p, r),
            (Some(p), None) => fits(p, &Repr::Null),
        })
}

/// Whether a value of representation `r` fits pattern `p`.
fn fits(p: Rep, r: &Repr<'_>) -> bool {
    match (p, r) {
        (Rep::Text, Repr::Text | Repr::Null)
        | (Rep::Int, Repr::Int | Repr::Null)
        | (Rep::Num, Repr::Num | Repr::Null)
        | (Rep::Bool, Repr::Bool | Repr::Null)
        | (Rep::Json, Repr::Json | Repr::Null)
        | (Rep::Null, Repr::Null)
        | (Rep::Row, Repr::Row(_))
        | (Rep::Items, Repr::List(_) | Repr::Json) => true,
        (Rep::List(p), Repr::List(x)) => fits(*p, x.as_ref()),
        (Rep::Any, r) => *r != Repr::Null,
        _ => false,
    }
}

/// The representation a result pattern names (`None` for the patterns that are not one).
fn of_pattern<'a>(p: Rep) -> Option<Repr<'a>> {
    Some(match p {
        Rep::Text => Repr::Text,
        Rep::Int => Repr::Int,
        Rep::Num => Repr::Num,
        Rep::Bool => Repr::Bool,
        Rep::Json => Repr::Json,
        Rep::Null => Repr::Null,
        Rep::List(x) => Repr::List(Box::new(of_pattern(*x)?)),
        Rep::Row | Rep::Any | Rep::Items | Rep::Each | Rep::Lazy | Rep::Table => return None,
    })
}

fn describe_operand(o: &Operand<'_>) -> String {
    match o {
        Operand::Value(_, r) => describe(r),
        Operand::Each(_) => "an expression on `it`".into(),
        Operand::Table(_) => "a value map".into(),
    }
}

/// A representation as a message names it.
fn describe(r: &Repr<'_>) -> String {
    match r {
        Repr::Text => "text".into(),
        Repr::Int => "int".into(),
        Repr::Num => "number".into(),
        Repr::Bool => "bool".into(),
        Repr::Null => "null".into(),
        Repr::Json => "json".into(),
        Repr::Row(_) => "object".into(),
        Repr::List(x) => format!("list of {}", describe(x)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fit_their_representations_and_null_where_passed_as_none() {
        assert!(fits(Rep::Text, &Repr::Null));
        assert!(fits(Rep::Json, &Repr::Json));
        assert!(!fits(Rep::Text, &Repr::Json));
        assert!(!fits(Rep::Any, &Repr::Null));
        assert!(fits(Rep::Any, &Repr::List(Box::new(Repr::Int))));
        assert!(fits(
            Rep::List(&Rep::List(&Rep::Any)),
            &Repr::List(Box::new(Repr::List(Box::new(Repr::Text))))
        ));
        assert!(!fits(
            Rep::List(&Rep::Text),
            &Repr::List(Box::new(Repr::Int))
        ));
        assert!(!fits(Rep::List(&Rep::Any), &Repr::Null));
        assert!(fits(Rep::Items, &Repr::Json));
        assert!(!fits(Rep::Items, &Repr::Null));
        assert!(!fits(Rep::Each, &Repr::Bool));
    }

    #[test]
    fn every_overload_names_a_result_and_a_function() {
        let mut n = 0;
        for s in mapping_dsl::stdlib::SIGNATURES.iter() {
            let Call::Typed { overloads, .. } = s.call else {
                continue;
            };
            n += 1;
            if overloads.is_empty() {
                // Only `translate()` is not compiled (the `translate:` rule is).
                assert_eq!(s.name, "translate");
                continue;
            }
            for o in overloads {
                if o.out == Out::Is(Rep::Null) {
                    continue;
                }
                assert!(!o.call.is_empty(), "{}", s.name);
                assert_eq!(o.args.len(), s.params.len(), "{}: {}", s.name, o.call);
                // A lazy argument's value is the call's (its one representation).
                if o.args.contains(&Rep::Lazy) {
                    assert_eq!(o.out, Out::Common, "{}: {}", s.name, o.call);
                }
                if let Out::Is(r) = o.out {
                    assert!(of_pattern(r).is_some(), "{}: {}", s.name, o.call);
                }
                // An expression on `it` is where the signature says, and nowhere else.
                for (p, a) in o.args.iter().zip(s.params) {
                    let each = matches!(a, Arg::Predicate | Arg::ElementExpr | Arg::SortKey);
                    assert_eq!(*p == Rep::Each, each, "{}: {}", s.name, o.call);
                }
            }
        }
        assert_eq!(n, 20, "typed functions");
    }
}
