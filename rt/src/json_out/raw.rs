//! [`RawJson`]: a JSON value kept as the compact text our writer wrote (a compiled transform's
//! output, see `run_value_json`), passed on without building a `serde_json::Value` of it.
//!
//! Serialised by [`super::write_json`], its text is spliced into the output as it is. It works
//! the way serde_json's `RawValue` does, with a private newtype-struct name that our serializer
//! recognises, but through any other serializer (serde_json's, `serde_json::to_value`, …) it
//! is the value its text parses to, so it cannot be written as a string by mistake: its
//! `Serialize` hands its text to the serializer it calls on the thread (see [`HANDOFF`]) and
//! passes, as the newtype's value, the parsed value, which only another serializer reads.

use std::cell::RefCell;
use std::sync::Arc;

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::Value;

/// The newtype-struct name [`RawJson`] serialises as.
pub(super) const TOKEN: &str = "$mapwright_rt::private::RawJson";

thread_local! {
    /// The text of the [`RawJson`] whose `serialize` is running on this thread, set right
    /// before it calls `serialize_newtype_struct(TOKEN, …)`: our serializer takes it there (and
    /// writes it); any other one serialises the parsed value, which takes it first.
    static HANDOFF: RefCell<Option<Arc<str>>> = const { RefCell::new(None) };
}

/// The text [`RawJson::serialize`] handed over, taken (at most once).
pub(super) fn take_handoff() -> Option<Arc<str>> {
    HANDOFF.with(|h| h.borrow_mut().take())
}

/// A text that is not JSON written by our writer.
#[derive(Debug, thiserror::Error)]
pub enum RawJsonError {
    #[error("raw JSON is not UTF-8: {0}")]
    Utf8(#[from] simdutf8::basic::Utf8Error),
    #[error("raw JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// One JSON value as compact text, the bytes [`super::write_json`] (or a generated
/// `WriteJson`) writes for it; cheap to clone (shared).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RawJson(Arc<str>);

impl RawJson {
    /// The value our writer wrote into `bytes` (one value, compact, nothing else). The bytes
    /// are trusted to be that JSON (checked in debug builds); only their UTF-8 is checked here.
    pub fn from_written(bytes: &[u8]) -> Result<RawJson, RawJsonError> {
        let text = simdutf8::basic::from_utf8(bytes)?;
        debug_assert!(
            serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok(),
            "not one JSON value: {text}"
        );
        Ok(RawJson(text.into()))
    }

    /// `value` written as compact JSON.
    pub fn from_value<T: Serialize + ?Sized>(value: &T) -> Result<RawJson, RawJsonError> {
        RawJson::from_written(&super::to_json_vec(value)?)
    }

    /// The compact JSON text (read by serde_json's `from_str` without a second UTF-8 check).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value the text holds, built (where an expression, a stored output or an operation
    /// that knows nothing of raw values needs one).
    pub fn to_value(&self) -> Result<Value, RawJsonError> {
        Ok(serde_json::from_str(&self.0)?)
    }
}

impl std::fmt::Debug for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RawJson({})", self.0)
    }
}

impl std::fmt::Display for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        HANDOFF.with(|h| *h.borrow_mut() = Some(self.0.clone()));
        serializer.serialize_newtype_struct(TOKEN, &Parsed(&self.0))
    }
}

/// What a serializer other than ours reads of a [`RawJson`]: the value its text parses to.
struct Parsed<'a>(&'a str);

impl Serialize for Parsed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        drop(take_handoff());
        let v: Value = serde_json::from_str(self.0).map_err(S::Error::custom)?;
        v.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;

    use super::*;
    use crate::write_json;

    fn raw(v: &Value) -> RawJson {
        RawJson::from_value(v).expect("writes")
    }

    #[test]
    fn our_writer_splices_the_text_as_it_is() {
        // Not the bytes our writer would write for the value (spaces, key order, escapes):
        // what is spliced is the text, untouched.
        let odd = RawJson(r#"{"b": 1, "a": "\u0e01"}"#.into());
        let mut out = Vec::new();
        write_json(&mut out, &json!([1])).expect("writes");
        write_json(&mut out, &BTreeMap::from([("k", &odd), ("l", &odd)])).expect("writes");
        assert_eq!(
            String::from_utf8_lossy(&out),
            r#"[1]{"k":{"b": 1, "a": "\u0e01"},"l":{"b": 1, "a": "\u0e01"}}"#
        );
        assert_eq!(take_handoff(), None, "the text is taken once");
    }

    #[test]
    fn other_serializers_see_the_parsed_value() {
        let v = json!({"name": "สมชาย \"x\"", "n": [1, 2.5, -3, null, true], "o": {}});
        let r = raw(&v);
        assert_eq!(r.to_string(), serde_json::to_string(&v).expect("writes"));
        assert_eq!(serde_json::to_value(&r).expect("serialises"), v);
        assert_eq!(
            serde_json::to_string(&json!({"a": 1})).expect("writes"),
            r#"{"a":1}"#
        );
        let wrapped = BTreeMap::from([("day", &r)]);
        assert_eq!(
            serde_json::to_string(&wrapped).expect("writes"),
            format!(r#"{{"day":{r}}}"#)
        );
        assert_eq!(
            serde_json::to_string_pretty(&r).expect("writes"),
            serde_json::to_string_pretty(&v).expect("writes")
        );
        assert_eq!(
            take_handoff(),
            None,
            "a parsed value takes the text it was handed"
        );
        assert_eq!(r.to_value().expect("parses"), v);
    }

    #[test]
    fn written_bytes_are_kept_and_must_be_utf8() {
        let r = RawJson::from_written(br#"{"a":[1,"x"]}"#).expect("JSON");
        assert_eq!(r.as_str(), r#"{"a":[1,"x"]}"#);
        assert_eq!(r.to_string(), r#"{"a":[1,"x"]}"#);
        assert!(RawJson::from_written(&[b'"', 0xff, b'"']).is_err());
    }
}
