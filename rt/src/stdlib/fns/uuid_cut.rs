//! `uuid_cut`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::UuidCut,
    name: "uuid_cut",
    params: &[Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Text cut 8-4-4-4-rest with dashes, the shape of a UUID (a subform row's unique_id); text shorter than 32 characters is padded with 0 first.",
    examples: &[
        ex(r#"{"a":"62f10cd1092a5d8c3ea753f911111111"}"#, "uuid_cut(a)", r#""62f10cd1-092a-5d8c-3ea7-53f911111111""#),
        ex(r#"{"a":"1202401051111111111113"}"#, "uuid_cut(a)", r#""12024010-5111-1111-1111-130000000000""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// 8-4-4-4-rest with dashes; text shorter than 32 characters is padded with `0` to 32 first.
/// Counted in characters.
pub fn call(s: Option<&str>) -> Option<String> {
    let mut chars: Vec<char> = s?.chars().collect();
    if chars.len() < 32 {
        chars.resize(32, '0');
    }
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, c) in chars.into_iter().enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push('-');
        }
        out.push(c);
    }
    Some(out)
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_short_text_and_keeps_long_text() {
        assert_eq!(
            call(Some("62f10cd1092a5d8c3ea753f911111111")).as_deref(),
            Some("62f10cd1-092a-5d8c-3ea7-53f911111111")
        );
        assert_eq!(
            call(Some("12")).as_deref(),
            Some("12000000-0000-0000-0000-000000000000")
        );
        assert_eq!(
            call(Some("0123456789abcdef0123456789abcdefXY")).as_deref(),
            Some("01234567-89ab-cdef-0123-456789abcdefXY")
        );
        assert_eq!(call(None), None);
    }
}
