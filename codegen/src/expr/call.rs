//! Calls of the stdlib functions that are not of the uniform convention (`Call::Special`; those
//! are compiled from their signatures by [`super::uniform`]): `len`, `is_empty`, `first`,
//! `last`, `join`, `contains`, `coalesce`, `default` and the rest over every
//! representation. Each unpacks its arguments and calls the `mapwright_rt` function the
//! interpreter calls.

use mapping_dsl::ir::TExpr;
use mapping_dsl::stdlib::Func;
use proc_macro2::TokenStream;
use quote::quote;

use super::{E301, Repr, Scope, compile, try_, unify};
use crate::error::CodegenError;

/// The emptiness test of a value bound to `v` (`null`, `""`, `[]`).
pub(super) fn blank(v: &TokenStream, r: &Repr<'_>) -> TokenStream {
    match r {
        Repr::Text => quote!(::mapwright_rt::stdlib::nulls::is_empty(#v.as_deref())),
        Repr::Null => quote!(true),
        Repr::Row(_) => quote!(#v.is_none()),
        _ => quote!(::mapwright_rt::stdlib::nulls::is_empty(#v.as_ref())),
    }
}

pub(super) fn call<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    args: &[TExpr],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let mut compiled = Vec::with_capacity(args.len());
    for a in args {
        compiled.push(compile(sc, a)?);
    }
    if f.signature().call.is_uniform() {
        return super::uniform::call(sc, e, f, &compiled);
    }
    let text = |i: usize| -> Result<TokenStream, CodegenError> {
        match compiled.get(i) {
            Some((t, Repr::Text)) => Ok(quote!(#t.as_deref())),
            Some((t, Repr::Json)) => Ok(try_(sc, quote!(::mapwright_rt::json_text(#t)))),
            Some((_, Repr::Null)) | None => Ok(quote!(::std::option::Option::<&str>::None)),
            Some(_) => Err(sc.unsupported(format!("a non-text argument of {}", f.name()), e)),
        }
    };
    let owned_text = |t: TokenStream| quote!(#t.map(::std::borrow::Cow::<'_, str>::Owned));
    let some = |t: TokenStream| quote!(::std::option::Option::Some(#t));
    let first_repr = compiled
        .first()
        .map(|(_, r)| r.clone())
        .unwrap_or(Repr::Null);
    Ok(match f {
        Func::Contains
            if compiled
                .iter()
                .all(|(_, r)| matches!(r, Repr::Text | Repr::Null | Repr::Json))
                && first_repr != Repr::Json =>
        {
            let (t0, t1) = (text(0)?, text(1)?);
            (
                some(quote!(::mapwright_rt::stdlib::text::contains(#t0, #t1))),
                Repr::Bool,
            )
        }
        Func::Contains if matches!(&first_repr, Repr::List(x) if **x == Repr::Text) => {
            let l = &compiled[0].0;
            let t1 = text(1)?;
            (
                some(quote!({ let l = #l; ::mapwright_rt::contains_text(l.as_deref(), #t1) })),
                Repr::Bool,
            )
        }
        Func::Len if first_repr == Repr::Text || first_repr == Repr::Null => {
            let t0 = text(0)?;
            (
                some(quote!(::mapwright_rt::stdlib::text::len(#t0))),
                Repr::Int,
            )
        }
        Func::Len if first_repr == Repr::Json => {
            let a = &compiled[0].0;
            (
                some(try_(sc, quote!(::mapwright_rt::json_len(#a)))),
                Repr::Int,
            )
        }
        Func::Len if matches!(first_repr, Repr::List(_)) => {
            let a = &compiled[0].0;
            (
                some(
                    quote!(::mapwright_rt::stdlib::text::len_list(#a.as_ref().map(::std::vec::Vec::len))),
                ),
                Repr::Int,
            )
        }
        Func::IsEmpty => {
            let (a, r) = &compiled[0];
            let b = blank(a, r);
            (some(b), Repr::Bool)
        }
        Func::Coalesce | Func::Default => {
            let target = compiled
                .iter()
                .map(|(_, r)| r.clone())
                .find(|r| *r != Repr::Null)
                .unwrap_or(Repr::Null);
            if target == Repr::Null {
                (quote!(::std::option::Option::<bool>::None), Repr::Null)
            } else {
                if compiled
                    .iter()
                    .any(|(_, r)| *r != target && *r != Repr::Null)
                {
                    return Err(sc.unsupported(format!("{} of mixed types", f.name()), e));
                }
                let mut toks = Vec::new();
                for it in compiled.iter().cloned() {
                    let (a, _, _) = unify(
                        sc,
                        e,
                        it,
                        (quote!(::std::option::Option::None), target.clone()),
                    )?;
                    toks.push(a);
                }
                // Lazily, as the interpreter: a later argument runs only when needed.
                let v = if f == Func::Coalesce {
                    let mut rev = toks.iter().rev();
                    let mut acc = rev
                        .next()
                        .cloned()
                        .unwrap_or_else(|| quote!(::std::option::Option::None));
                    for t in rev {
                        acc = quote!({ let x = #t; if x.is_some() { x } else { #acc } });
                    }
                    acc
                } else {
                    let a = &toks[0];
                    let b = toks
                        .get(1)
                        .cloned()
                        .unwrap_or_else(|| quote!(::std::option::Option::None));
                    let test = blank(&quote!(a), &target);
                    quote!({ let a = #a; if #test { #b } else { a } })
                };
                (v, target)
            }
        }
        Func::First | Func::Last => {
            let (a, r) = &compiled[0];
            match r {
                Repr::List(x) => {
                    let v = if f == Func::First {
                        quote!(#a.and_then(|v| v.into_iter().next()).flatten())
                    } else {
                        quote!(#a.and_then(|mut v| v.pop()).flatten())
                    };
                    (v, (**x).clone())
                }
                Repr::Json => {
                    let g = if f == Func::First {
                        quote!(::mapwright_rt::json_first)
                    } else {
                        quote!(::mapwright_rt::json_last)
                    };
                    (try_(sc, quote!(#g(#a))), Repr::Json)
                }
                Repr::Null => (quote!(::std::option::Option::None), Repr::Null),
                _ => return Err(sc.internal(format!("{} of a non-list", f.name()), E301, e)),
            }
        }
        Func::Join => {
            let (l, r) = &compiled[0];
            let sep = match compiled.get(1) {
                Some((t, Repr::Text)) => t.clone(),
                Some((_, Repr::Null)) | None => {
                    quote!(::std::option::Option::<::std::borrow::Cow<'_, str>>::None)
                }
                Some(_) => return Err(sc.unsupported("a non-text separator", e)),
            };
            if matches!(r, Repr::List(x) if **x == Repr::Text) {
                return Ok((
                    quote!({
                        let l = #l;
                        let sep = #sep;
                        l.map(|items| ::std::borrow::Cow::<'_, str>::Owned(::mapwright_rt::stdlib::text::join(
                            items.iter().map(|x| x.as_deref()),
                            sep.as_deref(),
                        )))
                    }),
                    Repr::Text,
                ));
            }
            let body = match r {
                Repr::List(x) if **x == Repr::Json => try_(
                    sc,
                    quote!(::mapwright_rt::join_json(&items, sep.as_deref())),
                ),
                Repr::Json => {
                    let xs = try_(
                        sc,
                        quote!(::mapwright_rt::json_items(::std::option::Option::Some(
                            items
                        ))),
                    );
                    let j = try_(
                        sc,
                        quote!(::mapwright_rt::join_json(
                            &xs.unwrap_or_default(),
                            sep.as_deref()
                        )),
                    );
                    quote!({ let xs = #xs; #j })
                }
                _ => return Err(sc.unsupported("join of this list", e)),
            };
            (
                quote!({
                    let l = #l;
                    let sep = #sep;
                    match l {
                        ::std::option::Option::None => ::std::option::Option::None,
                        ::std::option::Option::Some(items) => ::std::option::Option::Some(::std::borrow::Cow::<'_, str>::Owned(#body)),
                    }
                }),
                Repr::Text,
            )
        }
        Func::Lookup => super::list::lookup(sc, e, args, &compiled)?,
        Func::Flatten => {
            let (a, r) = &compiled[0];
            match r {
                Repr::List(x) => match &**x {
                    Repr::List(inner) => (
                        quote!(#a.map(|v| v.into_iter().flatten().flatten().collect::<::std::vec::Vec<_>>())),
                        Repr::List(inner.clone()),
                    ),
                    Repr::Json => (
                        try_(sc, quote!(::mapwright_rt::flatten_json(#a))),
                        Repr::List(Box::new(Repr::Json)),
                    ),
                    _ => return Err(sc.internal("flatten of a flat list", E301, e)),
                },
                Repr::Json => (
                    try_(
                        sc,
                        quote!(::mapwright_rt::json_items(#a).and_then(::mapwright_rt::flatten_json)),
                    ),
                    Repr::List(Box::new(Repr::Json)),
                ),
                Repr::Null => (quote!(::std::option::Option::None), Repr::Null),
                _ => return Err(sc.internal("flatten of a non-list", E301, e)),
            }
        }
        Func::Distinct if first_repr == Repr::Json => {
            // A `json` list is read as a list of `json` values (failing as the interpreter's
            // `list_of` on anything else), then de-duplicated as a typed list of `json`.
            let a = &compiled[0].0;
            let items = try_(sc, quote!(::mapwright_rt::json_items(#a)));
            (
                quote!(#items.map(|v| ::mapwright_rt::stdlib::list::distinct(&v, |x, y| ::mapwright_rt::same_json(*x, *y)).into_iter().cloned().collect::<::std::vec::Vec<_>>())),
                Repr::List(Box::new(Repr::Json)),
            )
        }
        Func::Distinct => {
            let (a, r) = &compiled[0];
            let eq = match r {
                Repr::List(x) => match &**x {
                    Repr::Text | Repr::Int | Repr::Bool => quote!(|x, y| x == y),
                    Repr::Num => quote!(|x, y| ::mapwright_rt::same_number(x.as_ref(), y.as_ref())),
                    Repr::Json => quote!(|x, y| ::mapwright_rt::same_json(*x, *y)),
                    _ => return Err(sc.unsupported("distinct of objects or lists", e)),
                },
                _ => return Err(sc.unsupported("distinct of a non-list", e)),
            };
            (
                quote!(#a.map(|v| ::mapwright_rt::stdlib::list::distinct(&v, #eq).into_iter().cloned().collect::<::std::vec::Vec<_>>())),
                r.clone(),
            )
        }
        Func::ToString => {
            let (a, r) = &compiled[0];
            let v = match r {
                Repr::Text => quote!(#a),
                Repr::Null => quote!(::std::option::Option::<::std::borrow::Cow<'_, str>>::None),
                Repr::Int => quote!(::mapwright_rt::int_text(#a)),
                Repr::Num => owned_text(
                    quote!(#a.as_ref().map(::mapwright_rt::stdlib::convert::number_to_string)),
                ),
                Repr::Bool => quote!(::mapwright_rt::bool_text(#a)),
                Repr::Json => quote!(::mapwright_rt::json_to_string(#a)),
                _ => return Err(sc.unsupported("to_string of a list or object", e)),
            };
            (v, Repr::Text)
        }
        Func::ToNumber => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Num => (quote!(#a), Repr::Num),
                Repr::Int => (quote!(#a.map(::serde_json::Number::from)), Repr::Num),
                Repr::Text | Repr::Null => {
                    let t0 = text(0)?;
                    (
                        try_(sc, quote!(::mapwright_rt::stdlib::convert::to_number(#t0))),
                        Repr::Num,
                    )
                }
                _ => return Err(sc.unsupported("to_number of this type", e)),
            }
        }
        Func::Round => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Int => (quote!(#a), Repr::Int),
                Repr::Num => (
                    try_(sc, quote!(::mapwright_rt::round(#a.as_ref()))),
                    Repr::Int,
                ),
                _ => return Err(sc.unsupported("round of a non-number", e)),
            }
        }
        Func::Abs => {
            let (a, r) = &compiled[0];
            match r {
                Repr::Int => (
                    try_(
                        sc,
                        quote!(#a.map(::mapwright_rt::stdlib::convert::abs_int).transpose()),
                    ),
                    Repr::Int,
                ),
                Repr::Num => (quote!(::mapwright_rt::abs_number(#a.as_ref())), Repr::Num),
                _ => return Err(sc.unsupported("abs of a non-number", e)),
            }
        }
        other => return Err(sc.unsupported(format!("the function {}()", other.name()), e)),
    })
}
