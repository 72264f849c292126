//! What expressions over typed values compile to: null is `None`, text is `Cow<str>`. Every
//! operation with semantics of its own goes through the `stdlib` function the interpreter uses.

use std::borrow::Cow;

use crate::stdlib;
use crate::{BinOp, Context, ErrorKind};

#[inline]
pub fn text<'a>(v: Option<&'a Cow<'_, str>>) -> Option<Cow<'a, str>> {
    v.map(|s| Cow::Borrowed(&**s))
}

#[inline]
pub fn truthy(v: Option<bool>) -> bool {
    v.unwrap_or(false)
}

/// The record's key for error messages.
pub fn key_text(v: Option<Cow<'_, str>>) -> Option<String> {
    v.map(Cow::into_owned)
}

/// A parameter's value as text (its default when the run did not set it).
pub fn param_text<'a>(
    ctx: &'a Context,
    name: &str,
    default: Option<&'static str>,
) -> Option<Cow<'a, str>> {
    match ctx.params.get(name) {
        Some(serde_json::Value::String(s)) => Some(Cow::Borrowed(s.as_str())),
        Some(serde_json::Value::Null) => None,
        Some(other) => Some(Cow::Owned(other.to_string())),
        None => default.map(Cow::Borrowed),
    }
}

/// `a OP b` for ints (`/` rounds, as `stdlib::ops::arith_int`): null on either side gives null.
#[inline]
pub fn arith_int(op: BinOp, a: Option<i64>, b: Option<i64>) -> Result<Option<i64>, ErrorKind> {
    match (a, b) {
        (Some(a), Some(b)) => stdlib::ops::arith_int(op, a, b).map(Some),
        _ => Ok(None),
    }
}

/// `a OP b` as floats; a result JSON cannot hold is null (as in the interpreter).
#[inline]
pub fn arith_number(
    op: BinOp,
    a: Option<serde_json::Number>,
    b: Option<serde_json::Number>,
) -> Result<Option<serde_json::Number>, ErrorKind> {
    match (
        a.as_ref().and_then(serde_json::Number::as_f64),
        b.as_ref().and_then(serde_json::Number::as_f64),
    ) {
        (Some(x), Some(y)) => Ok(serde_json::Number::from_f64(stdlib::ops::arith_number(
            op, x, y,
        )?)),
        _ => Ok(None),
    }
}

#[inline]
pub fn neg_number(a: Option<serde_json::Number>) -> Option<serde_json::Number> {
    a.and_then(|n| n.as_f64())
        .and_then(|x| serde_json::Number::from_f64(-x))
}

/// A number compared the way `stdlib::ops::cmp_numbers` does (ints exactly).
struct NumOrd<'a>(&'a serde_json::Number);

impl PartialEq for NumOrd<'_> {
    fn eq(&self, o: &Self) -> bool {
        stdlib::ops::cmp_numbers(self.0, o.0) == Some(std::cmp::Ordering::Equal)
    }
}

impl PartialOrd for NumOrd<'_> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        stdlib::ops::cmp_numbers(self.0, o.0)
    }
}

#[inline]
pub fn compare_numbers(
    op: BinOp,
    a: Option<&serde_json::Number>,
    b: Option<&serde_json::Number>,
) -> bool {
    stdlib::ops::compare(op, a.map(NumOrd), b.map(NumOrd))
}

/// `round(x)`: ints stay, floats round half away from zero.
pub fn round(n: Option<&serde_json::Number>) -> Result<Option<i64>, ErrorKind> {
    match n {
        None => Ok(None),
        Some(n) => match n.as_i64() {
            Some(i) if !n.is_f64() => Ok(Some(i)),
            _ => stdlib::convert::round(n.as_f64().unwrap_or(f64::NAN)).map(Some),
        },
    }
}

pub fn abs_number(n: Option<&serde_json::Number>) -> Option<serde_json::Number> {
    n.and_then(|n| {
        serde_json::Number::from_f64(stdlib::convert::abs_number(n.as_f64().unwrap_or(f64::NAN)))
    })
}

#[inline]
pub fn neg_int(a: Option<i64>) -> Result<Option<i64>, ErrorKind> {
    a.map(stdlib::ops::neg_int).transpose()
}

/// `to_string` of an int and of a bool.
#[inline]
pub fn int_text(v: Option<i64>) -> Option<Cow<'static, str>> {
    v.map(|i| Cow::Owned(stdlib::convert::int_to_string(i)))
}
#[inline]
pub fn bool_text(v: Option<bool>) -> Option<Cow<'static, str>> {
    v.map(|b| Cow::Borrowed(stdlib::convert::bool_to_string(b)))
}

/// An ordering comparison of an object or list with null: never true (the side is evaluated).
#[inline]
pub fn never<T>(_v: Option<T>) -> bool {
    false
}
