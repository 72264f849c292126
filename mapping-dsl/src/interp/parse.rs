//! The record parse of the interpreter: one record's JSON bytes into a `Value` holding only the
//! keys the transform reads (its `InputObject`, the fields generated code deserializes), at the
//! top level and in the objects and list elements below it. The other keys are skipped without
//! being built (no allocation, nothing to drop), as generated code skips them. A key the
//! transform reads keeps its whole value as it was (a `json` field, a list of
//! codes, a value of the wrong type for the checks to report), so what the interpreter sees of
//! the fields it reads is what an unfiltered parse gives.
//!
//! Accepted and rejected as [`crate::stdlib::json::from_record_bytes`] accepts and rejects, with
//! the same errors, except inside skipped values, where serde_json checks the syntax only (a
//! lone surrogate escape or bytes that are not UTF-8 in a string no rule reads no longer fail
//! the record: generated code accepts them too).

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::ir::{InputObject, InputType};

/// Which keys of an object are kept, and what is kept below each: by key length, then the
/// few keys of that length compared whole (a key of a length no rule reads costs one index).
#[derive(Debug, Clone, Default)]
struct Keys {
    by_len: Vec<Vec<(String, Below)>>,
}

#[derive(Debug, Clone)]
enum Below {
    /// The whole value.
    Whole,
    /// An object: its read keys (anything else whole).
    Object(Keys),
    /// A list of objects: each element's read keys (anything else whole).
    List(Keys),
}

impl Keys {
    fn of(o: &InputObject) -> Keys {
        let mut by_len: Vec<Vec<(String, Below)>> = Vec::new();
        for f in &o.fields {
            let below = match &f.ty {
                InputType::Object(sub) => Below::Object(Keys::of(sub)),
                InputType::List(sub) => Below::List(Keys::of(sub)),
                _ => Below::Whole,
            };
            let n = f.name.len();
            if by_len.len() <= n {
                by_len.resize_with(n + 1, Vec::new);
            }
            let bucket = &mut by_len[n];
            // A name listed twice (an IR built by hand) keeps its first reading, as a map would
            // keep one.
            if !bucket.iter().any(|(k, _)| *k == f.name) {
                bucket.push((f.name.clone(), below));
            }
        }
        Keys { by_len }
    }

    fn get(&self, key: &str) -> Option<&Below> {
        self.by_len
            .get(key.len())?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, b)| b)
    }
}

/// Parses records for one transform (built once, used for every record).
#[derive(Debug, Clone)]
pub struct RecordParser {
    top: Keys,
}

impl RecordParser {
    /// A parser keeping what `input` (a transform's `input`) reads.
    pub fn new(input: &InputObject) -> RecordParser {
        RecordParser {
            top: Keys::of(input),
        }
    }

    /// One record's bytes (trailing whitespace allowed, nothing else after the value).
    pub fn parse(&self, bytes: &[u8]) -> serde_json::Result<Value> {
        // As `from_record_bytes`: one UTF-8 check, then the text reader (`json_in`'s, serde_json's
        // where the text is not plain), which checks no string again; bytes that are not UTF-8
        // go to the byte reader.
        match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => mapwright_rt::json_in::from_str_seed(text, Filter::object(&self.top)),
            Err(_) => self.read(serde_json::Deserializer::from_slice(bytes)),
        }
    }

    /// The record's one value, then nothing but whitespace.
    fn read<'de, R: serde_json::de::Read<'de>>(
        &self,
        mut de: serde_json::Deserializer<R>,
    ) -> serde_json::Result<Value> {
        let v = Filter::object(&self.top).deserialize(&mut de)?;
        de.end()?;
        Ok(v)
    }
}

/// A value read through [`FilterVisitor`] (the seed of a kept key's value).
#[derive(Clone, Copy)]
struct Filter<'k> {
    keys: &'k Keys,
    list: bool,
}

impl<'k> Filter<'k> {
    /// An object keeps only `keys`; any other JSON value is built whole.
    fn object(keys: &'k Keys) -> Filter<'k> {
        Filter { keys, list: false }
    }

    /// A list's object elements keep only `keys`.
    fn elements(keys: &'k Keys) -> Filter<'k> {
        Filter { keys, list: true }
    }
}

impl<'de> DeserializeSeed<'de> for Filter<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(FilterVisitor {
            keys: self.keys,
            list: self.list,
        })
    }
}

/// `list: false`: an object is filtered, a list built whole. `list: true`: a list's elements
/// are filtered (each as [`Filter::object`]), an object built whole.
struct FilterVisitor<'k> {
    keys: &'k Keys,
    list: bool,
}

/// A key, borrowed from the input where it has no escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(s))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(s))
            }
        }
        d.deserialize_str(V)
    }
}

/// The value's own visitor, for the values built whole.
fn whole<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    serde::Deserialize::deserialize(d)
}

impl<'de> Visitor<'de> for FilterVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    // As `Value`'s own visitor (serde_json without `arbitrary_precision`).
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        whole(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        if self.list {
            while let Some(v) = seq.next_element_seed(Filter::object(self.keys))? {
                out.push(v);
            }
        } else {
            while let Some(v) = seq.next_element::<Value>()? {
                out.push(v);
            }
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        // A key given twice keeps its last value, as in `Value`.
        let mut out = Map::new();
        if self.list {
            while let Some((k, v)) = map.next_entry::<String, Value>()? {
                out.insert(k, v);
            }
            return Ok(Value::Object(out));
        }
        while let Some(k) = map.next_key::<Key<'de>>()? {
            match self.keys.get(k.as_str()) {
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
                Some(below) => {
                    let v = match below {
                        Below::Whole => map.next_value::<Value>()?,
                        Below::Object(sub) => map.next_value_seed(Filter::object(sub))?,
                        Below::List(sub) => map.next_value_seed(Filter::elements(sub))?,
                    };
                    let k = match k {
                        Key::Borrowed(s) => s.to_owned(),
                        Key::Owned(s) => s,
                    };
                    out.insert(k, v);
                }
            }
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests;
