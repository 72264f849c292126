//! `substr`: the uniform convention for a slice of its argument ([`Call::Slice`]): its
//! signature, its implementation ([`call`], which compiled code calls) and the interpreter's
//! call of it (`slice`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Substr,
    name: "substr",
    params: &[Arg::Text, Arg::Int, Arg::Int],
    optional: 1,
    ret: Ret::Scalar(Scalar::String),
    nulls: "null text or start -> null; a null or absent length means to the end",
    doc: "Characters from `start` (0-based), at most `len` of them; out of range is clamped.",
    examples: &[
        ex(r#"{"d":"2024-01-31T10:00:00Z"}"#, "substr(d, 0, 10)", r#""2024-01-31""#),
        ex(r#"{"a":"ผู้ชาย"}"#, "substr(a, 1)", r#""ู้ชาย""#),
        ex(r#"{"a":"abc"}"#, "substr(a, 5, 2)", r#""""#),
    ],
    call: Call::Slice { slice },
    ..Signature::DEFAULTS
};

/// Characters from `start`, at most `len` of them, clamped; null text or start -> null, a null
/// length means "to the end", a negative start counts as 0 and a negative length as 0.
pub fn call(s: Option<&str>, start: Option<i64>, len: Option<i64>) -> Option<&str> {
    let (s, start) = (s?, start?);
    let start = usize::try_from(start.max(0)).unwrap_or(usize::MAX);
    let begin = byte_offset(s, start);
    let rest = &s[begin..];
    let end = match len {
        None => rest.len(),
        Some(n) => byte_offset(rest, usize::try_from(n.max(0)).unwrap_or(usize::MAX)),
    };
    Some(&rest[..end])
}

/// The byte offset of the `n`th character, or the length when there are fewer.
fn byte_offset(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

fn slice<'x>(s: Option<&'x str>, a: &Args<'_>) -> Result<Option<&'x str>, ErrorKind> {
    Ok(call(s, a.int(1)?, a.int(2)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_and_clamps() {
        assert_eq!(call(Some("ผู้ชาย"), Some(0), Some(2)), Some("ผู"));
        assert_eq!(call(Some("abc"), Some(-3), Some(2)), Some("ab"));
        assert_eq!(call(Some("abc"), Some(1), Some(-1)), Some(""));
        assert_eq!(call(Some("abc"), Some(9), None), Some(""));
        assert_eq!(call(Some("abc"), Some(1), Some(i64::MAX)), Some("bc"));
        assert_eq!(call(None, Some(0), None), None);
        assert_eq!(call(Some("abc"), None, None), None);
    }
}
