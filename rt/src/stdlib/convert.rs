//! Conversions: `to_string`, `to_number`, `round`, `abs`.

use serde_json::{Number, Value};

use crate::ErrorKind;

fn fail(function: &str, reason: impl Into<String>) -> ErrorKind {
    ErrorKind::Function {
        function: function.to_owned(),
        reason: reason.into(),
    }
}

/// The text of an int.
pub fn int_to_string(n: i64) -> String {
    n.to_string()
}

/// The text of a number exactly as serde_json writes it (`1.5`, `2.0`, `1e300`).
pub fn number_to_string(n: &Number) -> String {
    n.to_string()
}

pub fn bool_to_string(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// `to_string` of any JSON value: text unchanged, numbers and booleans as JSON writes them,
/// lists and objects as compact JSON; null -> null.
pub fn value_to_string(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    Some(match v {
        Value::Null => return None,
        Value::String(s) => s.as_str().into(),
        Value::Number(n) => number_to_string(n).into(),
        Value::Bool(b) => bool_to_string(*b).into(),
        other => other.to_string().into(),
    })
}

/// `to_number` of text: surrounding whitespace is allowed; an integer that fits i64 stays an
/// integer, anything else numeric becomes a float; other text (and "") fails. null -> null.
pub fn to_number(s: Option<&str>) -> Result<Option<Number>, ErrorKind> {
    let Some(raw) = s else { return Ok(None) };
    let t = raw.trim();
    if let Ok(i) = t.parse::<i64>() {
        return Ok(Some(i.into()));
    }
    // Rust also accepts "inf", "NaN" and "1." — JSON numbers only, so check the shape first.
    let shaped = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && t.bytes().any(|b| b.is_ascii_digit());
    match t
        .parse::<f64>()
        .ok()
        .filter(|_| shaped)
        .and_then(Number::from_f64)
    {
        Some(n) => Ok(Some(n)),
        None => Err(fail(
            "to_number",
            format!("`{}` is not a number", preview(raw)),
        )),
    }
}

/// At most 40 characters of user text in an error message.
pub(crate) fn preview(s: &str) -> String {
    let mut p: String = s.chars().take(40).collect();
    if p.len() < s.len() {
        p.push('…');
    }
    p
}

/// `round`: half away from zero; fails outside the int range (and on NaN).
pub fn round(x: f64) -> Result<i64, ErrorKind> {
    let r = x.round();
    // i64::MAX as f64 rounds up to 2^63, which is out of range, hence `<`.
    if r.is_finite() && r >= i64::MIN as f64 && r < i64::MAX as f64 {
        Ok(r as i64)
    } else {
        Err(fail("round", format!("{x} is out of the int range")))
    }
}

/// `abs` of an int; fails on i64::MIN.
pub fn abs_int(x: i64) -> Result<i64, ErrorKind> {
    x.checked_abs()
        .ok_or_else(|| fail("abs", format!("abs({x}) is out of the int range")))
}

pub fn abs_number(x: f64) -> f64 {
    x.abs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn to_number_keeps_ints_and_rejects_text() {
        assert_eq!(to_number(Some(" 12 ")).unwrap(), Some(12.into()));
        assert_eq!(
            to_number(Some("-1.5e2")).unwrap().map(|n| n.as_f64()),
            Some(Some(-150.0))
        );
        assert_eq!(to_number(None).unwrap(), None);
        for bad in ["", "abc", "inf", "NaN", "1,5", "+"] {
            assert!(to_number(Some(bad)).is_err(), "{bad}");
        }
        let big = to_number(Some("99999999999999999999")).unwrap().unwrap();
        assert!(big.is_f64());
    }

    #[test]
    fn to_string_of_values() {
        assert_eq!(value_to_string(&json!(12)).as_deref(), Some("12"));
        assert_eq!(value_to_string(&json!(2.0)).as_deref(), Some("2.0"));
        assert_eq!(value_to_string(&json!(true)).as_deref(), Some("true"));
        assert_eq!(
            value_to_string(&json!([1, "a"])).as_deref(),
            Some("[1,\"a\"]")
        );
        assert_eq!(value_to_string(&Value::Null), None);
    }

    #[test]
    fn round_and_abs() {
        assert_eq!(round(2.5).unwrap(), 3);
        assert_eq!(round(-2.5).unwrap(), -3);
        assert_eq!(round(2.4).unwrap(), 2);
        assert!(round(1e19).is_err());
        assert!(round(f64::NAN).is_err());
        assert_eq!(abs_int(-3).unwrap(), 3);
        assert!(abs_int(i64::MIN).is_err());
        assert_eq!(abs_number(-1.5), 1.5);
        assert_eq!(preview(&"x".repeat(50)).chars().count(), 41);
    }
}
