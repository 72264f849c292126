//! Dates and datetimes, carried as text (`YYYY-MM-DD`, ISO-8601). Parsing is strict; a value
//! that does not parse fails the record with the value in the message.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::str::FromStr;

use chrono::format::{Item, StrftimeItems};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::convert::preview;
use crate::ErrorKind;

/// The zone `today()` uses when none is given: the deployments run in Thailand.
pub const DEFAULT_TZ: &str = "Asia/Bangkok";

fn fail(function: &str, reason: impl Into<String>) -> ErrorKind {
    ErrorKind::Function {
        function: function.to_owned(),
        reason: reason.into(),
    }
}

fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `date(x)`: the first 10 characters of a date or datetime, validated; null -> null.
pub fn date(s: Option<&str>) -> Result<Option<&str>, ErrorKind> {
    let Some(s) = s else { return Ok(None) };
    let head = s.get(..10).unwrap_or(s);
    let rest_ok = s.len() == 10 || matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' '));
    match parse_ymd(head) {
        Some(_) if rest_ok => Ok(Some(head)),
        _ => Err(fail(
            "date",
            format!("`{}` is not a date (YYYY-MM-DD)", preview(s)),
        )),
    }
}

/// A parsed date or datetime.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instant {
    Date(NaiveDate),
    /// Without an offset: read as UTC.
    Naive(NaiveDateTime),
    Zoned(DateTime<FixedOffset>),
}

impl Instant {
    pub fn parse(s: &str) -> Option<Instant> {
        if let Some(d) = parse_ymd(s) {
            return Some(Instant::Date(d));
        }
        if s.get(..10).is_none_or(|h| parse_ymd(h).is_none()) {
            return None;
        }
        if let Ok(z) = DateTime::parse_from_rfc3339(s) {
            return Some(Instant::Zoned(z));
        }
        [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .map(Instant::Naive)
    }

    /// The calendar date as written (a zoned datetime keeps its own offset's date).
    pub fn date(self) -> NaiveDate {
        match self {
            Instant::Date(d) => d,
            Instant::Naive(n) => n.date(),
            Instant::Zoned(z) => z.date_naive(),
        }
    }
}

/// `datetime(x)`: validated ISO-8601, returned as written; a plain date becomes midnight UTC.
pub fn datetime(s: Option<&str>) -> Result<Option<Cow<'_, str>>, ErrorKind> {
    let Some(s) = s else { return Ok(None) };
    match Instant::parse(s) {
        Some(Instant::Date(_)) => Ok(Some(format!("{s}T00:00:00Z").into())),
        Some(_) => Ok(Some(s.into())),
        None => Err(fail(
            "datetime",
            format!("`{}` is not an ISO-8601 datetime", preview(s)),
        )),
    }
}

fn parse_tz(function: &str, tz: &str) -> Result<Tz, ErrorKind> {
    Tz::from_str(tz).map_err(|_| fail(function, format!("unknown time zone `{}`", preview(tz))))
}

/// Whether `fmt` is a valid strftime format (checked before formatting: chrono reports bad
/// formats only while writing).
pub fn check_format(fmt: &str) -> Result<(), String> {
    if StrftimeItems::new(fmt).any(|i| matches!(i, Item::Error)) {
        Err(format!("`{}` is not a valid strftime format", preview(fmt)))
    } else {
        Ok(())
    }
}

/// `format_date(d, fmt, tz?)`: a datetime is converted to `tz` (default UTC) first; a date is
/// formatted as midnight. null date -> null.
pub fn format_date(
    d: Option<&str>,
    fmt: &str,
    tz: Option<&str>,
) -> Result<Option<String>, ErrorKind> {
    let Some(d) = d else { return Ok(None) };
    check_format(fmt).map_err(|r| fail("format_date", r))?;
    let instant = Instant::parse(d).ok_or_else(|| {
        fail(
            "format_date",
            format!("`{}` is not a date or datetime", preview(d)),
        )
    })?;
    let tz = parse_tz("format_date", tz.unwrap_or("UTC"))?;
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
    write!(out, "{}", zoned.format(fmt)).map_err(|_| {
        fail(
            "format_date",
            format!("`{}` cannot format this value", preview(fmt)),
        )
    })?;
    Ok(Some(out))
}

/// `today(tz?)`: the date of `now` in `tz` (default Asia/Bangkok).
pub fn today(now: DateTime<Utc>, tz: Option<&str>) -> Result<String, ErrorKind> {
    let tz = parse_tz("today", tz.unwrap_or(DEFAULT_TZ))?;
    Ok(now
        .with_timezone(&tz)
        .date_naive()
        .format("%Y-%m-%d")
        .to_string())
}

/// `years_between(d1, d2)`: whole years from `d1` to `d2` (negative when `d2` is earlier), as
/// ages are counted: a birthday on 29 February is reached on 1 March in other years.
pub fn years_between(d1: Option<&str>, d2: Option<&str>) -> Result<Option<i64>, ErrorKind> {
    let (Some(a), Some(b)) = (d1, d2) else {
        return Ok(None);
    };
    let parse = |s: &str| {
        Instant::parse(s)
            .map(Instant::date)
            .ok_or_else(|| fail("years_between", format!("`{}` is not a date", preview(s))))
    };
    let (a, b) = (parse(a)?, parse(b)?);
    let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
    let mut years = i64::from(hi.year() - lo.year());
    if (hi.month(), hi.day()) < (lo.month(), lo.day()) {
        years -= 1;
    }
    Ok(Some(sign * years))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_takes_the_date_part_and_validates() {
        assert_eq!(
            date(Some("2024-02-29T10:00:00Z")).unwrap(),
            Some("2024-02-29")
        );
        assert_eq!(date(Some("2024-02-29")).unwrap(), Some("2024-02-29"));
        assert_eq!(date(None).unwrap(), None);
        for bad in [
            "2023-02-29",
            "2024-1-05",
            "24-01-01",
            "2024-01-011",
            "",
            "tomorrow",
            "2024-01-01x",
        ] {
            assert!(date(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn datetime_validates_iso8601() {
        assert_eq!(
            datetime(Some("2023-01-27T00:00:00.000Z"))
                .unwrap()
                .as_deref(),
            Some("2023-01-27T00:00:00.000Z")
        );
        assert_eq!(
            datetime(Some("2023-01-27T07:00:00+07:00"))
                .unwrap()
                .as_deref(),
            Some("2023-01-27T07:00:00+07:00")
        );
        assert_eq!(
            datetime(Some("2023-01-27T07:00:00")).unwrap().as_deref(),
            Some("2023-01-27T07:00:00")
        );
        assert_eq!(
            datetime(Some("2023-01-27")).unwrap().as_deref(),
            Some("2023-01-27T00:00:00Z")
        );
        assert!(datetime(Some("2023-01-27T25:00:00Z")).is_err());
        assert!(datetime(Some("yesterday")).is_err());
    }

    #[test]
    fn format_date_converts_zones_and_rejects_bad_formats() {
        let f = |d, fmt, tz| format_date(Some(d), fmt, tz);
        assert_eq!(
            f(
                "2024-01-31T20:00:00Z",
                "%Y-%m-%d %H:%M",
                Some("Asia/Bangkok")
            )
            .unwrap()
            .unwrap(),
            "2024-02-01 03:00"
        );
        assert_eq!(
            f("2024-01-31", "%d/%m/%Y", Some("Asia/Bangkok"))
                .unwrap()
                .unwrap(),
            "31/01/2024"
        );
        assert_eq!(f("2024-01-31T20:00:00", "%H", None).unwrap().unwrap(), "20");
        assert!(f("2024-01-31", "%Q", None).is_err());
        assert!(f("2024-01-31", "%d", Some("Mars/Olympus")).is_err());
        assert!(f("nope", "%d", None).is_err());
        assert_eq!(format_date(None, "%d", None).unwrap(), None);
        assert!(check_format("%Y-%m-%d").is_ok());
    }

    #[test]
    fn today_uses_the_injected_clock_in_bangkok() {
        let now = DateTime::parse_from_rfc3339("2024-01-31T18:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(today(now, None).unwrap(), "2024-02-01");
        assert_eq!(today(now, Some("UTC")).unwrap(), "2024-01-31");
        assert!(today(now, Some("Nowhere")).is_err());
    }

    #[test]
    fn years_between_counts_whole_years() {
        let y = |a, b| years_between(Some(a), Some(b)).unwrap().unwrap();
        assert_eq!(y("2010-03-01", "2024-02-29"), 13);
        assert_eq!(y("2010-03-01", "2024-03-01"), 14);
        assert_eq!(y("2008-02-29", "2024-02-28"), 15);
        assert_eq!(y("2008-02-29", "2024-02-29"), 16);
        assert_eq!(y("2024-03-01", "2010-03-01"), -14);
        assert_eq!(y("2010-03-01T23:00:00Z", "2011-03-01"), 1);
        assert_eq!(years_between(None, Some("2024-01-01")).unwrap(), None);
        assert!(years_between(Some("x"), Some("2024-01-01")).is_err());
    }
}
