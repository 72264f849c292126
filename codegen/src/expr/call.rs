//! Stdlib calls. A function of the uniform convention is compiled from its signature by
//! [`super::uniform`], a typed one from its overloads by [`super::typed`]; neither names a
//! function. What is left are the language's forms (`Call::Form`), compiled here: `coalesce`
//! and `default`, whose later arguments run only when needed, and `lookup`, which reads a value
//! map ([`super::lookup`]); `translate()` is not compiled (the `translate:` rule is).

use mapping_dsl::ir::TExpr;
use mapping_dsl::stdlib::{Call, Func};
use proc_macro2::TokenStream;
use quote::quote;

use super::{Repr, Scope, compile, unify};
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
    match f.signature().call {
        Call::Form { .. } => form(sc, e, f, args),
        Call::Typed { .. } => super::typed::call(sc, e, f, args),
        Call::Uniform { .. } | Call::Slice { .. } => {
            let mut compiled = Vec::with_capacity(args.len());
            for a in args {
                compiled.push(compile(sc, a)?);
            }
            super::uniform::call(sc, e, f, &compiled)
        }
    }
}

/// A form of the language.
fn form<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    args: &[TExpr],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let mut compiled = Vec::with_capacity(args.len());
    for a in args {
        compiled.push(compile(sc, a)?);
    }
    Ok(match f {
        Func::Lookup => super::lookup::lookup(sc, e, args, &compiled)?,
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
        other => return Err(sc.unsupported(format!("the function {}()", other.name()), e)),
    })
}
