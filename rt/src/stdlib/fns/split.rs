//! `split`: the uniform convention ([`Call::Uniform`]), with a list of text for a result: its
//! signature, its implementation ([`call`], which compiled code calls) and the interpreter's
//! call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Split,
    name: "split",
    params: &[Arg::Text, Arg::Text],
    ret: Ret::ListOfString,
    nulls: "null text -> null; a null or empty separator splits into characters",
    doc: "Splits text at every occurrence of the separator.",
    examples: &[
        ex(r#"{"a":"a,b,,c"}"#, r#"split(a, ",")"#, r#"["a","b","","c"]"#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// The text cut at every occurrence of `sep`; null text -> null, a null or empty separator
/// cuts between characters.
pub fn call<'a>(s: Option<&'a str>, sep: Option<&str>) -> Option<Vec<&'a str>> {
    let s = s?;
    Some(match sep {
        Some(sep) if !sep.is_empty() => s.split(sep).collect(),
        _ => s
            .char_indices()
            .map(|(i, c)| &s[i..i + c.len_utf8()])
            .collect(),
    })
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::texts_json(call(a.text(0)?, a.text(1)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_the_separator_or_between_characters() {
        assert_eq!(call(Some("a,,b"), Some(",")), Some(vec!["a", "", "b"]));
        assert_eq!(call(Some("กข"), None), Some(vec!["ก", "ข"]));
        assert_eq!(call(Some("กข"), Some("")), Some(vec!["ก", "ข"]));
        assert_eq!(call(None, Some(",")), None);
    }
}
