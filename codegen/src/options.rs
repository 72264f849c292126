//! Option sets -> enums with an `Unknown(String)` variant. Reading a code is one `match` on the
//! string, translating is one `match` on the enum; labels are `&'static str` written as in the
//! YAML (Thai readable).

use std::collections::BTreeSet;

use mapping_dsl::ir::OptionSet;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ident::{self, Scope};
use crate::lit::str_lit;

/// The Rust name of the enum for an option set.
pub fn enum_name(set: &str) -> Ident {
    format_ident!("{}", ident::camel_text(set))
}

/// The method returning the label in `lang`: `label_th`.
pub fn label_fn(lang: &str) -> Ident {
    format_ident!("label_{}", ident::snake_text(lang))
}

/// The languages every enum gets a label method for: all languages of all its options.
fn languages(set: &OptionSet) -> BTreeSet<&str> {
    set.options
        .iter()
        .flat_map(|o| o.labels.keys().map(String::as_str))
        .collect()
}

/// From this many options on, a set is kept in tables (see [`emit_table`]): a `match` with an
/// arm per option would be a function of thousands of lines (the 8,442 Thai locations).
const TABLE_FROM: usize = 100;

pub fn emit_enum(set: &OptionSet, extra_langs: &BTreeSet<String>) -> TokenStream {
    if set.options.len() >= TABLE_FROM {
        return emit_table(set, extra_langs);
    }
    let name = enum_name(&set.name);
    let mut scope = Scope::new();
    scope.reserve("Unknown");
    let variants: Vec<Ident> = set.options.iter().map(|o| scope.camel(&o.code)).collect();
    let codes: Vec<_> = set.options.iter().map(|o| str_lit(&o.code)).collect();
    let doc = crate::lit::doc(&format!(
        "Option set `{}`{}.",
        set.name,
        set.source
            .as_deref()
            .map(|s| format!(" (from `{s}`)"))
            .unwrap_or_default()
    ));
    let variant_docs: Vec<String> = set
        .options
        .iter()
        .map(|o| {
            let labels: Vec<String> = o.labels.iter().map(|(l, t)| format!("{l}: {t}")).collect();
            crate::lit::doc(&format!("`{}`: {}", o.code, labels.join(", ")))
        })
        .collect();
    let lenient = lenient_impl(&name);
    let mut langs: BTreeSet<&str> = languages(set);
    langs.extend(extra_langs.iter().map(String::as_str));
    let label_fns = langs.iter().map(|lang| {
        let f = label_fn(lang);
        let arms = set
            .options
            .iter()
            .zip(&variants)
            .map(|(o, v)| match o.labels.get(*lang) {
                Some(t) => {
                    let t = str_lit(t);
                    quote!(#name::#v => crate::support::Label::Text(#t))
                }
                None => quote!(#name::#v => crate::support::Label::Missing),
            });
        let doc = format!(" The `{lang}` label of this code.");
        quote! {
            #[doc = #doc]
            pub fn #f(&self) -> crate::support::Label {
                match self {
                    #(#arms,)*
                    #name::Unknown(_) => crate::support::Label::Unknown,
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum #name {
            #(#[doc = #variant_docs] #variants,)*
            /// A code that is not in the option set.
            Unknown(::std::string::String),
        }

        impl #name {
            #(#label_fns)*
        }

        impl crate::support::Code for #name {
            fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
                match &*code {
                    #(#codes => #name::#variants,)*
                    _ => #name::Unknown(code.into_owned()),
                }
            }

            fn code(&self) -> &str {
                match self {
                    #(#name::#variants => #codes,)*
                    #name::Unknown(c) => c,
                }
            }
        }

        #lenient
    }
}

/// How a select field of this enum is read leniently (text, numbers and booleans as codes).
fn lenient_impl(name: &Ident) -> TokenStream {
    quote! {
        impl<'de> crate::support::Lenient<'de> for #name {
            fn from_str(s: ::std::borrow::Cow<'de, str>) -> crate::support::Field<Self> {
                crate::support::select_from_str(s)
            }
            fn from_i64(v: i64) -> crate::support::Field<Self> {
                crate::support::select_from_i64(v)
            }
            fn from_f64(v: f64) -> crate::support::Field<Self> {
                crate::support::select_from_f64(v)
            }
            fn from_bool(v: bool) -> crate::support::Field<Self> {
                crate::support::select_from_bool(v)
            }
        }
    }
}

/// A large option set: `Known(index)` into a sorted `CODES` table (found by binary search) and
/// one label table per language, instead of a variant and a `match` arm per option.
fn emit_table(set: &OptionSet, extra_langs: &BTreeSet<String>) -> TokenStream {
    let name = enum_name(&set.name);
    let doc = crate::lit::doc(&format!(
        "Option set `{}`{}: {} codes, kept in tables (a known code is its index in the sorted codes).",
        set.name,
        set.source
            .as_deref()
            .map(|s| format!(" (from `{s}`)"))
            .unwrap_or_default(),
        set.options.len()
    ));
    // Sorted for the binary search; of equal codes the first option wins (as a `match` does).
    let mut opts: Vec<&mapping_dsl::ir::OptionItem> = set.options.iter().collect();
    opts.sort_by(|a, b| a.code.cmp(&b.code));
    opts.dedup_by(|b, a| a.code == b.code);
    let n = proc_macro2::Literal::usize_unsuffixed(opts.len());
    let codes = opts.iter().map(|o| str_lit(&o.code));
    let mut langs: BTreeSet<&str> = languages(set);
    langs.extend(extra_langs.iter().map(String::as_str));
    let stem = ident::snake_text(&set.name).to_uppercase();
    let codes_id = format_ident!("{}_CODES", stem);
    let mut tables = Vec::new();
    let label_fns: Vec<TokenStream> = langs.iter().map(|lang| {
        let f = label_fn(lang);
        let table = format_ident!("{}_LABELS_{}", stem, ident::snake_text(lang).to_uppercase());
        let labels = opts.iter().map(|o| match o.labels.get(*lang) {
            Some(t) => {
                let t = str_lit(t);
                quote!(crate::support::Label::Text(#t))
            }
            None => quote!(crate::support::Label::Missing),
        });
        let doc = format!(" The `{lang}` label of each code, in the order of the sorted codes.");
        let fdoc = format!(" The `{lang}` label of this code.");
        tables.push(quote! {
            #[doc = #doc]
            static #table: [crate::support::Label; #n] = [#(#labels),*];
        });
        quote! {
            #[doc = #fdoc]
            pub fn #f(&self) -> crate::support::Label {
                match self {
                    #name::Known(i) => #table.get(*i).copied().unwrap_or(crate::support::Label::Unknown),
                    #name::Unknown(_) => crate::support::Label::Unknown,
                }
            }
        }
    }).collect();
    let lenient = lenient_impl(&name);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum #name {
            /// The code at this index of the sorted codes.
            Known(usize),
            /// A code that is not in the option set.
            Unknown(::std::string::String),
        }

        /// The codes of the set, sorted.
        static #codes_id: [&str; #n] = [#(#codes),*];
        #(#tables)*

        impl #name {
            #(#label_fns)*
        }

        impl crate::support::Code for #name {
            fn from_code(code: ::std::borrow::Cow<'_, str>) -> Self {
                match #codes_id.binary_search(&&*code) {
                    ::std::result::Result::Ok(i) => #name::Known(i),
                    ::std::result::Result::Err(_) => #name::Unknown(code.into_owned()),
                }
            }

            fn code(&self) -> &str {
                match self {
                    #name::Known(i) => #codes_id.get(*i).copied().unwrap_or(""),
                    #name::Unknown(c) => c,
                }
            }
        }

        #lenient
    }
}
