//! One field or a few of a large JSON object, without building the rest: the other fields are
//! skipped, their values never built (a Primero case has ~200 fields; a sync reads a handful).

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

/// The object `text` with only `fields` kept (each a value, parsed; the others skipped
/// without being built); `None` when `text` is not an object.
/// Read by `mapwright_rt::json_in` (serde_json's result, faster on plain text).
pub fn pick(text: &str, fields: &[String]) -> Option<Map<String, Value>> {
    mapwright_rt::json_in::from_str_seed(text, Pick(fields)).ok()
}

#[derive(Clone, Copy)]
struct Pick<'f>(&'f [String]);

impl<'de> DeserializeSeed<'de> for Pick<'_> {
    type Value = Map<String, Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Pick<'_> {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
        let mut out = Map::new();
        while let Some(at) = m.next_key_seed(Key(self.0))? {
            match at {
                // A key written twice keeps the last value, as a parsed value does.
                Some(i) => {
                    out.insert(self.0[i].clone(), m.next_value()?);
                }
                None => {
                    m.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// A key: which of the fields it is (compared where it lies, no copy made).
struct Key<'f>(&'f [String]);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: serde::de::Error>(self, k: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|f| f == k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_asked_for_are_kept_with_their_whole_values() {
        let text = r#"{"id":"c-1","name":"Som\"chai","nested":{"id":"inner"},"n":1.50,
            "list":[1,{"id":2}],"nat\u0069onal_id_no":"1-2345","id":"c-2"}"#;
        let fields: Vec<String> = ["id", "national_id_no", "nested", "absent"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let picked = pick(text, &fields).unwrap();
        // An escaped key is compared unescaped; a key written twice keeps its last value.
        assert_eq!(
            Value::Object(picked.clone()),
            json!({"id": "c-2", "national_id_no": "1-2345", "nested": {"id": "inner"}})
        );
        let all: Value = serde_json::from_str(text).unwrap();
        for (k, v) in &picked {
            assert_eq!(&all[k], v, "{k}");
        }
        assert_eq!(pick("[1,2]", &fields), None);
        assert_eq!(pick(r#"{"id":}"#, &fields), None);
        assert_eq!(pick(r#"{"id":"x"} {}"#, &fields), None, "only one value");
    }

    #[test]
    fn plain_text_is_picked_as_serde_json_would() {
        // No escape and no float: read by `json_in`'s own reader.
        let text = r#"{"id":"c-1","name":"สมชาย","nested":{"id":"inner","n":[1,-2]},"id":"c-2",
            "national_id_no":"1234","flag":true,"none":null}"#;
        assert!(mapwright_rt::json_in::read_plain::<Value>(text).is_some());
        let fields: Vec<String> = ["id", "nested", "none", "absent"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let picked = pick(text, &fields).unwrap();
        assert_eq!(
            Value::Object(picked),
            json!({"id": "c-2", "nested": {"id": "inner", "n": [1, -2]}, "none": null})
        );
    }
}
