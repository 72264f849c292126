//! `replace`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use std::borrow::Cow;

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Replace,
    name: "replace",
    params: &[Arg::Text, Arg::Text, Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null text -> null; a null or empty `from` leaves the text unchanged; a null `to` is \"\"",
    doc: "Replaces every occurrence of `from` with `to`.",
    examples: &[
        ex(r#"{"a":"a-b-c"}"#, r#"replace(a, "-", "")"#, r#""abc""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Every occurrence; null text -> null, a null or empty `from` leaves the text unchanged, a null
/// `to` is "".
pub fn call<'a>(s: Option<&'a str>, from: Option<&str>, to: Option<&str>) -> Option<Cow<'a, str>> {
    let s = s?;
    match from {
        Some(f) if !f.is_empty() && s.contains(f) => Some(s.replace(f, to.unwrap_or("")).into()),
        _ => Some(s.into()),
    }
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?, a.text(1)?, a.text(2)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_every_occurrence() {
        assert_eq!(
            call(Some("a.b.c"), Some("."), Some("/")).as_deref(),
            Some("a/b/c")
        );
        assert_eq!(call(Some("abc"), Some(""), Some("x")).as_deref(), Some("abc"));
        assert_eq!(call(Some("abc"), Some("b"), None).as_deref(), Some("ac"));
        assert_eq!(call(None, Some("b"), None), None);
    }
}
