//! Unpacking `json`-typed values: what the interpreter (and generated code, for values the
//! checker could only type as `json`) does when a value has an unexpected kind. One place, so
//! the error messages are the same on both sides.

use std::borrow::Cow;

use serde_json::Value;

use super::convert;
use crate::ErrorKind;

/// Parses one record's JSON bytes. UTF-8 is checked once for the whole record, then the text is
/// parsed by [`crate::json_in::from_str`] (serde_json's result, read faster where the text is
/// plain; serde_json's byte parser checks every string it reads instead, which costs more);
/// bytes that are not UTF-8 go to the byte parser, so what is accepted or rejected, and the
/// error's position, are those of `serde_json::from_slice`. The check is simdutf8's (SIMD,
/// picked at run time): the records are mostly non-ASCII text, where `std::str::from_utf8` goes
/// a byte at a time (9 % of `transform`'s time on the bench). Used by `preview`, the bench's
/// interpreter runs and generated code ([`crate::read_bytes`]).
pub fn from_record_bytes<'a, T: serde::Deserialize<'a>>(bytes: &'a [u8]) -> serde_json::Result<T> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => crate::json_in::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    }
}

/// The bare name of a value's JSON type, as input checks name it: "string", "list", …
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// The kind of a value as messages name it: "a string", "an int", …
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a bool",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an int",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// "expected `expected`, found <kind of v>".
pub fn wrong(expected: &str, v: &Value) -> ErrorKind {
    ErrorKind::WrongType {
        expected: expected.to_owned(),
        found: kind(v).to_owned(),
    }
}

/// A string, or null.
pub fn text_of(v: &Value) -> Result<Option<&str>, ErrorKind> {
    match v {
        Value::String(s) => Ok(Some(s)),
        Value::Null => Ok(None),
        other => Err(wrong("text", other)),
    }
}

/// Text, or a number / bool rendered as `to_string` does (`digits_only`, `lookup` keys).
pub fn text_or_number(v: &Value) -> Result<Option<Cow<'_, str>>, ErrorKind> {
    match v {
        Value::Array(_) | Value::Object(_) => Err(wrong("text or a number", v)),
        other => Ok(convert::value_to_string(other)),
    }
}

/// An integer, or null.
pub fn int_of(v: &Value) -> Result<Option<i64>, ErrorKind> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => n.as_i64().map(Some).ok_or_else(|| wrong("an int", v)),
        other => Err(wrong("an int", other)),
    }
}

/// A list, or null.
pub fn list_of(v: &Value) -> Result<Option<&[Value]>, ErrorKind> {
    match v {
        Value::Array(a) => Ok(Some(a)),
        Value::Null => Ok(None),
        other => Err(wrong("a list", other)),
    }
}

/// A condition's value: null is false.
pub fn bool_of(v: &Value) -> Result<bool, ErrorKind> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Null => Ok(false),
        other => Err(wrong("a bool", other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unpacking() {
        assert_eq!(text_of(&json!("a")).unwrap(), Some("a"));
        assert_eq!(text_of(&json!(null)).unwrap(), None);
        assert_eq!(
            text_of(&json!(1)).unwrap_err().to_string(),
            "expected text, found an int"
        );
        assert_eq!(text_or_number(&json!(12)).unwrap().as_deref(), Some("12"));
        assert!(text_or_number(&json!([1])).is_err());
        assert_eq!(int_of(&json!(3)).unwrap(), Some(3));
        assert!(int_of(&json!(1.5)).is_err());
        assert_eq!(list_of(&json!([1])).unwrap().map(<[Value]>::len), Some(1));
        assert!(!bool_of(&json!(null)).unwrap());
        assert_eq!(
            bool_of(&json!("x")).unwrap_err().to_string(),
            "expected a bool, found a string"
        );
        assert_eq!(kind(&json!(1.5)), "a number");
    }
}
