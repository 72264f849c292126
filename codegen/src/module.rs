//! One transform -> one module: input structs and checks, output structs, `transform`,
//! `run_value`, `run_value_json`, `run_bytes` and `run_into`.

use mapping_dsl::ir::{Deployment, Transform};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::CodegenError;
use crate::expr::{self, Repr};
use crate::ident::Scope as Names;
use crate::input::{self, struct_ty};
use crate::output::{self, At, OutCx};

pub fn emit_transform(dep: &Deployment, t: &Transform) -> Result<TokenStream, CodegenError> {
    let mut types = Names::new();
    let tree = input::plan(&t.input, &mut types);
    let mut items = Vec::new();
    let empty_dates = t
        .coercions
        .contains(&mapping_dsl::ir::Coercion::EmptyToNull);
    input::emit_structs(&tree, empty_dates, &mut items);
    input::emit_checks(&tree, &t.coercions, &mut items);

    let cx = OutCx::new(&t.file, dep, &tree, &t.params, types);
    let loc = format_ident!("loc");
    let at = At {
        elems: Vec::new(),
        loc: loc.clone(),
    };
    // Lets: one field each in a `Lets` struct, computed in declaration order once per record
    // (after the input check, before `keep`); every let runs, read or not.
    let mut let_steps = Vec::new();
    let mut let_fields = Vec::new();
    if !t.lets.is_empty() {
        *cx.lets_ty.borrow_mut() = Some(quote!(Lets<'r>));
        let mut names = Names::new();
        for l in &t.lets {
            let sc = output::scope(&cx, &at, &format!("let.{}", l.name));
            let (v, r) = expr::compile(&sc, &l.expr)?;
            let ty = r.ty().ok_or_else(|| CodegenError::Unsupported {
                file: t.file.clone(),
                what: "a let that is always null".into(),
                span: Some(l.span),
            })?;
            let id = names.snake(&l.name);
            let doc = crate::lit::doc(&format!("`let.{}`", l.name));
            let_fields.push(quote!(#[doc = #doc] #id: #ty));
            let_steps.push(quote!(lets.#id = #v;));
            cx.lets.borrow_mut().push((l.name.clone(), id, r));
        }
    }
    let (out_ty, _, builder) = output::emit_object(&cx, &t.output, "Output", &at)?;

    let sc = |leaf: &str| output::scope(&cx, &at, leaf);
    let keep = match &t.keep {
        Some(k) => {
            let k = expr::cond(&sc("keep"), k)?;
            quote! {
                let keep = #k;
                if !keep {
                    return ::std::result::Result::Ok(::std::option::Option::None);
                }
            }
        }
        None => quote!(),
    };
    let key = match &t.key {
        Some(k_expr) => {
            let (k, r) = expr::compile(&sc(""), k_expr)?;
            match r {
                Repr::Text => quote!(::std::result::Result::Ok(::mapwright_rt::key_text(#k))),
                Repr::Int | Repr::Num | Repr::Bool => {
                    quote!(::std::result::Result::Ok(#k.map(|v| v.to_string())))
                }
                Repr::Null => quote!(::std::result::Result::Ok(::std::option::Option::None)),
                Repr::Json => quote!(::std::result::Result::Ok(
                    ::mapwright_rt::json_to_string(#k).map(::std::borrow::Cow::into_owned)
                )),
                Repr::List(_) | Repr::Row(_) => {
                    return Err(crate::error::CodegenError::Unsupported {
                        file: t.file.clone(),
                        what: "a list or object as the record key".into(),
                        span: Some(k_expr.span),
                    });
                }
            }
        }
        None => quote!(::std::result::Result::Ok(::std::option::Option::None)),
    };
    items.extend(cx.items.borrow_mut().drain(..));
    // Questionnaire drift: each table's expected questions as a static, checked against every
    // present week's questionnaire after `keep`.
    let mut drift = Vec::new();
    for (n, q) in t.questionnaires.iter().enumerate() {
        let stat = format_ident!("EXPECTED_{}", n);
        let rows = q.questions.iter().map(|e| {
            let text = crate::lit::str_lit(&e.text);
            match &e.group {
                Some(g) => {
                    let g = crate::lit::str_lit(g);
                    quote!((::std::option::Option::Some(#g), #text))
                }
                None => quote!((::std::option::Option::None, #text)),
            }
        });
        let ignored = q.ignored.iter().map(|t| crate::lit::str_lit(t));
        let doc = crate::lit::doc(&format!(
            "The questions the table `{}` ({}) expects, and the texts it ignores.",
            q.name, q.code
        ));
        items.push(quote! {
            #[doc = #doc]
            static #stat: (&[(::std::option::Option<&str>, &str)], &[&str]) = (&[#(#rows),*], &[#(#ignored),*]);
        });
        let leaf = format!("questionnaires.{}", q.name);
        let code = crate::lit::str_lit(&q.code);
        let fail = t.fail_unmatched_question;
        for (_, list) in &q.weeks {
            let sc = output::scope(&cx, &at, &leaf);
            let (v, r) = expr::compile(&sc, list)?;
            let v = match r {
                expr::Repr::Json => v,
                _ => quote!(::std::option::Option::None),
            };
            let call = expr::try_(
                &sc,
                quote!(::mapwright_rt::stdlib::questionnaire::drift(#v, #stat.0, #stat.1, #fail, #code, &ctx.counters)),
            );
            drift.push(quote!(#call;));
        }
    }
    for m in cx.maps.borrow().iter() {
        if let Some(vm) = dep.value_maps.get(m) {
            items.push(crate::maps::emit_map_fn(vm));
        }
    }
    let (lets_struct, lets_run, lets_key) = if t.lets.is_empty() {
        (quote!(), quote!(), quote!())
    } else {
        (
            quote! {
                /// The record's lets, computed once per record in declaration order.
                #[derive(Default)]
                // A let is computed (and can fail the record) even when nothing reads it.
                #[allow(dead_code)]
                struct Lets<'r> {
                    #(#let_fields,)*
                    _input: ::std::marker::PhantomData<&'r ()>,
                }
            },
            quote! {
                let lets = &compute_lets(input, ctx, loc)?;
            },
            // The interpreter names a failed record without its lets: they read as null.
            quote!(let lets = &Lets::default();),
        )
    };
    let key_unused = if t.lets.is_empty() {
        quote!(let _ = (input, ctx, loc);)
    } else {
        quote!(let _ = (input, ctx, loc, lets);)
    };
    let in_ty = struct_ty(&tree, &quote!('r));
    let in_any = struct_ty(&tree, &quote!('_));
    if !t.lets.is_empty() {
        items.push(lets_fns(&in_ty, let_steps));
    }
    let drift_call = if drift.is_empty() {
        quote!()
    } else {
        let lets_param = if t.lets.is_empty() {
            quote!()
        } else {
            quote!(, lets: &Lets<'r>)
        };
        let lets_arg = if t.lets.is_empty() {
            quote!()
        } else {
            quote!(, lets)
        };
        items.push(quote! {
            /// Questionnaire drift: each present week's questionnaire against its table.
            fn drift<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context, loc: &::mapwright_rt::Loc<'_> #lets_param) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
                let _ = (input, loc #lets_arg);
                #(#drift)*
                ::std::result::Result::Ok(())
            }
        });
        quote!(drift(input, ctx, loc #lets_arg)?;)
    };
    let check = input::check_fn(&tree);
    let doc = format!(
        " Transform `{}`: `{}` -> {}.{}",
        t.name,
        t.source_schema,
        t.target_schema
            .as_deref()
            .map(|s| format!("`{s}`"))
            .unwrap_or_else(|| "JSON".to_owned()),
        t.description
            .as_deref()
            .map(|d| format!("\n\n {d}"))
            .unwrap_or_default()
    );
    let name_lit = crate::lit::str_lit(&t.name);
    Ok(quote! {
        #![doc = #doc]
        // Element expressions are closures returning `Result`; one that is itself a collection
        // function reads `Ok(filter(…)?)`, the uniform shape rather than a special case.
        #![allow(clippy::needless_question_mark)]

        /// The registry name.
        pub const NAME: &str = #name_lit;

        #lets_struct

        #(#items)*

        /// Runs the transform on one record: `None` when `keep` drops it.
        pub fn transform<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<#out_ty>, ::mapwright_rt::TransformError> {
            run(input, ctx).map_err(|mut e| {
                if e.record.is_none() {
                    e.record = record_key(input, ctx).ok().flatten();
                }
                e
            })
        }

        fn run<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<#out_ty>, ::mapwright_rt::TransformError> {
            let loc = &::mapwright_rt::Loc::Root;
            #check(input, loc, ctx)?;
            #lets_run
            #keep
            #drift_call
            ::std::result::Result::Ok(::std::option::Option::Some(#builder))
        }

        /// The record's `key:` for error messages.
        fn record_key(input: &#in_any, ctx: &::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<::std::string::String>, ::mapwright_rt::TransformError> {
            let loc = &::mapwright_rt::Loc::Root;
            #lets_key
            #key_unused
            #key
        }

        /// [`transform`] over a parsed JSON record.
        pub fn run_value(record: &::serde_json::Value, ctx: &::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<::serde_json::Value>, ::mapwright_rt::TransformError> {
            let input: #in_any = ::mapwright_rt::read_value(record)?;
            match transform(&input, ctx)? {
                ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
                ::std::option::Option::Some(out) => ::serde_json::to_value(&out).map(::std::option::Option::Some).map_err(::mapwright_rt::write_error),
            }
        }

        /// [`transform`] over a parsed JSON record, appending the output's compact JSON to `out` by
        /// its `WriteJson` (the bytes of [`run_value`]'s value, written without building it).
        /// `Ok(false)`: dropped by `keep`.
        pub fn run_value_json(record: &::serde_json::Value, ctx: &::mapwright_rt::Context, out: &mut ::std::vec::Vec<u8>) -> ::std::result::Result<bool, ::mapwright_rt::TransformError> {
            let input: #in_any = ::mapwright_rt::read_value(record)?;
            match transform(&input, ctx)? {
                ::std::option::Option::None => ::std::result::Result::Ok(false),
                ::std::option::Option::Some(value) => ::mapwright_rt::WriteJson::write_json(&value, &mut ::mapwright_rt::JsonOut::new(out)).map(|()| true).map_err(::mapwright_rt::write_error),
            }
        }

        /// [`transform`] over the bytes of one JSON record, writing compact JSON (serde_json's bytes)
        /// through the output's serde `Serialize` (the reference [`run_into`]'s writer is tested against).
        pub fn run_bytes(record: &[u8], ctx: &::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<::std::vec::Vec<u8>>, ::mapwright_rt::TransformError> {
            let input: #in_any = ::mapwright_rt::read_bytes(record)?;
            match transform(&input, ctx)? {
                ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
                ::std::option::Option::Some(out) => ::mapwright_rt::to_json_vec(&out).map(::std::option::Option::Some).map_err(::mapwright_rt::write_error),
            }
        }

        /// [`transform`] over the bytes of one record, appending compact JSON to `out`
        /// (no allocation per record once `out` has grown) by the output's `WriteJson`, with the
        /// bytes of [`run_bytes`]; strings borrowed from `record` are copied without a scan for
        /// escapes (`JsonOut::from_record`). `Ok(false)`: dropped by `keep`.
        pub fn run_into(record: &[u8], ctx: &::mapwright_rt::Context, out: &mut ::std::vec::Vec<u8>) -> ::std::result::Result<bool, ::mapwright_rt::TransformError> {
            let input: #in_any = ::mapwright_rt::read_bytes(record)?;
            match transform(&input, ctx)? {
                ::std::option::Option::None => ::std::result::Result::Ok(false),
                ::std::option::Option::Some(value) => ::mapwright_rt::WriteJson::write_json(&value, &mut ::mapwright_rt::JsonOut::from_record(out, record)).map(|()| true).map_err(::mapwright_rt::write_error),
            }
        }
    })
}

/// `compute_lets`: the record's lets in declaration order; many lets are computed by several
/// functions, a run of lets each.
fn lets_fns(in_ty: &TokenStream, steps: Vec<TokenStream>) -> TokenStream {
    let sig = |name: &proc_macro2::Ident, lets: TokenStream| quote!(fn #name<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context, loc: &::mapwright_rt::Loc<'_> #lets));
    let parts = crate::output::split_stmts(steps);
    let main = format_ident!("compute_lets");
    let main_sig = sig(&main, quote!());
    if parts.len() <= 1 {
        let steps = parts.into_iter().flatten();
        return quote! {
            /// The record's lets, in declaration order.
            #main_sig -> ::std::result::Result<Lets<'r>, ::mapwright_rt::TransformError> {
                let _ = (input, ctx, loc);
                let mut lets = Lets::default();
                #(#steps)*
                ::std::result::Result::Ok(lets)
            }
        };
    }
    let mut fns = Vec::new();
    let mut calls = Vec::new();
    for (k, steps) in parts.into_iter().enumerate() {
        let name = format_ident!("compute_lets_{}", k);
        let part_sig = sig(&name, quote!(, lets: &mut Lets<'r>));
        let doc = format!(" Lets, part {}.", k + 1);
        fns.push(quote! {
            #[doc = #doc]
            #part_sig -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
                let _ = (input, ctx, loc);
                #(#steps)*
                ::std::result::Result::Ok(())
            }
        });
        calls.push(quote!(#name(input, ctx, loc, &mut lets)?;));
    }
    quote! {
        #(#fns)*
        /// The record's lets, in declaration order.
        #main_sig -> ::std::result::Result<Lets<'r>, ::mapwright_rt::TransformError> {
            let mut lets = Lets::default();
            #(#calls)*
            ::std::result::Result::Ok(lets)
        }
    }
}
