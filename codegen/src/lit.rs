//! String literals that keep Thai (and every other printable text) as written. `quote` and
//! `syn::LitStr` escape characters such as Thai combining vowels (`หญิง` would become
//! `ห\u{e0d}\u{e34}ง`), which makes generated code unreadable for the analysts who review it.
//! Here only `\`, `"` and control characters are escaped, and the literal is parsed from that
//! text so proc-macro2 prints it back unchanged.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// A `&'static str` literal with `text` readable in the source.
pub fn str_lit(text: &str) -> Literal {
    let mut src = String::with_capacity(text.len() + 2);
    src.push('"');
    for c in text.chars() {
        match c {
            '\\' => src.push_str("\\\\"),
            '"' => src.push_str("\\\""),
            '\n' => src.push_str("\\n"),
            '\r' => src.push_str("\\r"),
            '\t' => src.push_str("\\t"),
            c if c.is_control() => src.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => src.push(c),
        }
    }
    src.push('"');
    // A string built as above is always a valid literal; fall back to quote's escaping anyway.
    src.parse::<Literal>()
        .unwrap_or_else(|_| Literal::string(text))
}

/// Doc-comment text from user data: one line, no tabs, with the leading space rustdoc expects.
pub fn doc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    out.push(' ');
    for c in text.chars() {
        out.push(if c.is_control() { ' ' } else { c });
    }
    out
}

/// `::serde_json::Value` built from a JSON constant at run time (for `const:` and `default:`).
pub fn json_value(v: &serde_json::Value) -> TokenStream {
    use serde_json::Value;
    match v {
        Value::Null => quote!(::serde_json::Value::Null),
        Value::Bool(b) => quote!(::serde_json::Value::Bool(#b)),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                quote!(::serde_json::Value::from(#i))
            } else if let Some(u) = n.as_u64() {
                quote!(::serde_json::Value::from(#u))
            } else {
                let f = n.as_f64().unwrap_or(0.0);
                quote!(::serde_json::Value::from(#f))
            }
        }
        Value::String(s) => {
            let l = str_lit(s);
            quote!(::serde_json::Value::String(::std::string::String::from(#l)))
        }
        Value::Array(items) => {
            let items = items.iter().map(json_value);
            quote!(::serde_json::Value::Array(::std::vec![#(#items),*]))
        }
        Value::Object(m) => {
            let entries = m.iter().map(|(k, v)| {
                let k = str_lit(k);
                let v = json_value(v);
                quote!((::std::string::String::from(#k), #v))
            });
            quote!(::serde_json::Value::Object(::serde_json::Map::from_iter([#(#entries),*])))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_stays_readable() {
        assert_eq!(str_lit("ผู้หญิง").to_string(), "\"ผู้หญิง\"");
        assert_eq!(str_lit("หญิง").to_string(), "\"หญิง\"");
        assert_eq!(str_lit("😀 ok").to_string(), "\"😀 ok\"");
    }

    #[test]
    fn quotes_backslashes_and_controls_are_escaped() {
        assert_eq!(
            str_lit("a\"b\\c\nd\u{1}").to_string(),
            r#""a\"b\\c\nd\u{1}""#
        );
    }

    #[test]
    fn literal_parses_back_to_the_same_text() {
        for s in ["ผู้หญิง", "a\"b", "tab\there", "\u{7f}x", ""] {
            let lit: syn::LitStr = syn::parse_str(&str_lit(s).to_string()).expect("valid literal");
            assert_eq!(lit.value(), s);
        }
    }
}
