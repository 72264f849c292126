//! `leading_int`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::LeadingInt,
    name: "leading_int",
    params: &[Arg::TextOrNumber],
    ret: Ret::Scalar(Scalar::Int),
    nulls: "null -> null; text that does not start with a number -> null",
    doc: "The whole number a free text starts with (spaces and a sign allowed before it), as JavaScript's parseInt reads it.",
    examples: &[
        ex(r#"{"a":"40-45"}"#, "leading_int(a)", "40"),
        ex(r#"{"a":" 30.5 ปี"}"#, "leading_int(a)", "30"),
        ex(r#"{"n":30.5}"#, "leading_int(n)", "30"),
        ex(r#"{"a":"อายุ 40"}"#, "leading_int(a)", "null"),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// The whole number a text starts with, after spaces and an optional sign, as JavaScript's
/// `parseInt(s, 10)` reads it (`"40-45"` -> 40, `"30.5"` -> 30); null when the text does not
/// start with an ASCII digit or the number does not fit an int.
pub fn call(s: Option<&str>) -> Option<i64> {
    let t = s?.trim_start();
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let end = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n: i64 = rest[..end].parse().ok()?;
    Some(if neg { -n } else { n })
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::int_json(call(a.text_or_number(0)?.as_deref())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_parse_int() {
        assert_eq!(call(Some("40-45")), Some(40));
        assert_eq!(call(Some("30.5")), Some(30));
        assert_eq!(call(Some("  -7 ปี")), Some(-7));
        assert_eq!(call(Some("+12")), Some(12));
        assert_eq!(call(Some("ปี 40")), None);
        assert_eq!(call(Some("- 5")), None);
        assert_eq!(call(Some("")), None);
        assert_eq!(call(Some("99999999999999999999")), None);
        assert_eq!(call(None), None);
    }
}
