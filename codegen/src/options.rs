//! Option sets as data. Each set is one sorted table of rows, `"code" => [label per language]`
//! in an `option_table!` (one text and the ends of its codes and labels, so the loader patches
//! no pointer per row at start-up), and a type `Coded<Set>` (in `mapwright_rt`) that reads a
//! code by binary search and gives its label by the language's index. No generated code names
//! an option as a variant, so a set needs no enum: a table keeps the 8,442 Thai locations in
//! one line each instead of five, and a changed label is a one-line diff.
//!
//! The tables are laid out here, one row per line under `#[rustfmt::skip]`, rather than by the
//! formatters: rustfmt would pack short rows several to a line (a longer label would then
//! reflow its neighbours) and break long ones over several.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use mapping_dsl::ir::{OptionItem, OptionSet};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ident;
use crate::lit::str_lit;

/// The Rust name of an option set's type (`Coded<…Set>`): `CaseStatus`.
pub fn enum_name(set: &str) -> Ident {
    format_ident!("{}", ident::camel_text(set))
}

/// The marker type whose rows are the set's table: `CaseStatusSet`.
fn set_marker(set: &str) -> Ident {
    format_ident!("{}Set", ident::camel_text(set))
}

/// The static holding a set's rows: `CASE_STATUS`.
fn table_name(set: &str) -> Ident {
    format_ident!("{}", ident::snake_text(set).to_uppercase())
}

/// The constant naming a language's index in `LANGS`: `LANG_TH`.
fn lang_const(lang: &str) -> Ident {
    format_ident!("LANG_{}", ident::snake_text(lang).to_uppercase())
}

/// The argument of `Coded::label` for `lang`, as a transform module names it.
pub fn lang_index(lang: &str) -> TokenStream {
    let c = lang_const(lang);
    quote!(super::options::#c)
}

/// The languages of a deployment's tables: every language a label of these sets is written
/// in, and every language the transforms translate into (a set without labels in one of those
/// gives `Missing` for each code).
pub fn languages<'a>(
    sets: impl IntoIterator<Item = &'a OptionSet>,
    translated: &'a BTreeSet<String>,
) -> Vec<&'a str> {
    let mut langs: BTreeSet<&str> = translated.iter().map(String::as_str).collect();
    for set in sets {
        for o in &set.options {
            langs.extend(o.labels.keys().map(String::as_str));
        }
    }
    langs.into_iter().collect()
}

/// The module's items before the tables: `LANGS` and one index constant per language.
pub fn emit_languages(langs: &[&str]) -> TokenStream {
    let n = proc_macro2::Literal::usize_unsuffixed(langs.len());
    let lits = langs.iter().map(|l| str_lit(l));
    let consts = langs.iter().enumerate().map(|(i, l)| {
        let c = lang_const(l);
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        let doc = format!(" The index of `{l}` in [`LANGS`].");
        quote!(#[doc = #doc] pub const #c: usize = #i;)
    });
    quote! {
        /// The languages of the labels, in the order of each row's labels.
        pub const LANGS: [&str; #n] = [#(#lits),*];
        #(#consts)*
    }
}

/// The options of a set sorted by code for the binary search; of equal codes the first option
/// wins, as it did for the checker and the interpreter.
fn sorted(set: &OptionSet) -> Vec<&OptionItem> {
    let mut opts: Vec<&OptionItem> = set.options.iter().collect();
    opts.sort_by(|a, b| a.code.cmp(&b.code));
    opts.dedup_by(|b, a| a.code == b.code);
    opts
}

/// Whether no code of the set, and no label in `langs`, holds a byte JSON escapes (`"`, `\`,
/// a control byte): its translations are then written without a scan (`OptionSet::CLEAN`).
fn is_clean(set: &OptionSet, langs: &[&str]) -> bool {
    let clean = |t: &str| !mapping_dsl::rt::needs_json_escape(t);
    sorted(set).iter().all(|o| {
        clean(&o.code)
            && langs
                .iter()
                .all(|l| o.labels.get(*l).is_none_or(|t| clean(t)))
    })
}

/// Codes of one length at most this many in every length: the set's `find` is a `match` on the
/// code's length and then the code (a group's codes compared one after another, each in a word
/// or two); with more, the set keeps the binary search of `OptionSet::find`.
const MATCH_GROUP: usize = 8;

/// The `find` of a set whose codes are few per length (see [`MATCH_GROUP`]): the index of a
/// code's row in the sorted table.
fn emit_find(set: &OptionSet) -> Option<TokenStream> {
    let mut by_len: BTreeMap<usize, Vec<(usize, &str)>> = BTreeMap::new();
    for (i, o) in sorted(set).into_iter().enumerate() {
        by_len.entry(o.code.len()).or_default().push((i, &o.code));
    }
    if by_len.is_empty() || by_len.values().any(|g| g.len() > MATCH_GROUP) {
        return None;
    }
    let arms = by_len.iter().map(|(len, group)| {
        let len = proc_macro2::Literal::usize_unsuffixed(*len);
        let codes = group.iter().map(|(_, c)| str_lit(c));
        let rows = group
            .iter()
            .map(|(i, _)| proc_macro2::Literal::usize_unsuffixed(*i));
        quote! {
            #len => match code {
                #(#codes => ::std::option::Option::Some(#rows),)*
                _ => ::std::option::Option::None,
            },
        }
    });
    Some(quote! {
        fn find(code: &str) -> ::std::option::Option<usize> {
            match code.len() {
                #(#arms)*
                _ => ::std::option::Option::None,
            }
        }
    })
}

/// A set's type, its marker and the marker's `OptionSet` impl (the table itself is text, from
/// [`emit_table`]).
pub fn emit_set(set: &OptionSet, langs: &[&str]) -> TokenStream {
    let name = enum_name(&set.name);
    let marker = set_marker(&set.name);
    let table = table_name(&set.name);
    let from = set
        .source
        .as_deref()
        .map(|s| format!(" (from `{s}`)"))
        .unwrap_or_default();
    let doc = crate::lit::doc(&format!(
        "Option set `{}`{from}: {} codes, in [`{table}`].",
        set.name,
        sorted(set).len()
    ));
    let marker_doc = crate::lit::doc(&format!(
        "The table of [`{name}`]: rows of a code and its {} labels.",
        langs.join(", ")
    ));
    let clean = is_clean(set, langs).then(|| {
        quote!(
            const CLEAN: bool = true;
        )
    });
    let find = emit_find(set);
    quote! {
        #[doc = #doc]
        pub type #name = ::mapwright_rt::Coded<#marker>;
        #[doc = #marker_doc]
        #[derive(Debug)]
        pub enum #marker {}
        impl ::mapwright_rt::OptionSet for #marker {
            fn table() -> &'static ::mapwright_rt::Table {
                &#table
            }
            #find
            #clean
        }
    }
}

/// A set's rows as source text, one per line, in an `option_table!` (which joins them into one
/// text at compile time): `"code" => [Some("label"), None],`.
pub fn emit_table(set: &OptionSet, langs: &[&str]) -> String {
    let opts = sorted(set);
    let mut out = String::new();
    let _ = writeln!(out, "#[rustfmt::skip]");
    let _ = writeln!(out, "::mapwright_rt::option_table! {{");
    let _ = writeln!(
        out,
        "    /// The rows of option set `{}`, sorted by code.",
        set.name.replace(char::is_control, " ")
    );
    let _ = writeln!(
        out,
        "    static {} = {} rows of {} labels;",
        table_name(&set.name),
        opts.len(),
        langs.len()
    );
    for o in opts {
        let labels: Vec<String> = langs
            .iter()
            .map(|l| match o.labels.get(*l) {
                Some(t) => format!("Some({})", str_lit(t)),
                None => "None".to_owned(),
            })
            .collect();
        let _ = writeln!(out, "    {} => [{}],", str_lit(&o.code), labels.join(", "));
    }
    out.push_str("}\n");
    out
}

/// Fails when two sets would get the same Rust name (a type, a table or a marker), which
/// would otherwise surface as a compile error in generated code.
pub fn check_names(sets: &[&OptionSet], file: &str) -> Result<(), crate::CodegenError> {
    let mut seen: std::collections::BTreeMap<String, &str> = std::collections::BTreeMap::new();
    for set in sets {
        let names = [
            enum_name(&set.name).to_string(),
            set_marker(&set.name).to_string(),
            table_name(&set.name).to_string(),
        ];
        for n in names {
            if let Some(other) = seen.insert(n.clone(), &set.name)
                && other != set.name
            {
                return Err(crate::CodegenError::Unsupported {
                    file: file.to_owned(),
                    what: format!(
                        "option sets `{other}` and `{}`, which both become `{n}` in Rust (rename one)",
                        set.name
                    ),
                    span: None,
                });
            }
        }
    }
    Ok(())
}
