//! Both ends of a [`Call::Uniform`](super::sig::Call) or [`Call::Slice`](super::sig::Call)
//! function: the interpreter's evaluated arguments ([`Args`], read as the function's typed
//! parameters), and its typed result, as compiled code holds it ([`text`], [`int`], [`bool`],
//! [`texts`], [`slice`]) and as the interpreter does (JSON: [`text_json`], [`int_json`],
//! [`bool_json`], [`texts_json`]).

use std::borrow::Cow;

use serde_json::Value;

use super::json;
use crate::{Context, ErrorKind};

static NULL: Value = Value::Null;

/// The evaluated arguments of one call, as JSON; a missing optional argument reads as null.
pub struct Args<'v> {
    values: &'v [&'v Value],
    ctx: &'v Context,
}

impl<'v> Args<'v> {
    pub fn new(values: &'v [&'v Value], ctx: &'v Context) -> Args<'v> {
        Args { values, ctx }
    }

    fn get(&self, i: usize) -> &'v Value {
        self.values.get(i).copied().unwrap_or(&NULL)
    }

    /// A `text` or `date` parameter.
    pub fn text(&self, i: usize) -> Result<Option<&'v str>, ErrorKind> {
        json::text_of(self.get(i))
    }

    /// An `int` parameter.
    pub fn int(&self, i: usize) -> Result<Option<i64>, ErrorKind> {
        json::int_of(self.get(i))
    }

    /// A `text or a number` parameter: a number as `to_string` writes it.
    pub fn text_or_number(&self, i: usize) -> Result<Option<Cow<'v, str>>, ErrorKind> {
        json::text_or_number(self.get(i))
    }

    /// How many arguments there are (a variadic function's).
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// What the run gives every function (the clock).
    pub fn ctx(&self) -> &'v Context {
        self.ctx
    }
}

/// A text result, in any of the shapes a function may return it.
pub trait IntoText {
    fn into_text(self) -> Option<Cow<'static, str>>;
}

impl IntoText for Option<&str> {
    fn into_text(self) -> Option<Cow<'static, str>> {
        self.map(|s| Cow::Owned(s.to_owned()))
    }
}

impl IntoText for Option<String> {
    fn into_text(self) -> Option<Cow<'static, str>> {
        self.map(Cow::Owned)
    }
}

impl IntoText for Option<Cow<'_, str>> {
    fn into_text(self) -> Option<Cow<'static, str>> {
        self.map(|s| Cow::Owned(s.into_owned()))
    }
}

impl IntoText for String {
    fn into_text(self) -> Option<Cow<'static, str>> {
        Some(Cow::Owned(self))
    }
}

/// An int result.
pub trait IntoInt {
    fn into_int(self) -> Option<i64>;
}

impl IntoInt for i64 {
    fn into_int(self) -> Option<i64> {
        Some(self)
    }
}

impl IntoInt for Option<i64> {
    fn into_int(self) -> Option<i64> {
        self
    }
}

/// A bool result.
pub trait IntoBool {
    fn into_bool(self) -> Option<bool>;
}

impl IntoBool for bool {
    fn into_bool(self) -> Option<bool> {
        Some(self)
    }
}

impl IntoBool for Option<bool> {
    fn into_bool(self) -> Option<bool> {
        self
    }
}

/// A text result as compiled code holds text (owned: it outlives the call's arguments).
#[inline]
pub fn text(v: impl IntoText) -> Option<Cow<'static, str>> {
    v.into_text()
}

/// An int result as compiled code holds it.
#[inline]
pub fn int(v: impl IntoInt) -> Option<i64> {
    v.into_int()
}

/// A bool result as compiled code holds it.
#[inline]
pub fn bool(v: impl IntoBool) -> Option<bool> {
    v.into_bool()
}

/// A list-of-text result as compiled code holds it (each element owned and non-null).
#[inline]
pub fn texts(v: Option<Vec<&str>>) -> Option<Vec<Option<Cow<'static, str>>>> {
    v.map(|l| {
        l.into_iter()
            .map(|s| Some(Cow::Owned(s.to_owned())))
            .collect()
    })
}

/// The text result of a [`Call::Slice`](super::sig::Call) function as compiled code holds it:
/// `f` is the function applied to its first argument `s`, whose result is a slice of `s`;
/// borrowed text stays borrowed.
#[inline]
pub fn slice<'r>(
    s: Option<Cow<'r, str>>,
    f: impl for<'x> FnOnce(Option<&'x str>) -> Option<&'x str>,
) -> Option<Cow<'r, str>> {
    match s {
        Some(Cow::Borrowed(b)) => f(Some(b)).map(Cow::Borrowed),
        Some(Cow::Owned(o)) => f(Some(&o)).map(|r| Cow::Owned(r.to_owned())),
        None => f(None).map(|r| Cow::Owned(r.to_owned())),
    }
}

/// [`slice`] of a function that can fail.
#[inline]
pub fn try_slice<'r>(
    s: Option<Cow<'r, str>>,
    f: impl for<'x> FnOnce(Option<&'x str>) -> Result<Option<&'x str>, ErrorKind>,
) -> Result<Option<Cow<'r, str>>, ErrorKind> {
    Ok(match s {
        Some(Cow::Borrowed(b)) => f(Some(b))?.map(Cow::Borrowed),
        Some(Cow::Owned(o)) => f(Some(&o))?.map(|r| Cow::Owned(r.to_owned())),
        None => f(None)?.map(|r| Cow::Owned(r.to_owned())),
    })
}

/// A list-of-text result as the interpreter's JSON.
pub fn texts_json(v: Option<Vec<&str>>) -> Value {
    v.map_or(Value::Null, |l| {
        l.into_iter().map(|s| Value::String(s.to_owned())).collect()
    })
}

/// A text result as the interpreter's JSON.
pub fn text_json(v: impl IntoText) -> Value {
    v.into_text()
        .map_or(Value::Null, |s| Value::String(s.into_owned()))
}

/// An int result as the interpreter's JSON.
pub fn int_json(v: impl IntoInt) -> Value {
    v.into_int().map_or(Value::Null, Value::from)
}

/// A bool result as the interpreter's JSON.
pub fn bool_json(v: impl IntoBool) -> Value {
    v.into_bool().map_or(Value::Null, Value::Bool)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_arguments_read_as_null_and_types_are_checked() {
        let ctx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let (a, n) = (json!("x"), json!(12));
        let vals = [&a, &n];
        let args = Args::new(&vals, &ctx);
        assert_eq!(args.text(0).unwrap(), Some("x"));
        assert_eq!(args.text(5).unwrap(), None);
        assert_eq!(args.int(1).unwrap(), Some(12));
        assert!(args.int(0).is_err());
        assert!(args.text(1).is_err());
        assert_eq!(args.text_or_number(1).unwrap().as_deref(), Some("12"));
    }

    #[test]
    fn every_result_shape_gives_the_same_value() {
        assert_eq!(text(Some("a")), text(Some("a".to_owned())));
        assert_eq!(text(Some(Cow::Borrowed("a"))), text("a".to_owned()));
        assert_eq!(text(None::<&str>), None);
        assert_eq!(text_json(Some("a")), json!("a"));
        assert_eq!(text_json(None::<String>), Value::Null);
        assert_eq!((int(3), int(None)), (Some(3), None));
        assert_eq!((int_json(3), int_json(None)), (json!(3), Value::Null));
        assert_eq!(
            (bool(true), bool_json(Some(false))),
            (Some(true), json!(false))
        );
        assert_eq!(bool_json(None), Value::Null);
        assert_eq!(
            texts(Some(vec!["a", ""])),
            Some(vec![text(Some("a")), text(Some(""))])
        );
        assert_eq!(texts(None), None);
        assert_eq!(texts_json(Some(vec!["a", ""])), json!(["a", ""]));
        assert_eq!(texts_json(None), Value::Null);
    }

    #[test]
    fn a_slice_of_borrowed_text_stays_borrowed() {
        fn tail(s: Option<&str>) -> Option<&str> {
            s.map(|s| &s[1..])
        }
        fn fails(_: Option<&str>) -> Result<Option<&str>, ErrorKind> {
            Err(ErrorKind::Function {
                function: "f".into(),
                reason: "r".into(),
            })
        }
        assert!(matches!(
            slice(Some(Cow::Borrowed("abc")), tail),
            Some(Cow::Borrowed("bc"))
        ));
        assert!(matches!(
            slice(Some(Cow::Owned("abc".to_owned())), tail),
            Some(Cow::Owned(s)) if s == "bc"
        ));
        assert_eq!(slice(None, tail), None);
        assert!(try_slice(Some(Cow::Borrowed("a")), fails).is_err());
        assert!(matches!(
            try_slice(Some(Cow::Borrowed("abc")), |s| Ok(tail(s))),
            Ok(Some(Cow::Borrowed("bc")))
        ));
    }
}
