//! Value maps in expressions: the function a transform's module defines for each map it reads
//! (`map_<name>`), and a `lookup()` call's map argument as a closure over it.

use mapping_dsl::ir::{Expr, Lit, TExpr};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E204, Scope};
use crate::error::CodegenError;

/// The value-map function a transform module defines for map `name`.
pub fn map_fn(name: &str) -> proc_macro2::Ident {
    format_ident!("map_{}", crate::ident::snake_text(name))
}

/// The value map that argument `e` names, as `|key: &str| -> Looked` (a miss fails the record
/// unless the map has a default); the module will define the map's function.
pub(super) fn map_closure(sc: &Scope<'_>, e: &TExpr) -> Result<TokenStream, CodegenError> {
    let Expr::Lit(Lit::String(name)) = &e.kind else {
        return Err(sc.internal(
            "a value map argument that is not a name",
            "the checker makes a value map argument a string literal (E204 otherwise)",
            e,
        ));
    };
    if !sc.dep.value_maps.contains_key(name) {
        return Err(sc.internal(format!("the unknown value map `{name}`"), E204, e));
    }
    sc.maps.borrow_mut().insert(name.clone());
    let g = map_fn(name);
    Ok(quote!(|k: &str| #g(k, ::mapwright_rt::UnknownCode::Error, ctx)))
}
