//! The collection functions (`filter`, `find`, `map`, `sort_by`) as loops over a `Vec` of
//! elements, with `it` bound to each (`it0`, `it1`, … by nesting depth, as
//! `PathRoot::It(depth)`), and `lookup(key, MAP)` through the generated value-map function.
//! Loops rather than iterator closures: an element expression can fail the record (`return`).

use mapping_dsl::ir::{Expr, Lit, TExpr};
use mapping_dsl::stdlib::Func;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E204, E301, E302, Repr, Scope, compile, cond, mentions, to_json_owned, try_};
use crate::error::CodegenError;

/// The value-map function a transform module defines for map `name`.
pub fn map_fn(name: &str) -> proc_macro2::Ident {
    format_ident!("map_{}", crate::ident::snake_text(name))
}

/// A list-like value as `Option<Vec<E>>` and the representation of its elements.
fn as_list<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    t: TokenStream,
    r: Repr<'a>,
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    match r {
        Repr::List(x) => Ok((t, *x)),
        Repr::Json => Ok((try_(sc, quote!(::mapwright_rt::json_items(#t))), Repr::Json)),
        _ => Err(sc.internal("a collection function over a non-list", E301, e)),
    }
}

pub(super) fn collection<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    args: &[TExpr],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let (Some(list), Some(body)) = (args.first(), args.get(1)) else {
        return Err(sc.internal(format!("{}() without two arguments", f.name()), E302, e));
    };
    let (lt, lr) = compile(sc, list)?;
    let (items, elem) = as_list(sc, e, lt, lr)?;
    let var = format_ident!("it{}", sc.its.len());
    let mut inner = sc.clone();
    inner.its.push((var.clone(), elem.clone()));
    let ok = quote!(::std::result::Result::Ok);
    // The closure's parameter: `_` when the element expression does not read `it`.
    let param = |b: &TokenStream| {
        if mentions(b, &var) {
            quote!(#var)
        } else {
            quote!(_)
        }
    };
    Ok(match f {
        Func::Filter | Func::Find => {
            let c = cond(&inner, body)?;
            let p = param(&c);
            let (g, r) = if f == Func::Filter {
                (quote!(filter), Repr::List(Box::new(elem)))
            } else {
                (quote!(find), elem)
            };
            (quote!(::mapwright_rt::#g(#items, |#p| #ok(#c))?), r)
        }
        Func::Map => {
            let (b, br) = compile(&inner, body)?;
            if br == Repr::Null {
                return Err(sc.unsupported("map() to null", e));
            }
            let p = param(&b);
            (
                quote!(::mapwright_rt::map(#items, |#p| #ok(#b))?),
                Repr::List(Box::new(br)),
            )
        }
        Func::SortBy => {
            let (k, kr) = compile(&inner, body)?;
            let p = param(&k);
            let (key, order) = match kr {
                Repr::Text => (
                    quote!(#ok(#k)),
                    quote!(|a, b| ::mapwright_rt::order_text(a.as_deref(), b.as_deref())),
                ),
                Repr::Int => (
                    quote!(#ok(#k)),
                    quote!(|a, b| ::mapwright_rt::order_int(*a, *b)),
                ),
                Repr::Num => (
                    quote!(#ok(#k)),
                    quote!(|a, b| ::mapwright_rt::order_number(a.as_ref(), b.as_ref())),
                ),
                Repr::Json => {
                    let t = try_(&inner, quote!(::mapwright_rt::json_sort_key(k)));
                    (
                        quote!({ let k = #k; #t; #ok(k) }),
                        quote!(|a, b| ::mapwright_rt::order_json(*a, *b)),
                    )
                }
                _ => {
                    return Err(
                        sc.unsupported("sort_by with a key that is not text or a number", e)
                    );
                }
            };
            (
                quote!(::mapwright_rt::sort_by(#items, |#p| #key, #order)?),
                Repr::List(Box::new(elem)),
            )
        }
        _ => {
            return Err(sc.internal(
                format!("{}() as a collection function", f.name()),
                "only filter, find, map and sort_by bind `it` (`Func::binds_it`)",
                e,
            ));
        }
    })
}

/// `lookup(key, MAP)`: the map's value as `json` (entries are `'static`).
pub(super) fn lookup<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    args: &[TExpr],
    compiled: &[(TokenStream, Repr<'a>)],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let name = match args.get(1).map(|a| &a.kind) {
        Some(Expr::Lit(Lit::String(s))) => s,
        _ => {
            return Err(sc.internal(
                "lookup() without a value map name",
                "the checker makes a value map argument a string literal (E204 otherwise)",
                e,
            ));
        }
    };
    if !sc.dep.value_maps.contains_key(name) {
        return Err(sc.internal(format!("the unknown value map `{name}`"), E204, e));
    }
    sc.maps.borrow_mut().insert(name.clone());
    let g = map_fn(name);
    let f = quote!(|k: &str| #g(k, ::mapwright_rt::UnknownCode::Error, ctx));
    let (t, r) = compiled
        .first()
        .ok_or_else(|| sc.internal("lookup() without a key", E302, e))?;
    let call = match r {
        Repr::Text => quote!(::mapwright_rt::lookup_text(#t.as_deref(), #f)),
        Repr::Json => quote!(::mapwright_rt::lookup_json(#t, #f)),
        Repr::Null => return Ok((quote!(::std::option::Option::None), Repr::Null)),
        other => {
            let v = to_json_owned(t.clone(), other, 0)
                .ok_or_else(|| sc.internal("lookup() of an object", E301, e))?;
            quote!({ let v = #v; ::mapwright_rt::lookup_json(v.as_ref(), #f) })
        }
    };
    Ok((try_(sc, call), Repr::Json))
}
