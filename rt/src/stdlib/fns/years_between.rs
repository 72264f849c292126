//! `years_between`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use chrono::Datelike;

use crate::stdlib::convert::preview;
use crate::stdlib::date::{self, Instant};

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::YearsBetween,
    name: "years_between",
    params: &[Arg::DateLike, Arg::DateLike],
    ret: Ret::Scalar(Scalar::Int),
    can_fail: true,
    nulls: "either null -> null",
    doc: "Whole years from the first date to the second (an age).",
    examples: &[
        ex(r#"{"b":"2010-03-01","d":"2024-02-29"}"#, "years_between(b, d)", "13"),
        ex(r#"{"b":"2010-03-01","d":"2024-03-01"}"#, "years_between(b, d)", "14"),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Whole years from `d1` to `d2` (negative when `d2` is earlier), as ages are counted: a birthday
/// on 29 February is reached on 1 March in other years. Either null -> null.
pub fn call(d1: Option<&str>, d2: Option<&str>) -> Result<Option<i64>, ErrorKind> {
    let (Some(a), Some(b)) = (d1, d2) else {
        return Ok(None);
    };
    let parse = |s: &str| {
        Instant::parse(s)
            .map(Instant::date)
            .ok_or_else(|| date::fail("years_between", format!("`{}` is not a date", preview(s))))
    };
    let (a, b) = (parse(a)?, parse(b)?);
    let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
    let mut years = i64::from(hi.year() - lo.year());
    if (hi.month(), hi.day()) < (lo.month(), lo.day()) {
        years -= 1;
    }
    Ok(Some(sign * years))
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::int_json(call(a.text(0)?, a.text(1)?)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_whole_years() {
        let y = |a, b| call(Some(a), Some(b)).unwrap().unwrap();
        assert_eq!(y("2010-03-01", "2024-02-29"), 13);
        assert_eq!(y("2010-03-01", "2024-03-01"), 14);
        assert_eq!(y("2008-02-29", "2024-02-28"), 15);
        assert_eq!(y("2008-02-29", "2024-02-29"), 16);
        assert_eq!(y("2024-03-01", "2010-03-01"), -14);
        assert_eq!(y("2010-03-01T23:00:00Z", "2011-03-01"), 1);
        assert_eq!(call(None, Some("2024-01-01")).unwrap(), None);
        assert!(call(Some("x"), Some("2024-01-01")).is_err());
    }
}
