//! What the date functions share (their files are `fns::date`, `fns::datetime`,
//! `fns::format_date`, `fns::today`, `fns::years_between`): dates and datetimes are carried as
//! text (`YYYY-MM-DD`, ISO-8601), parsed strictly; a value that does not parse fails the record
//! with the value in the message.

use std::str::FromStr;

use chrono::format::{Item, StrftimeItems};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use super::convert::preview;
use crate::ErrorKind;

/// The zone `today()` uses when none is given: the deployments run in Thailand.
pub const DEFAULT_TZ: &str = "Asia/Bangkok";

pub(crate) fn fail(function: &str, reason: impl Into<String>) -> ErrorKind {
    ErrorKind::Function {
        function: function.to_owned(),
        reason: reason.into(),
    }
}

pub(crate) fn parse_ymd(s: &str) -> Option<NaiveDate> {
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

pub(crate) fn parse_tz(function: &str, tz: &str) -> Result<Tz, ErrorKind> {
    Tz::from_str(tz).map_err(|_| fail(function, format!("unknown time zone `{}`", preview(tz))))
}

/// Whether `fmt` is a valid strftime format (checked before formatting: chrono reports bad
/// formats only while writing).
pub fn check_format(fmt: &str) -> Result<(), String> {
    format_items(fmt).map(drop)
}

/// `fmt`'s strftime items, or why it is not a valid format.
pub(crate) fn format_items(fmt: &str) -> Result<Vec<Item<'_>>, String> {
    StrftimeItems::new(fmt)
        .parse()
        .map_err(|_| format!("`{}` is not a valid strftime format", preview(fmt)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_dates_and_formats() {
        assert!(matches!(
            Instant::parse("2024-02-29"),
            Some(Instant::Date(_))
        ));
        assert!(matches!(
            Instant::parse("2024-02-29T10:00:00"),
            Some(Instant::Naive(_))
        ));
        assert!(matches!(
            Instant::parse("2024-02-29T10:00:00+07:00"),
            Some(Instant::Zoned(_))
        ));
        assert_eq!(Instant::parse("2023-02-29"), None);
        assert_eq!(parse_ymd("2024-1-05"), None);
        assert!(check_format("%Y-%m-%d").is_ok());
        assert!(check_format("%Q").is_err());
        assert!(parse_tz("today", "Mars/Olympus").is_err());
    }
}
