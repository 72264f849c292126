//! Value maps (`map:` rules and `lookup()`): a generated `match` finds the entry;
//! [`stdlib::translate::apply_lookup_policy`] applies the default and the unknown policy, as in
//! the interpreter.

use std::borrow::Cow;

use crate::stdlib::translate::Lookup;
use crate::value::json;
use crate::{Emptiness, Empty, ErrorKind, Loc, TransformError, stdlib};

/// What a generated value-map function returns.
pub type Looked = Result<Lookup<'static, serde_json::Value>, ErrorKind>;

/// A `map:` value: `None` is null.
pub type Mapped = Option<Cow<'static, serde_json::Value>>;

impl Empty for Cow<'_, serde_json::Value> {
    fn emptiness(&self) -> Emptiness {
        (**self).emptiness()
    }
}

fn looked_up(r: Lookup<'static, serde_json::Value>, key: &str) -> Mapped {
    match r {
        Lookup::Value(v) if v.is_null() => None,
        Lookup::Value(v) => Some(Cow::Borrowed(v)),
        Lookup::Key => Some(Cow::Owned(serde_json::Value::String(key.to_owned()))),
        Lookup::Null => None,
    }
}

/// `map:` of one text key (null maps to null).
#[inline]
pub fn map_text(key: Option<&str>, lookup: impl Fn(&str) -> Looked) -> Result<Mapped, ErrorKind> {
    match key {
        None => Ok(None),
        Some(k) => Ok(looked_up(lookup(k)?, k)),
    }
}

fn map_one(x: &serde_json::Value, lookup: &impl Fn(&str) -> Looked) -> Result<Mapped, ErrorKind> {
    if x.is_null() {
        return Ok(None);
    }
    let k = stdlib::translate::map_key(x)?;
    Ok(looked_up(lookup(&k)?, &k))
}

/// `map:` of any JSON value: a list maps element-wise (errors name the element).
pub fn map_value(
    v: Option<&serde_json::Value>,
    lookup: impl Fn(&str) -> Looked,
    loc: &Loc<'_>,
    leaf: &str,
) -> Result<Mapped, TransformError> {
    match v {
        None => Ok(None),
        Some(serde_json::Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                let m = map_one(x, &lookup).map_err(|k| loc.fail_at(leaf, i, k))?;
                out.push(m.map_or(serde_json::Value::Null, Cow::into_owned));
            }
            Ok(Some(Cow::Owned(serde_json::Value::Array(out))))
        }
        Some(x) => map_one(x, &lookup).map_err(|k| loc.fail(leaf, k)),
    }
}

/// `lookup(key, MAP)`: the key is text (or a number or bool, written as text); null gives null.
pub fn lookup_json(
    v: Option<&serde_json::Value>,
    lookup: impl Fn(&str) -> Looked,
) -> Result<Option<&'static serde_json::Value>, ErrorKind> {
    let Some(v) = v else { return Ok(None) };
    let k = stdlib::json::text_or_number(v)?.unwrap_or_default();
    lookup_text(Some(&k), lookup)
}

/// `lookup(key, MAP)` of a text key.
pub fn lookup_text(
    k: Option<&str>,
    lookup: impl Fn(&str) -> Looked,
) -> Result<Option<&'static serde_json::Value>, ErrorKind> {
    let Some(k) = k else { return Ok(None) };
    Ok(match lookup(k)? {
        Lookup::Value(v) => json(Some(v)),
        // Not reachable with the `error` policy `lookup()` uses.
        Lookup::Key | Lookup::Null => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Context, UnknownCode};
    use serde_json::{Value, json};

    static MALE: Value = Value::Null;

    /// A generated value-map function: `1` maps to null, anything else misses.
    fn sex(key: &str, unknown: UnknownCode, cx: &Context) -> Looked {
        let found = (key == "1").then_some(&MALE);
        stdlib::translate::apply_lookup_policy("sex", key, found, None, unknown, &cx.counters)
    }

    #[test]
    fn map_keeps_an_unknown_key_or_fails_at_the_element() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let keep = |k: &str| sex(k, UnknownCode::KeepCode, &cx);
        assert_eq!(map_text(Some("9"), keep), Ok(Some(Cow::Owned(json!("9")))));
        // An entry whose value is null maps to null.
        assert_eq!(map_text(Some("1"), keep), Ok(None));
        assert_eq!(map_text(None, keep), Ok(None));
        let list = json!([1, null, "2"]);
        let mapped = map_value(Some(&list), keep, &Loc::Root, "sex").expect("keeps");
        assert_eq!(mapped.map(Cow::into_owned), Some(json!([null, null, "2"])));
        let strict = |k: &str| sex(k, UnknownCode::Error, &cx);
        let e = map_value(Some(&list), strict, &Loc::Root, "sex").expect_err("2 is unmapped");
        assert_eq!(e.field, "sex[2]");
        let e = map_value(Some(&json!(1.5)), strict, &Loc::Root, "sex").expect_err("not a key");
        assert_eq!(
            e.to_string(),
            "sex: expected a text or integer key, found number"
        );
    }
}
