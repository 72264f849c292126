//! `format_date`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use std::fmt::Write as _;

use chrono::TimeZone;

use crate::stdlib::convert::preview;
use crate::stdlib::date::{self, Instant};

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::FormatDate,
    name: "format_date",
    params: &[Arg::DateLike, Arg::Text, Arg::Text],
    optional: 1,
    ret: Ret::Scalar(Scalar::String),
    can_fail: true,
    nulls: "null date -> null",
    doc: "strftime formatting; a datetime is first converted to `tz` (default UTC).",
    examples: &[
        ex(r#"{"d":"2024-01-31T20:00:00Z"}"#, r#"format_date(d, "%d/%m/%Y", "Asia/Bangkok")"#, r#""01/02/2024""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// strftime formatting of a date or datetime: a datetime is converted to `tz` (default UTC)
/// first; a date is formatted as midnight. Null date -> null; a null format fails.
pub fn call(d: Option<&str>, fmt: Option<&str>, tz: Option<&str>) -> Result<Option<String>, ErrorKind> {
    let Some(fmt) = fmt else {
        return Err(date::fail("format_date", "the format is null"));
    };
    let Some(d) = d else { return Ok(None) };
    // Parsed once: the same items check the format and then write the value.
    let items = date::format_items(fmt).map_err(|r| date::fail("format_date", r))?;
    let instant = Instant::parse(d).ok_or_else(|| {
        date::fail(
            "format_date",
            format!("`{}` is not a date or datetime", preview(d)),
        )
    })?;
    let tz = date::parse_tz("format_date", tz.unwrap_or("UTC"))?;
    let zoned = match instant {
        // A date is a calendar day, not an instant: midnight of that day in `tz`, as written
        // (a zone without that midnight falls back to midnight UTC).
        Instant::Date(d) => {
            let midnight = d.and_time(chrono::NaiveTime::MIN);
            tz.from_local_datetime(&midnight)
                .earliest()
                .unwrap_or_else(|| tz.from_utc_datetime(&midnight))
        }
        Instant::Naive(n) => tz.from_utc_datetime(&n),
        Instant::Zoned(z) => z.with_timezone(&tz),
    };
    let mut out = String::new();
    write!(out, "{}", zoned.format_with_items(items.iter())).map_err(|_| {
        date::fail(
            "format_date",
            format!("`{}` cannot format this value", preview(fmt)),
        )
    })?;
    Ok(Some(out))
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?, a.text(1)?, a.text(2)?)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_zones_and_rejects_bad_formats() {
        let f = |d, fmt, tz| call(Some(d), Some(fmt), tz);
        assert_eq!(
            f("2024-01-31T20:00:00Z", "%Y-%m-%d %H:%M", Some("Asia/Bangkok"))
                .unwrap()
                .unwrap(),
            "2024-02-01 03:00"
        );
        assert_eq!(
            f("2024-01-31", "%d/%m/%Y", Some("Asia/Bangkok")).unwrap().unwrap(),
            "31/01/2024"
        );
        assert_eq!(f("2024-01-31T20:00:00", "%H", None).unwrap().unwrap(), "20");
        assert!(f("2024-01-31", "%Q", None).is_err());
        assert!(f("2024-01-31", "%d", Some("Mars/Olympus")).is_err());
        assert!(f("nope", "%d", None).is_err());
        assert_eq!(call(None, Some("%d"), None).unwrap(), None);
        assert_eq!(
            call(Some("2024-01-31"), None, None).unwrap_err().to_string(),
            date::fail("format_date", "the format is null").to_string()
        );
    }
}
