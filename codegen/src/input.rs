//! `Transform::input` -> typed input structs (only the fields the transform reads) and the
//! `check_*` functions that validate them in schema order.
//!
//! Every field is a `mapwright_rt::Field<T>`: deserialising never fails on a wrong JSON type, so
//! the first wrong field in *schema* order (not JSON order) is the one reported, as in the
//! interpreter. Text is borrowed from the input buffer (`Cow<'a, str>`) whenever it has no
//! escapes.

use mapping_dsl::ir::{Coercion, InputObject, InputType};
use mapping_dsl::types::Scalar;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ident::{self, Scope};
use crate::lit::str_lit;
use crate::options::enum_name;

/// The Rust shape of one input object.
#[derive(Debug, Clone, PartialEq)]
pub struct InStruct {
    pub name: Ident,
    pub fields: Vec<InField>,
    /// Whether any field borrows from the input (needs the `'a` lifetime).
    pub borrows: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InField {
    pub key: String,
    pub ident: Ident,
    pub ty: InputType,
    pub nullable: bool,
    /// The struct of an `Object` or `List` field.
    pub child: Option<Box<InStruct>>,
}

impl InStruct {
    pub fn field(&self, key: &str) -> Option<&InField> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// Names every struct of the input tree (`Input`, `InputFamilyDetailsSection`, …).
pub fn plan(obj: &InputObject, types: &mut Scope) -> InStruct {
    plan_at(obj, "Input", types)
}

fn plan_at(obj: &InputObject, base: &str, types: &mut Scope) -> InStruct {
    let name = types.camel(base);
    let mut scope = Scope::new();
    let fields: Vec<InField> = obj
        .fields
        .iter()
        .map(|f| {
            let child = match &f.ty {
                InputType::Object(o) => {
                    Some(Box::new(plan_at(o, &format!("{base}_{}", f.name), types)))
                }
                InputType::List(o) => {
                    Some(Box::new(plan_at(o, &format!("{base}_{}", f.name), types)))
                }
                _ => None,
            };
            InField {
                key: f.name.clone(),
                ident: scope.snake(&f.name),
                ty: f.ty.clone(),
                nullable: f.nullable,
                child,
            }
        })
        .collect();
    let borrows = fields.iter().any(|f| match &f.ty {
        InputType::Scalar(s) | InputType::ScalarList(s) => s.is_text(),
        InputType::Object(_) | InputType::List(_) => f.child.as_ref().is_some_and(|c| c.borrows),
        _ => false,
    });
    InStruct {
        name,
        fields,
        borrows,
    }
}

/// The struct type with its lifetime, as used in fields and signatures.
pub fn struct_ty(s: &InStruct, lt: &TokenStream) -> TokenStream {
    let n = &s.name;
    if s.borrows {
        quote!(#n<#lt>)
    } else {
        quote!(#n)
    }
}

fn scalar_ty(s: Scalar) -> TokenStream {
    match s {
        Scalar::String | Scalar::Date | Scalar::DateTime => quote!(::std::borrow::Cow<'a, str>),
        Scalar::Int => quote!(i64),
        Scalar::Number => quote!(::serde_json::Number),
        Scalar::Bool => quote!(bool),
    }
}

/// The `T` of `Field<T>` for a field (`None` for `json`, kept as a plain `Option<Value>`).
pub fn value_ty(f: &InField) -> Option<TokenStream> {
    let lt = quote!('a);
    Some(match &f.ty {
        InputType::Scalar(s) => scalar_ty(*s),
        InputType::Select { set } => {
            let e = enum_name(set);
            quote!(super::options::#e)
        }
        InputType::MultiSelect { set } => {
            let e = enum_name(set);
            quote!(::std::vec::Vec<::mapwright_rt::Field<super::options::#e>>)
        }
        InputType::Object(_) => struct_ty(f.child.as_deref()?, &lt),
        InputType::List(_) => {
            let t = struct_ty(f.child.as_deref()?, &lt);
            quote!(::std::vec::Vec<::mapwright_rt::Field<#t>>)
        }
        InputType::ScalarList(s) => {
            let t = scalar_ty(*s);
            quote!(::std::vec::Vec<::mapwright_rt::Field<#t>>)
        }
        InputType::Json => return None,
    })
}

/// What the interpreter's wrong-type errors call an option code.
const CODE: &str = "an option code (string)";

/// What the error message says a field should be (the interpreter's words).
pub fn expected(ty: &InputType) -> String {
    match ty {
        InputType::Scalar(s) => s.name().to_owned(),
        InputType::Select { .. } => CODE.to_owned(),
        InputType::MultiSelect { .. } | InputType::List(_) | InputType::ScalarList(_) => {
            "list".to_owned()
        }
        InputType::Object(_) => "object".to_owned(),
        InputType::Json => "json".to_owned(),
    }
}

/// The field's schema type, for doc comments.
fn describe(ty: &InputType) -> String {
    match ty {
        InputType::Scalar(s) => s.name().to_owned(),
        InputType::Select { set } => format!("select({set})"),
        InputType::MultiSelect { set } => format!("multi_select({set})"),
        InputType::Object(_) => "object".to_owned(),
        InputType::List(_) => "list of objects".to_owned(),
        InputType::ScalarList(s) => format!("list<{}>", s.name()),
        InputType::Json => "json".to_owned(),
    }
}

/// The struct definitions of the whole tree, outermost first. With `empty_dates` (the schema
/// accepts `empty_to_null`) a date or datetime field reads `""` as `Field::Emptied`.
pub fn emit_structs(s: &InStruct, empty_dates: bool, out: &mut Vec<TokenStream>) {
    let name = &s.name;
    let generics = if s.borrows { quote!(<'a>) } else { quote!() };
    let fields = s.fields.iter().map(|f| {
        let id = &f.ident;
        let key = str_lit(&f.key);
        let rename = if ident_matches(id, &f.key) {
            quote!()
        } else {
            quote!(rename = #key,)
        };
        let doc = crate::lit::doc(&format!(
            "`{}`: {}{}",
            f.key,
            describe(&f.ty),
            if f.nullable { ", nullable" } else { "" }
        ));
        match value_ty(f) {
            Some(t) => {
                let borrow = if needs_borrow(f) {
                    quote!(borrow,)
                } else {
                    quote!()
                };
                let with = match &f.ty {
                    InputType::Scalar(Scalar::Date | Scalar::DateTime) if empty_dates => {
                        quote!(deserialize_with = "::mapwright_rt::date_or_empty",)
                    }
                    InputType::ScalarList(Scalar::Date | Scalar::DateTime) if empty_dates => {
                        quote!(deserialize_with = "::mapwright_rt::dates_or_empty",)
                    }
                    _ => quote!(),
                };
                quote! {
                    #[doc = #doc]
                    #[serde(#rename #borrow #with default)]
                    pub #id: ::mapwright_rt::Field<#t>
                }
            }
            None => quote! {
                #[doc = #doc]
                #[serde(#rename default)]
                pub #id: ::std::option::Option<::serde_json::Value>
            },
        }
    });
    let lenient = if s.borrows {
        quote! {
            impl<'de: 'a, 'a> ::mapwright_rt::Lenient<'de> for #name<'a> {
                fn from_map<A: ::serde::de::MapAccess<'de>>(map: A) -> ::std::result::Result<::mapwright_rt::Field<Self>, A::Error> {
                    <Self as ::serde::Deserialize>::deserialize(::serde::de::value::MapAccessDeserializer::new(map)).map(::mapwright_rt::Field::Val)
                }
            }
        }
    } else {
        quote! {
            impl<'de> ::mapwright_rt::Lenient<'de> for #name {
                fn from_map<A: ::serde::de::MapAccess<'de>>(map: A) -> ::std::result::Result<::mapwright_rt::Field<Self>, A::Error> {
                    <Self as ::serde::Deserialize>::deserialize(::serde::de::value::MapAccessDeserializer::new(map)).map(::mapwright_rt::Field::Val)
                }
            }
        }
    };
    out.push(quote! {
        #[derive(Debug, Clone, Default, ::serde::Deserialize)]
        pub struct #name #generics {
            #(#fields,)*
        }

        #lenient
    });
    for f in &s.fields {
        if let Some(c) = &f.child {
            emit_structs(c, empty_dates, out);
        }
    }
}

fn needs_borrow(f: &InField) -> bool {
    match &f.ty {
        InputType::Scalar(s) | InputType::ScalarList(s) => s.is_text(),
        InputType::Object(_) | InputType::List(_) => f.child.as_ref().is_some_and(|c| c.borrows),
        _ => false,
    }
}

fn ident_matches(id: &Ident, key: &str) -> bool {
    let s = id.to_string();
    s == key || s.strip_prefix("r#") == Some(key)
}

/// The check function name of a struct.
pub fn check_fn(s: &InStruct) -> Ident {
    format_ident!("check_{}", ident::snake_text(&s.name.to_string()))
}

/// `fn check_input(s: &Input, loc, ctx) -> Result<(), TransformError>` for every struct.
pub fn emit_checks(s: &InStruct, accept: &[Coercion], out: &mut Vec<TokenStream>) {
    let name = check_fn(s);
    let ty = struct_ty(s, &quote!('_));
    let accept_toks: Vec<TokenStream> = accept.iter().map(|c| coercion_tokens(*c)).collect();
    let date_toks = accept
        .iter()
        .filter(|c| **c == Coercion::EmptyToNull)
        .map(|c| coercion_tokens(*c));
    let has_dates = s.fields.iter().any(|f| {
        matches!(
            f.ty,
            InputType::Scalar(Scalar::Date | Scalar::DateTime)
                | InputType::ScalarList(Scalar::Date | Scalar::DateTime)
        )
    });
    let date_accept = if has_dates {
        quote!(const DATE_ACCEPT: &[::mapwright_rt::Coercion] = &[#(#date_toks),*];)
    } else {
        quote!()
    };
    let steps = s.fields.iter().map(|f| {
        let id = &f.ident;
        let key = str_lit(&f.key);
        let exp = str_lit(&expected(&f.ty));
        if matches!(f.ty, InputType::Json) {
            return quote!();
        }
        // Dates and datetimes are coerced only from `""` (`empty_to_null`), never from numbers.
        let accept = match &f.ty {
            InputType::Scalar(Scalar::Date | Scalar::DateTime) => quote!(DATE_ACCEPT),
            _ => quote!(ACCEPT),
        };
        let this = quote! {
            ::mapwright_rt::check(&s.#id, #exp, #accept, loc, #key, ctx)?;
        };
        let inner = match (&f.ty, &f.child) {
            (InputType::Object(_), Some(c)) => {
                let cf = check_fn(c);
                quote! {
                    if let ::std::option::Option::Some(v) = s.#id.get() {
                        #cf(v, &::mapwright_rt::Loc::Field { parent: loc, name: #key }, ctx)?;
                    }
                }
            }
            (InputType::List(_), Some(c)) => {
                let cf = check_fn(c);
                quote! {
                    if let ::std::option::Option::Some(items) = s.#id.get() {
                        for (index, item) in items.iter().enumerate() {
                            let at = ::mapwright_rt::Loc::Elem { parent: loc, name: #key, index };
                            ::mapwright_rt::check(item, "object", ACCEPT, &at, "", ctx)?;
                            if let ::std::option::Option::Some(v) = item.get() {
                                #cf(v, &at, ctx)?;
                            }
                        }
                    }
                }
            }
            (InputType::MultiSelect { .. } | InputType::ScalarList(_), _) => {
                let check = match &f.ty {
                    InputType::ScalarList(sc) => {
                        let el = str_lit(sc.name());
                        let accept = if matches!(sc, Scalar::Date | Scalar::DateTime) {
                            quote!(DATE_ACCEPT)
                        } else {
                            quote!(ACCEPT)
                        };
                        quote!(::mapwright_rt::check(item, #el, #accept, &at, "", ctx)?;)
                    }
                    _ => quote!(::mapwright_rt::check_present(item, #CODE, ACCEPT, &at, ctx)?;),
                };
                quote! {
                    if let ::std::option::Option::Some(items) = s.#id.get() {
                        for (index, item) in items.iter().enumerate() {
                            let at = ::mapwright_rt::Loc::Elem { parent: loc, name: #key, index };
                            #check
                        }
                    }
                }
            }
            _ => quote!(),
        };
        quote!(#this #inner)
    });
    let doc = format!(
        " Checks `{}` field by field in schema order; counts accepted coercions.",
        s.name
    );
    let consts = |steps: &[TokenStream]| {
        let text: String = steps.iter().map(|t| t.to_string()).collect();
        let uses = |name: &str| {
            text.split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == name)
        };
        let accept = if uses("ACCEPT") {
            quote!(const ACCEPT: &[::mapwright_rt::Coercion] = &[#(#accept_toks),*];)
        } else {
            quote!()
        };
        let dates = if uses("DATE_ACCEPT") {
            date_accept.clone()
        } else {
            quote!()
        };
        quote!(#accept #dates)
    };
    let steps: Vec<TokenStream> = steps.collect();
    // Nothing to check (only `json` fields): the parameters are unused.
    let unused = if steps.iter().all(TokenStream::is_empty) {
        quote!(let _ = (s, loc, ctx);)
    } else {
        quote!()
    };
    // Check statements format to more lines per character than field statements.
    let parts = crate::output::split_by_size(steps, |t| t.to_string().len() * 3 / 2);
    let body = if parts.len() <= 1 {
        let steps = parts.into_iter().flatten().collect::<Vec<_>>();
        let consts = consts(&steps);
        quote!(#unused #consts #(#steps)*)
    } else {
        // A struct with many fields is checked by several functions, a run of fields each.
        let mut calls = Vec::new();
        for (k, steps) in parts.iter().enumerate() {
            let part = format_ident!("{}_part_{}", name, k);
            let consts = consts(steps);
            let doc = format!(" Fields of `{}`, part {}.", s.name, k + 1);
            out.push(quote! {
                #[doc = #doc]
                fn #part(s: &#ty, loc: &::mapwright_rt::Loc<'_>, ctx: &::mapwright_rt::Context) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
                    #consts
                    #(#steps)*
                    ::std::result::Result::Ok(())
                }
            });
            calls.push(quote!(#part(s, loc, ctx)?;));
        }
        quote!(#(#calls)*)
    };
    out.push(quote! {
        #[doc = #doc]
        fn #name(s: &#ty, loc: &::mapwright_rt::Loc<'_>, ctx: &::mapwright_rt::Context) -> ::std::result::Result<(), ::mapwright_rt::TransformError> {
            #body
            ::std::result::Result::Ok(())
        }
    });
    for f in &s.fields {
        if let Some(c) = &f.child {
            emit_checks(c, accept, out);
        }
    }
}

fn coercion_tokens(c: Coercion) -> TokenStream {
    match c {
        Coercion::NumberToString => quote!(::mapwright_rt::Coercion::NumberToString),
        Coercion::StringToBool => quote!(::mapwright_rt::Coercion::StringToBool),
        Coercion::StringToNumber => quote!(::mapwright_rt::Coercion::StringToNumber),
        Coercion::BoolToString => quote!(::mapwright_rt::Coercion::BoolToString),
        Coercion::EmptyToNull => quote!(::mapwright_rt::Coercion::EmptyToNull),
    }
}
