//! The one place where names from specs (Primero field names, option codes, transform names)
//! become Rust identifiers. Everything emitted goes through here so that two spellings never
//! meet in generated code: `formsection-incident-details-fe05aa3` -> `formsection_incident_details_fe05aa3`,
//! `1st_visit` -> `_1st_visit`, `type` -> `r#type`, `self` -> `self_`. The JSON key is kept by
//! the caller with `#[serde(rename = "…")]` whenever the identifier differs from it.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span};

/// Keywords of Rust 2024 (strict and reserved). `self`, `Self`, `super`, `crate` cannot be raw.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];
/// Keywords that cannot be raw identifiers: they get a trailing underscore instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// `snake_case` identifier for a field or module: every run of characters that are not ASCII
/// alphanumerics (underscores included) becomes one `_`, leading and trailing ones dropped; a leading digit gets a `_` prefix; keywords become raw.
pub fn snake(name: &str) -> Ident {
    make(&snake_text(name))
}

/// The text of [`snake`] (before keyword handling): lowercase ASCII, digits and `_`.
pub fn snake_text(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c == '_' {
            gap = true;
        } else if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        out.push_str("field");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// `CamelCase` identifier for a type or enum variant: words split at non-alphanumerics and `_`.
pub fn camel(name: &str) -> Ident {
    make(&camel_text(name))
}

pub fn camel_text(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.is_empty() {
        out.push('X');
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// An identifier from already-sanitised text, raw or suffixed when it is a keyword.
fn make(text: &str) -> Ident {
    if NOT_RAW.contains(&text) {
        Ident::new(&format!("{text}_"), Span::call_site())
    } else if KEYWORDS.contains(&text) {
        Ident::new_raw(text, Span::call_site())
    } else {
        Ident::new(text, Span::call_site())
    }
}

/// Hands out unique identifiers within one scope (struct fields, enum variants): a name that
/// sanitises to one already taken gets `_2`, `_3` (`2`, `3` for CamelCase), … in the order names are offered, so the
/// result is deterministic for a given spec.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Scope::default()
    }

    /// Reserve a name the generated code uses itself (e.g. `Unknown`).
    pub fn reserve(&mut self, text: &str) {
        self.taken.insert(text.to_owned());
    }

    pub fn snake(&mut self, name: &str) -> Ident {
        let t = self.unique(snake_text(name), "_");
        make(&t)
    }

    pub fn camel(&mut self, name: &str) -> Ident {
        let t = self.unique(camel_text(name), "");
        make(&t)
    }

    fn unique(&mut self, base: String, sep: &str) -> String {
        let mut t = base.clone();
        let mut n = 2;
        while self.taken.contains(&t) {
            t = format!("{base}{sep}{n}");
            n += 1;
        }
        self.taken.insert(t.clone());
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primero_names_become_snake_identifiers() {
        assert_eq!(
            snake("formsection-incident-details-fe05aa3").to_string(),
            "formsection_incident_details_fe05aa3"
        );
        assert_eq!(snake("witnesses__6c0a33c").to_string(), "witnesses_6c0a33c");
        assert_eq!(snake("_private_").to_string(), "private");
        assert_eq!(snake("1st_visit").to_string(), "_1st_visit");
        assert_eq!(snake("Case ID").to_string(), "case_id");
        assert_eq!(snake("ชื่อ").to_string(), "field");
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(snake("type").to_string(), "r#type");
        assert_eq!(snake("match").to_string(), "r#match");
        assert_eq!(snake("self").to_string(), "self_");
        assert_eq!(snake("crate").to_string(), "crate_");
        assert_eq!(camel("self").to_string(), "Self_");
    }

    #[test]
    fn camel_case_for_types_and_variants() {
        assert_eq!(camel("unknown_270da62").to_string(), "Unknown270da62");
        assert_eq!(camel("plh_frequency_7").to_string(), "PlhFrequency7");
        assert_eq!(camel("18_to_25").to_string(), "V18To25");
        assert_eq!(camel("lookup-th-relation").to_string(), "LookupThRelation");
    }

    #[test]
    fn scope_disambiguates_collisions_in_offer_order() {
        let mut s = Scope::new();
        s.reserve("Unknown");
        assert_eq!(s.camel("unknown").to_string(), "Unknown2");
        assert_eq!(s.camel("a_b").to_string(), "AB");
        assert_eq!(s.camel("a-b").to_string(), "AB2");
        let mut f = Scope::new();
        assert_eq!(f.snake("a-b").to_string(), "a_b");
        assert_eq!(f.snake("a b").to_string(), "a_b_2");
    }
}
