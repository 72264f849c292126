//! Field rules -> typed output structs (serde `Serialize`) and the code that fills them. Every
//! output key is a `mapwright_rt::Slot<T>`: the empty policy, `default:` and `when:` decide
//! whether it is the value, `null`, `""`, `[]`, or left out.

use std::cell::RefCell;

use mapping_dsl::ir::{
    Deployment, EmptyAs, EmptyPolicy, FieldRule, InputType, MissingLabel, ObjectRule, Param, TExpr,
    UnknownCode, ValueRule,
};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::error::CodegenError;
use crate::expr::{self, Repr, Scope};
use crate::ident::Scope as Names;
use crate::input::InStruct;
use crate::lit::{json_value, str_lit};
use crate::options::{enum_name, lang_index};

/// State shared while emitting one transform's output.
pub struct OutCx<'a> {
    pub file: &'a str,
    pub dep: &'a Deployment,
    pub input: &'a InStruct,
    pub params: &'a [Param],
    /// Struct definitions and statics, in emission order.
    pub items: RefCell<Vec<TokenStream>>,
    pub types: RefCell<Names>,
    /// The value maps the module calls (one function each, emitted by the module).
    pub maps: RefCell<std::collections::BTreeSet<String>>,
    /// The transform's lets compiled so far (see [`Scope::lets`]).
    pub lets: RefCell<Vec<(String, Ident, Repr<'a>)>>,
    /// The type of the record's `lets` struct (`Lets<'r>`), when the transform has lets.
    pub lets_ty: RefCell<Option<TokenStream>>,
    statics: RefCell<usize>,
}

impl<'a> OutCx<'a> {
    pub fn new(
        file: &'a str,
        dep: &'a Deployment,
        input: &'a InStruct,
        params: &'a [Param],
        types: Names,
    ) -> Self {
        OutCx {
            file,
            dep,
            input,
            params,
            items: RefCell::new(Vec::new()),
            types: RefCell::new(types),
            maps: RefCell::new(std::collections::BTreeSet::new()),
            lets: RefCell::new(Vec::new()),
            lets_ty: RefCell::new(None),
            statics: RefCell::new(0),
        }
    }

    fn unsupported(&self, what: impl Into<String>, r: &FieldRule) -> CodegenError {
        CodegenError::Unsupported {
            file: self.file.to_owned(),
            what: what.into(),
            span: Some(r.span),
        }
    }

    /// A construct the checker rejects (`rule` says which check), met in checked IR: a bug.
    fn internal(&self, what: impl Into<String>, rule: &'static str, r: &FieldRule) -> CodegenError {
        CodegenError::Internal {
            file: self.file.to_owned(),
            what: what.into(),
            rule,
            span: Some(r.span),
        }
    }

    /// A `static` JSON constant; returns its name.
    fn json_static(&self, v: &serde_json::Value) -> Ident {
        let mut n = self.statics.borrow_mut();
        *n += 1;
        let name = format_ident!("JSON_{}", *n);
        let value = json_value(v);
        self.items.borrow_mut().push(quote! {
            static #name: ::std::sync::LazyLock<::serde_json::Value> = ::std::sync::LazyLock::new(|| #value);
        });
        name
    }
}

/// Where an object's code runs: the enclosing elements and the `Loc` variable.
#[derive(Clone)]
pub struct At<'a> {
    pub elems: Vec<(Ident, &'a InStruct)>,
    pub loc: Ident,
}

/// Emits the struct for `rule` (named from `base`) and returns `(type, borrows, builder)`;
/// the builder is a block evaluating to the struct value.
pub fn emit_object<'a>(
    cx: &'a OutCx<'a>,
    rule: &ObjectRule,
    base: &str,
    at: &At<'a>,
) -> Result<(TokenStream, bool, TokenStream), CodegenError> {
    let name = cx.types.borrow_mut().camel(base);
    let mut names = Names::new();
    let mut fields = Vec::new();
    let mut lets = Vec::new();
    let mut inits = Vec::new();
    let mut locals = Vec::new();
    let mut keys = Vec::new();
    let mut borrows = false;
    for f in &rule.fields {
        let id = names.snake(&f.name);
        let (value, ty, b) = emit_value(cx, f, &format!("{base}_{}", f.name), at)?;
        borrows |= b;
        let key = str_lit(&f.name);
        let rename = if id == f.name {
            quote!()
        } else {
            quote!(rename = #key,)
        };
        let doc = crate::lit::doc(&format!("`{}`: {}", f.name, f.ty));
        fields.push((
            f.name.clone(),
            quote! {
                #[doc = #doc]
                #[serde(#rename skip_serializing_if = "::mapwright_rt::Slot::is_omit")]
                pub #id: ::mapwright_rt::Slot<#ty>
            },
        ));
        let policy = policy_tokens(&f.empty);
        let default = default_tokens(cx, f);
        let finish = quote!(::mapwright_rt::finish(#value, #policy, #default));
        let body = match &f.when {
            Some(w) => {
                let w = expr::cond(&scope(cx, at, &f.name), w)?;
                quote!({ let when = #w; if when { #finish } else { ::mapwright_rt::Slot::Omit } })
            }
            None => finish,
        };
        let local = format_ident!("f_{}", id.to_string().trim_start_matches("r#"));
        if at.elems.is_empty() && rule_walks_lists(f) {
            // A field that walks lists gets a function of its own: the record's function
            // stays small enough for rustc (W2 has 150 such fields).
            let fname = cx
                .types
                .borrow_mut()
                .snake(&format!("field_{base}_{}", f.name));
            let loc = &at.loc;
            let in_ty = crate::input::struct_ty(cx.input, &quote!('r));
            let doc = crate::lit::doc(&format!("The output key `{}`.", f.name));
            let (lets_param, lets_arg) = lets_passing(cx);
            cx.items.borrow_mut().push(quote! {
                #[doc = #doc]
                fn #fname<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context, #loc: &::mapwright_rt::Loc<'_> #lets_param) -> ::std::result::Result<::mapwright_rt::Slot<#ty>, ::mapwright_rt::TransformError> {
                    let _ = (input, ctx, #loc #lets_arg);
                    ::std::result::Result::Ok(#body)
                }
            });
            lets.push(quote!(let #local = #fname(input, ctx, #loc #lets_arg)?;));
        } else {
            lets.push(quote!(let #local = #body;));
        }
        keys.push((id.clone(), f.name.clone()));
        locals.push((local.clone(), id.clone()));
        inits.push(quote!(#id: #local));
    }
    let generics = if borrows { quote!(<'r>) } else { quote!() };
    let ty = if borrows {
        quote!(#name<'r>)
    } else {
        quote!(#name)
    };
    let elided = if borrows {
        quote!(#name<'_>)
    } else {
        quote!(#name)
    };
    // A large object is filled by several functions, starting from all keys left out.
    let big = lets.iter().map(|l| l.to_string().len()).sum::<usize>() > CHUNK_CHARS;
    let default = if big { quote!(Default,) } else { quote!() };
    // Declared and written in the order of their keys (a `serde_json::Map`'s): the output's
    // JSON is then the bytes of its `serde_json::Value` too (`run_value`'s, the interpreter's),
    // so an engine that keeps the written bytes sends what it would send from the value. The
    // fields are still computed in the spec's order.
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    keys.sort_by(|a, b| a.1.cmp(&b.1));
    let fields = fields.into_iter().map(|(_, f)| f);
    let write = crate::write_json::write_impl(&elided, &keys);
    cx.items.borrow_mut().push(quote! {
        #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize)]
        pub struct #name #generics {
            #(#fields,)*
        }

        impl ::mapwright_rt::Empty for #elided {}

        #write
    });
    let builder = if big {
        let calls = chunked(cx, base, at, &ty, lets, &locals);
        quote!({
            let mut out = #name::default();
            #(#calls)*
            out
        })
    } else {
        quote!({
            #(#lets)*
            #name { #(#inits),* }
        })
    };
    Ok((ty, borrows, builder))
}

/// An object (the record, a nested object or the element of an `each`) whose field statements
/// are longer than [`CHUNK_CHARS`] is built by several functions of at most [`CHUNK`] fields and
/// about that much source each, so that no generated function grows past a few hundred lines.
const CHUNK: usize = 40;
const CHUNK_CHARS: usize = 12_000;

/// Cuts statements into runs of at most [`CHUNK`] statements and about [`CHUNK_CHARS`] of
/// source each (a longer statement is a run of its own).
pub fn split_by_size<T>(items: Vec<T>, size: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let mut groups: Vec<Vec<T>> = Vec::new();
    let mut total = usize::MAX;
    for item in items {
        let n = size(&item);
        if total.saturating_add(n) > CHUNK_CHARS || groups.last().is_some_and(|g| g.len() >= CHUNK)
        {
            groups.push(Vec::new());
            total = 0;
        }
        total += n;
        if let Some(g) = groups.last_mut() {
            g.push(item);
        }
    }
    groups
}

/// [`split_by_size`] on the statements' source length.
pub fn split_stmts(stmts: Vec<TokenStream>) -> Vec<Vec<TokenStream>> {
    split_by_size(stmts, |t| t.to_string().len())
}

/// Moves the field statements of a large object into functions, each setting its run of
/// fields of `out` (an object of type `ty`); returns the statements that call them.
fn chunked(
    cx: &OutCx<'_>,
    base: &str,
    at: &At<'_>,
    ty: &TokenStream,
    lets: Vec<TokenStream>,
    fields: &[(Ident, Ident)],
) -> Vec<TokenStream> {
    let loc = &at.loc;
    let in_ty = crate::input::struct_ty(cx.input, &quote!('r));
    let (lets_param, lets_arg) = lets_passing(cx);
    // The element variables of the enclosing `each`es are passed along.
    let elem_params = at.elems.iter().map(|(v, child)| {
        let t = crate::input::struct_ty(child, &quote!('r));
        quote!(, #v: ::std::option::Option<&'r #t>)
    });
    let elem_params = quote!(#(#elem_params)*);
    let elem_vars = at.elems.iter().map(|(v, _)| v);
    let elem_args = quote!(#(, #elem_vars)*);
    let items: Vec<(TokenStream, (Ident, Ident))> =
        lets.into_iter().zip(fields.iter().cloned()).collect();
    let mut out = Vec::new();
    let mut first = 1;
    for (k, group) in split_by_size(items, |(t, _)| t.to_string().len())
        .into_iter()
        .enumerate()
    {
        let (stmts, vars): (Vec<TokenStream>, Vec<(Ident, Ident)>) = group.into_iter().unzip();
        let fname = cx.types.borrow_mut().snake(&format!("fields_{base}_{k}"));
        let sets = vars.iter().map(|(local, id)| quote!(out.#id = #local;));
        let doc = crate::lit::doc(&format!(
            "Fields {first} to {} of `{base}`.",
            first + vars.len() - 1
        ));
        first += vars.len();
        cx.items.borrow_mut().push(quote! {
            #[doc = #doc]
            fn #fname<'r>(input: &'r #in_ty, ctx: &'r ::mapwright_rt::Context, #loc: &::mapwright_rt::Loc<'_> #lets_param #elem_params, out: &mut #ty) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
                let _ = (input, ctx, #loc #lets_arg #elem_args);
                #(#stmts)*
                #(#sets)*
                ::std::result::Result::Ok(())
            }
        });
        out.push(quote!(#fname(input, ctx, #loc #lets_arg #elem_args, &mut out)?;));
    }
    out
}

/// How a helper of the record's function takes the lets, and how it is passed them.
fn lets_passing(cx: &OutCx<'_>) -> (TokenStream, TokenStream) {
    match cx.lets_ty.borrow().as_ref() {
        Some(t) => (quote!(, lets: &#t), quote!(, lets)),
        None => (quote!(), quote!()),
    }
}

pub fn scope<'a>(cx: &'a OutCx<'a>, at: &At<'a>, leaf: &str) -> Scope<'a> {
    Scope {
        file: cx.file,
        dep: cx.dep,
        input: cx.input,
        elems: at.elems.clone(),
        its: Vec::new(),
        params: cx.params,
        maps: &cx.maps,
        lets: cx.lets.borrow().clone(),
        loc: at.loc.clone(),
        leaf: leaf.to_owned(),
    }
}

/// `(tokens of Option<T>, T, whether T borrows)` for one rule's value.
fn emit_value<'a>(
    cx: &'a OutCx<'a>,
    f: &FieldRule,
    base: &str,
    at: &At<'a>,
) -> Result<(TokenStream, TokenStream, bool), CodegenError> {
    let sc = scope(cx, at, &f.name);
    let fail = {
        let loc = &at.loc;
        let leaf = str_lit(&f.name);
        quote!(#loc.fail(#leaf, kind))
    };
    match &f.value {
        ValueRule::Expr(e) => {
            let (t, r) = expr::compile(&sc, e)?;
            Ok(match r {
                Repr::Text => (t, quote!(::std::borrow::Cow<'r, str>), true),
                Repr::Int => (t, quote!(i64), false),
                Repr::Num => (t, quote!(::serde_json::Number), false),
                Repr::Bool => (t, quote!(bool), false),
                Repr::Null => (
                    quote!(::std::option::Option::<::serde_json::Value>::None),
                    quote!(::serde_json::Value),
                    false,
                ),
                Repr::Json => (t, quote!(&'r ::serde_json::Value), true),
                Repr::List(x) if x.serializable() => {
                    let el = x.ty().ok_or_else(|| {
                        cx.internal(
                            "a list of nulls as a value",
                            "only `map(…, null)` makes one, and it is refused first",
                            f,
                        )
                    })?;
                    (t, quote!(::std::vec::Vec<#el>), x.borrows())
                }
                Repr::List(_) | Repr::Row(_) => {
                    return Err(cx.unsupported("an input object as an output value", f));
                }
            })
        }
        ValueRule::Const(v) => {
            let s = cx.json_static(v);
            let value = if v.is_null() {
                quote!(::std::option::Option::None)
            } else {
                quote!(::std::option::Option::Some(&*#s))
            };
            Ok((value, quote!(&'static ::serde_json::Value), false))
        }
        ValueRule::Translate {
            source,
            set,
            multi,
            lang,
            unknown,
            missing_label,
        } => {
            if !cx.dep.option_sets.contains_key(set) {
                return Err(cx.internal(
                    format!("the unknown option set `{set}`"),
                    "the checker rejects (E203: an unknown option set)",
                    f,
                ));
            }
            let e = enum_name(set);
            let label = lang_index(lang);
            let set_lit = str_lit(set);
            let lang_lit = str_lit(lang);
            let un = unknown_tokens(*unknown);
            let mi = missing_tokens(*missing_label);
            let one = |v: TokenStream, fail: &TokenStream| {
                quote! {
                    match ::mapwright_rt::translated(::std::borrow::Cow::Borrowed(::mapwright_rt::Code::code(#v)), #v.label(#label), #set_lit, #lang_lit, #un, #mi, ctx) {
                        ::std::result::Result::Ok(t) => t,
                        ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail),
                    }
                }
            };
            let resolved = match &source.kind {
                mapping_dsl::ir::Expr::Path(p) => Some(expr::resolve(&sc, p, source)?),
                _ => None,
            };
            if *multi {
                let r = resolved
                    .ok_or_else(|| cx.unsupported("translating a computed multi_select", f))?;
                if !matches!(&r.field.ty, InputType::MultiSelect { set: s } if s == set)
                    || r.element
                {
                    return Err(cx.unsupported("translating this value as a multi_select", f));
                }
                let t = r.tokens;
                let fail_at = {
                    let loc = &at.loc;
                    let leaf = str_lit(&f.name);
                    quote!(#loc.fail_at(#leaf, index, kind))
                };
                let v = one(quote!(v), &fail_at);
                let value = quote! {
                    match #t {
                        ::std::option::Option::None => ::std::option::Option::None,
                        ::std::option::Option::Some(items) => {
                            let mut out = ::std::vec::Vec::with_capacity(items.len());
                            for (index, item) in items.iter().enumerate() {
                                match item.get() {
                                    ::std::option::Option::None => out.push(::std::option::Option::None),
                                    // "" is not answered: the item is dropped.
                                    ::std::option::Option::Some(v) if ::mapwright_rt::stdlib::translate::is_unanswered(::mapwright_rt::Code::code(v)) => {}
                                    ::std::option::Option::Some(v) => out.push(::std::option::Option::Some(#v)),
                                }
                            }
                            ::std::option::Option::Some(out)
                        }
                    }
                };
                return Ok((
                    value,
                    quote!(::std::vec::Vec<::std::option::Option<::mapwright_rt::Translated<'r>>>),
                    true,
                ));
            }
            let is_select = |r: &expr::Resolved<'_>| match (&r.field.ty, r.element) {
                (InputType::Select { set: s }, false) => s == set,
                (InputType::MultiSelect { set: s }, true) => s == set,
                _ => false,
            };
            // `if X == "" then null else X` over a select X: "" reads as not answered. Same
            // result as the general path, without going through text and back.
            let blank_guarded = match blank_guard(source) {
                Some((p, pe)) => Some(expr::resolve(&sc, p, pe)?).filter(is_select),
                None => None,
            };
            let direct = resolved.filter(is_select);
            let value = match (direct, blank_guarded) {
                (_, Some(r)) => {
                    let t = r.tokens;
                    let v = one(quote!(v), &fail);
                    quote! {
                        match #t {
                            ::std::option::Option::Some(v) if !::mapwright_rt::stdlib::translate::is_unanswered(::mapwright_rt::Code::code(v)) => ::std::option::Option::Some(#v),
                            _ => ::std::option::Option::None,
                        }
                    }
                }
                (Some(r), None) => {
                    let t = r.tokens;
                    let v = one(quote!(v), &fail);
                    quote! {
                        match #t {
                            ::std::option::Option::Some(v) if !::mapwright_rt::stdlib::translate::is_unanswered(::mapwright_rt::Code::code(v)) => ::std::option::Option::Some(#v),
                            _ => ::std::option::Option::None,
                        }
                    }
                }
                (None, None) => {
                    let (t, r) = expr::compile(&sc, source)?;
                    if r != Repr::Text && r != Repr::Null {
                        return Err(cx.unsupported("translating a non-text value", f));
                    }
                    // Bound first: a call compiles to a block, which clippy will not have as
                    // a `match` scrutinee.
                    quote! {{
                        let code = #t;
                        match code {
                            ::std::option::Option::Some(c) if !::mapwright_rt::stdlib::translate::is_unanswered(&c) => {
                                let v = &<super::options::#e as ::mapwright_rt::Code>::from_code(::std::borrow::Cow::Borrowed(&*c));
                                let label = v.#label();
                                ::std::option::Option::Some(match ::mapwright_rt::translated(c, label, #set_lit, #lang_lit, #un, #mi, ctx) {
                                    ::std::result::Result::Ok(t) => t,
                                    ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail),
                                })
                            }
                            _ => ::std::option::Option::None,
                        }
                    }}
                }
            };
            Ok((value, quote!(::mapwright_rt::Translated<'r>), true))
        }
        ValueRule::Map {
            source,
            map,
            unknown,
        } => {
            if !cx.dep.value_maps.contains_key(map) {
                return Err(cx.internal(format!("the unknown value map `{map}`"), expr::E204, f));
            }
            cx.maps.borrow_mut().insert(map.clone());
            let g = crate::expr::map_fn(map);
            let un = unknown_tokens(*unknown);
            let lookup = quote!(|k: &str| #g(k, #un, ctx));
            let (t, r) = expr::compile(&sc, source)?;
            let loc = &at.loc;
            let leaf = str_lit(&f.name);
            let value = match &r {
                Repr::Null => quote!(::std::option::Option::None),
                Repr::Text => quote!(match ::mapwright_rt::map_text(#t.as_deref(), #lookup) {
                    ::std::result::Result::Ok(v) => v,
                    ::std::result::Result::Err(kind) => return ::std::result::Result::Err(#fail),
                }),
                Repr::Json => quote!(::mapwright_rt::map_value(#t, #lookup, #loc, #leaf)?),
                other => {
                    let v = expr::to_json_owned(t.clone(), other, 0)
                        .ok_or_else(|| cx.internal("mapping an input object", expr::E301, f))?;
                    quote!({
                        let v = #v;
                        ::mapwright_rt::map_value(v.as_ref(), #lookup, #loc, #leaf)?
                    })
                }
            };
            Ok((
                value,
                quote!(::std::borrow::Cow<'static, ::serde_json::Value>),
                false,
            ))
        }
        ValueRule::Object(o) => {
            // Errors inside a nested object name it: `followup.status`, as the interpreter does.
            let loc = format_ident!("{}_o", at.loc);
            let mut inner = at.clone();
            inner.loc = loc.clone();
            let (ty, b, builder) = emit_object(cx, o, base, &inner)?;
            let parent = &at.loc;
            let key = str_lit(&f.name);
            // Bound only when a fallible rule inside reports through it (no unused variable).
            let uses_loc = builder.to_string().contains(&loc.to_string());
            let value = if uses_loc {
                quote!({
                    let #loc = &::mapwright_rt::Loc::Field { parent: #parent, name: #key };
                    #builder
                })
            } else {
                builder
            };
            Ok((quote!(::std::option::Option::Some(#value)), ty, b))
        }
        ValueRule::Each {
            source,
            keep,
            body,
            depth,
        } => {
            let p = match &source.kind {
                mapping_dsl::ir::Expr::Path(p) => p,
                _ => return each_computed(cx, f, base, at, source, keep.as_ref(), body, *depth),
            };
            let r = expr::resolve(&sc, p, source)?;
            let child = match (&r.field.ty, &r.field.child, r.element) {
                (InputType::List(_), Some(c), false) => c.as_ref(),
                _ => return Err(cx.unsupported("`each` over something that is not a subform", f)),
            };
            let (var, loc, ty, b, builder, keep) =
                each_body(cx, f, base, at, child, keep.as_ref(), body, *depth)?;
            let t = r.tokens;
            let parent = &at.loc;
            let key = str_lit(&f.name);
            let (index_item, iter, bind_loc) = if expr::mentions(&quote!(#keep #builder), &loc) {
                (
                    quote!((index, item)),
                    quote!(items.iter().enumerate()),
                    quote!(let #loc = &::mapwright_rt::Loc::Elem { parent: #parent, name: #key, index };),
                )
            } else {
                (quote!(item), quote!(items.iter()), quote!())
            };
            let value = quote! {
                match #t {
                    ::std::option::Option::None => ::std::option::Option::None,
                    ::std::option::Option::Some(items) => {
                        let mut out = ::std::vec::Vec::with_capacity(items.len());
                        for #index_item in #iter {
                            let #var = item.get();
                            #bind_loc
                            let keep = #keep;
                            if keep {
                                out.push(#builder);
                            }
                        }
                        ::std::option::Option::Some(out)
                    }
                }
            };
            Ok((value, quote!(::std::vec::Vec<#ty>), b))
        }
    }
}

/// Whether a rule's expressions call a collection function (`filter`, `map`, …).
fn rule_walks_lists(f: &FieldRule) -> bool {
    let e = match &f.value {
        ValueRule::Expr(e) | ValueRule::Map { source: e, .. } => Some(e),
        _ => None,
    };
    e.into_iter().chain(f.when.iter()).any(expr::walks_lists)
}

/// `each` over a computed list (`filter(list, …)`): the elements are the list's.
#[allow(clippy::too_many_arguments)]
fn each_computed<'a>(
    cx: &'a OutCx<'a>,
    f: &FieldRule,
    base: &str,
    at: &At<'a>,
    source: &TExpr,
    keep: Option<&TExpr>,
    body: &ObjectRule,
    depth: u32,
) -> Result<(TokenStream, TokenStream, bool), CodegenError> {
    let sc = scope(cx, at, &f.name);
    let (t, r) = expr::compile(&sc, source)?;
    let child = match r {
        Repr::List(x) => match *x {
            Repr::Row(s) => s,
            _ => return Err(cx.unsupported("`each` over a list of non-objects", f)),
        },
        _ => return Err(cx.unsupported("`each` over a non-list", f)),
    };
    let (var, loc, ty, b, builder, keep) = each_body(cx, f, base, at, child, keep, body, depth)?;
    let parent = &at.loc;
    let key = str_lit(&f.name);
    let (index_item, iter, bind_loc) = if expr::mentions(&quote!(#keep #builder), &loc) {
        (
            quote!((index, #var)),
            quote!(items.into_iter().enumerate()),
            quote!(let #loc = &::mapwright_rt::Loc::Elem { parent: #parent, name: #key, index };),
        )
    } else {
        (quote!(#var), quote!(items), quote!())
    };
    // Bound first: a call compiles to a block, which clippy will not have as a `match`
    // scrutinee.
    let value = quote! {{
        let list = #t;
        match list {
            ::std::option::Option::None => ::std::option::Option::None,
            ::std::option::Option::Some(items) => {
                let mut out = ::std::vec::Vec::with_capacity(items.len());
                for #index_item in #iter {
                    #bind_loc
                    let keep = #keep;
                    if keep {
                        out.push(#builder);
                    }
                }
                ::std::option::Option::Some(out)
            }
        }
    }};
    Ok((value, quote!(::std::vec::Vec<#ty>), b))
}

/// The element variable, `Loc` variable, struct type, borrow flag, builder and keep condition of
/// an `each` body whose elements are rows of `child`.
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
fn each_body<'a>(
    cx: &'a OutCx<'a>,
    f: &FieldRule,
    base: &str,
    at: &At<'a>,
    child: &'a InStruct,
    keep: Option<&TExpr>,
    body: &ObjectRule,
    depth: u32,
) -> Result<(Ident, Ident, TokenStream, bool, TokenStream, TokenStream), CodegenError> {
    let var = format_ident!("e{}", depth);
    let loc = format_ident!("loc{}", depth + 1);
    let mut inner = at.clone();
    inner.elems.push((var.clone(), child));
    inner.loc = loc.clone();
    let (ty, b, builder) = emit_object(cx, body, base, &inner)?;
    let keep = match keep {
        Some(k) => keep_tokens(cx, k, &inner, &f.name)?,
        None => quote!(true),
    };
    Ok((var, loc, ty, b, builder, keep))
}

/// Matches `if P == "" then null else P` (P a path); returns P.
fn blank_guard(e: &TExpr) -> Option<(&mapping_dsl::ir::Path, &TExpr)> {
    use mapping_dsl::ir::{BinOp, Expr, Lit};
    let Expr::If(c, a, b) = &e.kind else {
        return None;
    };
    let (Expr::Binary(BinOp::Eq, x, y), Expr::Lit(Lit::Null), Expr::Path(p)) =
        (&c.kind, &a.kind, &b.kind)
    else {
        return None;
    };
    match (&x.kind, &y.kind) {
        (Expr::Path(q), Expr::Lit(Lit::String(s))) | (Expr::Lit(Lit::String(s)), Expr::Path(q))
            if s.is_empty() && q == p =>
        {
            Some((p, b))
        }
        _ => None,
    }
}

fn keep_tokens<'a>(
    cx: &'a OutCx<'a>,
    k: &TExpr,
    at: &At<'a>,
    leaf: &str,
) -> Result<TokenStream, CodegenError> {
    expr::cond(&scope(cx, at, leaf), k)
}

fn as_tokens(a: EmptyAs) -> TokenStream {
    match a {
        EmptyAs::Keep => quote!(::mapwright_rt::As::Keep),
        EmptyAs::Null => quote!(::mapwright_rt::As::Null),
        EmptyAs::EmptyString => quote!(::mapwright_rt::As::EmptyString),
        EmptyAs::EmptyList => quote!(::mapwright_rt::As::EmptyList),
        EmptyAs::Omit => quote!(::mapwright_rt::As::Omit),
    }
}

fn policy_tokens(p: &EmptyPolicy) -> TokenStream {
    let (m, s, l) = (
        as_tokens(p.missing),
        as_tokens(p.empty_string),
        as_tokens(p.empty_list),
    );
    quote!(::mapwright_rt::Policy { missing: #m, empty_string: #s, empty_list: #l })
}

/// The `default:` as a finished slot: the empty policy is applied to it here, once.
fn default_tokens(cx: &OutCx<'_>, f: &FieldRule) -> TokenStream {
    let Some(d) = &f.default else {
        return quote!(::std::option::Option::None);
    };
    let how = match d {
        serde_json::Value::Null => Some(f.empty.missing),
        serde_json::Value::String(s) if s.is_empty() => Some(f.empty.empty_string),
        serde_json::Value::Array(a) if a.is_empty() => Some(f.empty.empty_list),
        _ => None,
    };
    let slot = match how {
        Some(EmptyAs::Null) => quote!(::mapwright_rt::Slot::Null),
        Some(EmptyAs::EmptyString) => quote!(::mapwright_rt::Slot::EmptyString),
        Some(EmptyAs::EmptyList) => quote!(::mapwright_rt::Slot::EmptyList),
        Some(EmptyAs::Omit) => quote!(::mapwright_rt::Slot::Omit),
        Some(EmptyAs::Keep) if d.is_null() => quote!(::mapwright_rt::Slot::Null),
        _ => {
            let s = cx.json_static(d);
            quote!(::mapwright_rt::Slot::Json(&#s))
        }
    };
    quote!(::std::option::Option::Some(#slot))
}

fn unknown_tokens(u: UnknownCode) -> TokenStream {
    match u {
        UnknownCode::Error => quote!(::mapwright_rt::UnknownCode::Error),
        UnknownCode::KeepCode => quote!(::mapwright_rt::UnknownCode::KeepCode),
        UnknownCode::Null => quote!(::mapwright_rt::UnknownCode::Null),
    }
}

fn missing_tokens(m: MissingLabel) -> TokenStream {
    match m {
        MissingLabel::Error => quote!(::mapwright_rt::MissingLabel::Error),
        MissingLabel::KeepCode => quote!(::mapwright_rt::MissingLabel::KeepCode),
        MissingLabel::Empty => quote!(::mapwright_rt::MissingLabel::Empty),
        MissingLabel::Null => quote!(::mapwright_rt::MissingLabel::Null),
    }
}
