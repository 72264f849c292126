//! Calls of the stdlib functions of the uniform convention (`Call::Uniform`, `Call::Slice`),
//! from their signatures alone: each argument becomes the typed parameter its kind names (all
//! of a variadic function's arguments one slice), the function's own
//! `::mapwright_rt::stdlib::fns::<name>::call` runs, and its result is held as the
//! representation its result type names. Nothing here names a function, so adding one to the
//! stdlib needs nothing here.
//!
//! Arguments are all evaluated first, left to right, and then converted in order, as the
//! interpreter does (so the same argument fails a record first in both). A `Call::Slice`
//! function's result is a slice of its first argument: when that argument is text, it is
//! passed inside a closure to `args::slice`, which keeps borrowed text borrowed.

use mapping_dsl::ir::TExpr;
use mapping_dsl::stdlib::{Arg, Call, Func, Ret};
use mapping_dsl::types::Scalar;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{E301, Repr, Scope, try_};
use crate::error::CodegenError;

pub(super) fn call<'a>(
    sc: &Scope<'a>,
    e: &TExpr,
    f: Func,
    compiled: &[(TokenStream, Repr<'a>)],
) -> Result<(TokenStream, Repr<'a>), CodegenError> {
    let sig = f.signature();
    let (context, slice) = match sig.call {
        Call::Uniform { context, .. } => (context, false),
        Call::Slice { .. } => (false, true),
        Call::Typed { .. } => {
            return Err(sc.internal(format!("{}() as uniform", sig.name), E301, e));
        }
    };
    let mut bind = Vec::new();
    let mut convert = Vec::new();
    let mut args = Vec::new();
    // The first argument of a slice, when it is text: read inside the closure.
    let mut sliced = None;
    let count = if sig.rest.is_some() {
        compiled.len()
    } else {
        sig.params.len()
    };
    for i in 0..count {
        let kind = sig.arg(i).ok_or_else(|| sc.internal(sig.name, E301, e))?;
        let v = format_ident!("a{}", i);
        let (t, r) = match compiled.get(i) {
            None | Some((_, Repr::Null)) => {
                args.push(quote!(::std::option::Option::None));
                continue;
            }
            Some(c) => c,
        };
        bind.push(quote!(let #v = #t;));
        if slice && i == 0 && *r == Repr::Text {
            sliced = Some(v);
            args.push(quote!(p0));
            continue;
        }
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
    if context {
        args.insert(0, quote!(ctx));
    }
    let module = format_ident!("{}", sig.name);
    let function = quote!(::mapwright_rt::stdlib::fns::#module::call);
    let called = if sig.rest.is_some() {
        quote!(#function(&[#(#args),*]))
    } else {
        quote!(#function(#(#args),*))
    };
    let held = match (sliced, sig.ret) {
        (Some(s), _) if sig.can_fail => try_(
            sc,
            quote!(::mapwright_rt::stdlib::args::try_slice(#s, |p0| #called)),
        ),
        (Some(s), _) => quote!(::mapwright_rt::stdlib::args::slice(#s, |p0| #called)),
        (None, ret) => {
            let result = if sig.can_fail {
                try_(sc, called)
            } else {
                called
            };
            match ret {
                Ret::Scalar(Scalar::String | Scalar::Date | Scalar::DateTime) => {
                    quote!(::mapwright_rt::stdlib::args::text(#result))
                }
                Ret::Scalar(Scalar::Int) => quote!(::mapwright_rt::stdlib::args::int(#result)),
                Ret::Scalar(Scalar::Bool) => quote!(::mapwright_rt::stdlib::args::bool(#result)),
                Ret::ListOfString => quote!(::mapwright_rt::stdlib::args::texts(#result)),
                _ => {
                    return Err(sc.unsupported(
                        format!("{}(): a uniform function with this result type", sig.name),
                        e,
                    ));
                }
            }
        }
    };
    let repr = match sig.ret {
        Ret::ListOfString => Repr::List(Box::new(Repr::Text)),
        Ret::Scalar(Scalar::Int) => Repr::Int,
        Ret::Scalar(Scalar::Bool) => Repr::Bool,
        _ => Repr::Text,
    };
    Ok((quote!({ #(#bind)* #(#convert)* #held }), repr))
}
