//! `json` values: `Option<&Value>` borrowed from the input, where `None` is null (a JSON `null`
//! is never `Some`). Every operation goes through the `stdlib` function the interpreter uses.

use std::borrow::Cow;

use crate::stdlib;
use crate::{BinOp, ErrorKind};

pub(crate) static NULL: serde_json::Value = serde_json::Value::Null;

/// A JSON value with `null` read as `None`.
#[inline]
pub fn json(v: Option<&serde_json::Value>) -> Option<&serde_json::Value> {
    v.filter(|v| !v.is_null())
}

/// `v.key`: null unless `v` is an object with that key.
#[inline]
pub fn json_field<'a>(
    v: Option<&'a serde_json::Value>,
    key: &str,
) -> Option<&'a serde_json::Value> {
    json(v.and_then(|v| v.get(key)))
}

/// `v[i]`: null unless `v` is a list that long.
#[inline]
pub fn json_index(v: Option<&serde_json::Value>, i: usize) -> Option<&serde_json::Value> {
    json(v.and_then(|v| v.get(i)))
}

/// A JSON value where text is expected: a string or null.
#[inline]
pub fn json_text(v: Option<&serde_json::Value>) -> Result<Option<&str>, ErrorKind> {
    v.map_or(Ok(None), stdlib::json::text_of)
}

/// An int, or null; any other JSON value fails (a `json` argument of an `int` parameter).
#[inline]
pub fn json_int(v: Option<&serde_json::Value>) -> Result<Option<i64>, ErrorKind> {
    v.map_or(Ok(None), stdlib::json::int_of)
}

/// A JSON value as a condition: null is false, a bool is itself.
#[inline]
pub fn json_bool(v: Option<&serde_json::Value>) -> Result<bool, ErrorKind> {
    stdlib::json::bool_of(v.unwrap_or(&NULL))
}

/// A JSON list's elements (null: `None`); any other value fails.
pub fn json_items(
    v: Option<&serde_json::Value>,
) -> Result<Option<Vec<Option<&serde_json::Value>>>, ErrorKind> {
    Ok(stdlib::json::list_of(v.unwrap_or(&NULL))?
        .map(|a| a.iter().map(|x| json(Some(x))).collect()))
}

/// `first(v)` of a JSON list.
pub fn json_first(v: Option<&serde_json::Value>) -> Result<Option<&serde_json::Value>, ErrorKind> {
    Ok(json(stdlib::list::first(stdlib::json::list_of(
        v.unwrap_or(&NULL),
    )?)))
}

/// `last(v)` of a JSON list.
pub fn json_last(v: Option<&serde_json::Value>) -> Result<Option<&serde_json::Value>, ErrorKind> {
    Ok(json(stdlib::list::last(stdlib::json::list_of(
        v.unwrap_or(&NULL),
    )?)))
}

/// `to_string(v)` of a JSON value.
#[inline]
pub fn json_to_string(v: Option<&serde_json::Value>) -> Option<Cow<'_, str>> {
    v.and_then(stdlib::convert::value_to_string)
}

/// A comparison with a JSON value on either side.
#[inline]
pub fn cmp_json(op: BinOp, a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> bool {
    stdlib::ops::compare_values(op, a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

/// A JSON value compared with text: `compare_values` without building a JSON string when the
/// value is a string (string against string compares the same in both).
#[inline]
pub fn cmp_json_text(op: BinOp, a: Option<&serde_json::Value>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(serde_json::Value::String(x)), Some(y)) => {
            stdlib::ops::compare(op, Some(x.as_str()), Some(y))
        }
        (a, b) => {
            let b = b.map_or(serde_json::Value::Null, |s| {
                serde_json::Value::String(s.to_owned())
            });
            stdlib::ops::compare_values(op, a.unwrap_or(&NULL), &b)
        }
    }
}

/// Text, or a number or bool written as text (`digits_only`, `lookup` keys); null is `None`.
#[inline]
pub fn json_text_or_number(
    v: Option<&serde_json::Value>,
) -> Result<Option<Cow<'_, str>>, ErrorKind> {
    v.map_or(Ok(None), stdlib::json::text_or_number)
}

/// Typed values as owned JSON (to compare or map them like `json`).
#[inline]
pub fn owned_json_text(v: Option<Cow<'_, str>>) -> Option<serde_json::Value> {
    v.map(|s| serde_json::Value::String(s.into_owned()))
}
#[inline]
pub fn owned_json_int(v: Option<i64>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::from)
}
#[inline]
pub fn owned_json_number(v: Option<serde_json::Number>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::Number)
}
#[inline]
pub fn owned_json_bool(v: Option<bool>) -> Option<serde_json::Value> {
    v.map(serde_json::Value::Bool)
}

/// Text compared with a JSON value (the sides in this order).
#[inline]
pub fn cmp_text_json(op: BinOp, a: Option<&str>, b: Option<&serde_json::Value>) -> bool {
    let flipped = match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        other => other,
    };
    cmp_json_text(flipped, b, a)
}
