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

pub fn emit_enum(set: &OptionSet, extra_langs: &BTreeSet<String>) -> TokenStream {
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
