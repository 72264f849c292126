//! Calls of the stdlib functions of the uniform convention (`Call::Uniform`), from their
//! signatures alone: each argument becomes the typed parameter its kind names, the function's
//! own `::mapwright_rt::stdlib::fns::<name>::call` runs, and its result is held as the
//! representation its result type names. Nothing here names a function, so adding one to the
//! stdlib needs nothing here.
//!
//! Arguments are all evaluated first, left to right, and then converted in order, as the
//! interpreter does (so the same argument fails a record first in both).

use mapping_dsl::ir::TExpr;
use mapping_dsl::stdlib::{Arg, Func, Ret};
use mapping_dsl::types::Scalar;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E301, Repr, Scope, try_};
use crate::error::CodegenError;

pub(super) fn call<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    context: bool,
    compiled: &[(TokenStream, Repr<'a>)],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let sig = f.signature();
    let mut bind = Vec::new();
    let mut convert = Vec::new();
    let mut args = Vec::new();
    if context {
        args.push(quote!(ctx));
    }
    for (i, kind) in sig.params.iter().enumerate() {
        let v = format_ident!("a{}", i);
        let (t, r) = match compiled.get(i) {
            None | Some((_, Repr::Null)) => {
                args.push(quote!(::std::option::Option::None));
                continue;
            }
            Some(c) => c,
        };
        bind.push(quote!(let #v = #t;));
        let arg = match (kind, r) {
            (Arg::Text | Arg::DateLike | Arg::TextOrNumber, Repr::Text) => quote!(#v.as_deref()),
            (Arg::Text | Arg::DateLike, Repr::Json) => {
                try_(sc, quote!(::mapwright_rt::json_text(#v)))
            }
            (Arg::TextOrNumber, Repr::Json) => {
                let t = try_(sc, quote!(::mapwright_rt::json_text_or_number(#v)));
                convert.push(quote!(let #v = #t;));
                quote!(#v.as_deref())
            }
            (Arg::TextOrNumber, Repr::Int) => {
                convert.push(quote!(let #v = ::mapwright_rt::int_text(#v);));
                quote!(#v.as_deref())
            }
            (Arg::TextOrNumber, Repr::Num) => {
                convert.push(quote!(let #v = #v.as_ref().map(::mapwright_rt::stdlib::convert::number_to_string);));
                quote!(#v.as_deref())
            }
            (Arg::Int, Repr::Int) => quote!(#v),
            (Arg::Int, Repr::Json) => try_(sc, quote!(::mapwright_rt::json_int(#v))),
            _ => {
                return Err(sc.internal(
                    format!("argument {} of {}() of this type", i + 1, sig.name),
                    E301,
                    e,
                ));
            }
        };
        // A conversion that can fail runs after every argument is evaluated, in order.
        let slot = format_ident!("p{}", i);
        convert.push(quote!(let #slot = #arg;));
        args.push(quote!(#slot));
    }
    let module = format_ident!("{}", sig.name);
    let mut result = quote!(::mapwright_rt::stdlib::fns::#module::call(#(#args),*));
    if sig.can_fail {
        result = try_(sc, result);
    }
    let (held, repr) = match sig.ret {
        Ret::Scalar(Scalar::String | Scalar::Date | Scalar::DateTime) => (
            quote!(::mapwright_rt::stdlib::args::text(#result)),
            Repr::Text,
        ),
        Ret::Scalar(Scalar::Int) => (
            quote!(::mapwright_rt::stdlib::args::int(#result)),
            Repr::Int,
        ),
        Ret::Scalar(Scalar::Bool) => (
            quote!(::mapwright_rt::stdlib::args::bool(#result)),
            Repr::Bool,
        ),
        _ => {
            return Err(sc.unsupported(
                format!("{}(): a uniform function with this result type", sig.name),
                e,
            ));
        }
    };
    Ok((quote!({ #(#bind)* #(#convert)* #held }), repr))
}
