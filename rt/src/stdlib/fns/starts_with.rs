//! `starts_with`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::StartsWith,
    name: "starts_with",
    params: &[Arg::Text, Arg::Text],
    ret: Ret::Scalar(Scalar::Bool),
    nulls: "null text or prefix -> false",
    doc: "Whether a text starts with a prefix.",
    examples: &[
        ex(r#"{"a":"abc"}"#, r#"starts_with(a, "ab")"#, "true"),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Null on either side -> false.
pub fn call(s: Option<&str>, prefix: Option<&str>) -> bool {
    matches!((s, prefix), (Some(s), Some(p)) if s.starts_with(p))
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::bool_json(call(a.text(0)?, a.text(1)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_nulls() {
        assert!(call(Some("abc"), Some("ab")));
        assert!(call(Some("abc"), Some("")));
        assert!(!call(Some("abc"), Some("bc")));
        assert!(!call(None, Some("a")));
        assert!(!call(Some("a"), None));
    }
}
