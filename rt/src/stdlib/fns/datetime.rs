//! `datetime`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use std::borrow::Cow;
use crate::stdlib::convert::preview;
use crate::stdlib::date::{self, Instant};

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::DateTime,
    name: "datetime",
    params: &[Arg::DateLike],
    ret: Ret::Scalar(Scalar::DateTime),
    can_fail: true,
    nulls: "null -> null",
    doc: "A datetime validated as ISO-8601 (RFC 3339, or without an offset); a date is midnight UTC.",
    examples: &[
        ex(r#"{"d":"2024-01-01T00:00:00.000Z"}"#, "datetime(d)", r#""2024-01-01T00:00:00.000Z""#),
        ex(r#"{"d":"2024-01-01"}"#, "datetime(d)", r#""2024-01-01T00:00:00Z""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Validated ISO-8601, returned as written; a plain date becomes midnight UTC; null -> null.
pub fn call(s: Option<&str>) -> Result<Option<Cow<'_, str>>, ErrorKind> {
    let Some(s) = s else { return Ok(None) };
    match Instant::parse(s) {
        Some(Instant::Date(_)) => Ok(Some(format!("{s}T00:00:00Z").into())),
        Some(_) => Ok(Some(s.into())),
        None => Err(date::fail(
            "datetime",
            format!("`{}` is not an ISO-8601 datetime", preview(s)),
        )),
    }
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_iso8601() {
        let ok = |s| call(Some(s)).unwrap().map(Cow::into_owned);
        assert_eq!(ok("2023-01-27T00:00:00.000Z").as_deref(), Some("2023-01-27T00:00:00.000Z"));
        assert_eq!(ok("2023-01-27T07:00:00+07:00").as_deref(), Some("2023-01-27T07:00:00+07:00"));
        assert_eq!(ok("2023-01-27T07:00:00").as_deref(), Some("2023-01-27T07:00:00"));
        assert_eq!(ok("2023-01-27").as_deref(), Some("2023-01-27T00:00:00Z"));
        assert!(call(Some("2023-01-27T25:00:00Z")).is_err());
        assert!(call(Some("yesterday")).is_err());
    }
}
