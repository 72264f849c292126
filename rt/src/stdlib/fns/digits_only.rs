//! `digits_only`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::DigitsOnly,
    name: "digits_only",
    params: &[Arg::TextOrNumber],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Keeps the ASCII digits.",
    examples: &[
        ex(r#"{"id":"1-1111-11111-11-3"}"#, "digits_only(id)", r#""1111111111113""#),
        ex(r#"{"n":1111111111113}"#, "digits_only(n)", r#""1111111111113""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// The ASCII digits; null -> null.
pub fn call(s: Option<&str>) -> Option<String> {
    s.map(|s| s.chars().filter(char::is_ascii_digit).collect())
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text_or_number(0)?.as_deref())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ascii_digits_only() {
        assert_eq!(
            call(Some("1-1111-11111-11-3")),
            Some("1111111111113".to_owned())
        );
        assert_eq!(call(Some("๑2")), Some("2".to_owned()));
        assert_eq!(call(None), None);
    }
}
