//! A fan-out's record in hand. A record that came as JSON text ([`Record::Json`]: a Primero
//! page's case) is parsed only as far as the workflow's expressions read it (the top-level
//! fields of [`crate::workflow::StepKind::ForEach`]'s `record_fields`); its text is kept for a
//! compiled transform whose input is the record, and for the search of its personal values.
//! A case is large (a few KiB, ~200 fields) and a sync reads three of its fields: building a
//! `serde_json::Value` of all of it was the largest cost the engine had per case.

use adaptors::pick::pick;
use serde_json::Value;

use super::ops::Record;

/// A record in hand: what expressions read as `record`, and the text it came as.
#[derive(Debug, Default)]
pub(crate) struct InHand {
    /// The record, or (with `json`) an object of only the fields the expressions read.
    pub value: Value,
    /// The record's JSON text, when `value` holds only some of its fields.
    pub json: Option<Box<str>>,
}

impl InHand {
    /// `record` in hand: a value as it is; a text parsed for `fields` (`None`: whole).
    pub fn new(record: Record, fields: Option<&[String]>) -> InHand {
        match record {
            Record::Value(value) => InHand { value, json: None },
            // The source parsed the fields read (it was told them).
            Record::Json {
                text,
                picked: Some(picked),
            } if fields.is_some() => InHand {
                value: Value::Object(picked),
                json: Some(text),
            },
            Record::Json { text, .. } => match fields.and_then(|f| pick(&text, f)) {
                Some(picked) => InHand {
                    value: Value::Object(picked),
                    json: Some(text),
                },
                // Not an object, or read whole: the value is all there is to read.
                None => InHand {
                    value: whole(&text),
                    json: None,
                },
            },
        }
    }
}

/// `text` parsed whole (it is one JSON value: its source checked it).
pub(crate) fn whole(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(f: &[&str]) -> Vec<String> {
        f.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn only_the_fields_read_are_parsed_with_their_whole_values() {
        let text = r#"{"id":"c-1","name":"Som\"chai","nested":{"id":"inner"},"n":1.50,
            "list":[1,{"id":2}],"national_id_no":"1-2345","id":"c-2"}"#;
        let r = InHand::new(
            Record::Json {
                text: text.into(),
                picked: None,
            },
            Some(&fields(&["id", "national_id_no", "nested", "absent"])),
        );
        assert_eq!(
            r.value,
            json!({"id": "c-2", "national_id_no": "1-2345", "nested": {"id": "inner"}})
        );
        assert_eq!(r.json.as_deref(), Some(text));
        // Whatever is kept reads as the whole record's value of it.
        let all = whole(text);
        for f in ["id", "national_id_no", "nested"] {
            assert_eq!(r.value[f], all[f], "{f}");
        }
    }

    #[test]
    fn a_record_read_whole_or_not_an_object_is_parsed_whole() {
        let text = r#"{"id":"c-1","n":[1,2]}"#;
        let r = InHand::new(
            Record::Json {
                text: text.into(),
                picked: None,
            },
            None,
        );
        assert_eq!(r.value, json!({"id": "c-1", "n": [1, 2]}));
        assert_eq!(r.json, None);
        let r = InHand::new(
            Record::Json {
                text: "[1,2]".into(),
                picked: None,
            },
            Some(&fields(&["id"])),
        );
        assert_eq!(r.value, json!([1, 2]));
        assert_eq!(r.json, None);
        let r = InHand::new(Record::Value(json!({"id": 1})), Some(&fields(&[])));
        assert_eq!(r.value, json!({"id": 1}));
        assert_eq!(r.json, None);
    }
}
