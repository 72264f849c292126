//! `lookup(key, MAP)` through the value-map function generated for the transform's module.

use mapping_dsl::ir::{Expr, Lit, TExpr};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E204, E301, E302, Repr, Scope, to_json_owned, try_};
use crate::error::CodegenError;

/// The value-map function a transform module defines for map `name`.
pub fn map_fn(name: &str) -> proc_macro2::Ident {
    format_ident!("map_{}", crate::ident::snake_text(name))
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
