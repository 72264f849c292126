//! `trim`: the uniform convention for a slice of its argument ([`Call::Slice`]): its
//! signature, its implementation ([`call`], which compiled code calls) and the interpreter's
//! call of it (`slice`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Trim,
    name: "trim",
    params: &[Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Removes leading and trailing whitespace.",
    examples: &[
        ex(r#"{"a":"  x "}"#, "trim(a)", r#""x""#),
        ex(r#"{"a":null}"#, "trim(a)", "null"),
    ],
    call: Call::Slice { slice },
    ..Signature::DEFAULTS
};

/// Removes leading and trailing whitespace; null -> null.
pub fn call(s: Option<&str>) -> Option<&str> {
    s.map(str::trim)
}

fn slice<'x>(s: Option<&'x str>, _: &Args<'_>) -> Result<Option<&'x str>, ErrorKind> {
    Ok(call(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_unicode_whitespace_at_both_ends() {
        assert_eq!(call(Some(" \n a b\t")), Some("a b"));
        assert_eq!(call(Some("\u{3000}ก\u{3000}")), Some("ก"));
        assert_eq!(call(None), None);
    }
}
