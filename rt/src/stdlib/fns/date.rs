//! `date`: the uniform convention for a slice of its argument ([`Call::Slice`]): its
//! signature, its implementation ([`call`], which compiled code calls) and the interpreter's
//! call of it (`slice`).

use crate::stdlib::convert::preview;
use crate::stdlib::date;

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Date,
    name: "date",
    params: &[Arg::DateLike],
    ret: Ret::Scalar(Scalar::Date),
    can_fail: true,
    nulls: "null -> null",
    doc: "The first 10 characters of a date or datetime, validated as YYYY-MM-DD.",
    examples: &[
        ex(r#"{"d":"2024-02-29T23:00:00Z"}"#, "date(d)", r#""2024-02-29""#),
    ],
    call: Call::Slice { slice },
    ..Signature::DEFAULTS
};

/// The first 10 characters of a date or datetime, validated; null -> null.
pub fn call(s: Option<&str>) -> Result<Option<&str>, ErrorKind> {
    let Some(s) = s else { return Ok(None) };
    let head = s.get(..10).unwrap_or(s);
    let rest_ok = s.len() == 10 || matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' '));
    match date::parse_ymd(head) {
        Some(_) if rest_ok => Ok(Some(head)),
        _ => Err(date::fail(
            "date",
            format!("`{}` is not a date (YYYY-MM-DD)", preview(s)),
        )),
    }
}

fn slice<'x>(s: Option<&'x str>, _: &Args<'_>) -> Result<Option<&'x str>, ErrorKind> {
    call(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_date_part_and_validates() {
        assert_eq!(
            call(Some("2024-02-29T10:00:00Z")).unwrap(),
            Some("2024-02-29")
        );
        assert_eq!(call(Some("2024-02-29")).unwrap(), Some("2024-02-29"));
        assert_eq!(call(None).unwrap(), None);
        for bad in [
            "2023-02-29",
            "2024-1-05",
            "24-01-01",
            "2024-01-011",
            "",
            "tomorrow",
            "2024-01-01x",
        ] {
            assert!(call(Some(bad)).is_err(), "{bad}");
        }
    }
}
