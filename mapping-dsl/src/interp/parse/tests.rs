use serde_json::{Value, json};

use super::RecordParser;
use crate::ir::{InputField, InputObject, InputType};
use crate::stdlib::json::from_record_bytes;
use crate::types::Scalar;

/// Reads `id`, `codes` (a multi select), `doc` (json), `addr.city` and `fam[].rel`.
fn input() -> InputObject {
    InputObject {
        fields: vec![
            InputField::nullable("id", InputType::Scalar(Scalar::String)),
            InputField::nullable("codes", InputType::MultiSelect { set: "s".into() }),
            InputField::nullable("doc", InputType::Json),
            InputField::nullable(
                "addr",
                InputType::Object(InputObject {
                    fields: vec![InputField::nullable(
                        "city",
                        InputType::Scalar(Scalar::String),
                    )],
                }),
            ),
            InputField::nullable(
                "fam",
                InputType::List(InputObject {
                    fields: vec![InputField::nullable(
                        "rel",
                        InputType::Scalar(Scalar::String),
                    )],
                }),
            ),
        ],
    }
}

fn parse(text: &str) -> serde_json::Result<Value> {
    RecordParser::new(&input()).parse(text.as_bytes())
}

#[test]
fn keys_no_rule_reads_are_left_out_at_every_level() {
    let text = r#"{"id":"a","skip":{"deep":[1,2,{"x":"\u00e9"}]},"codes":["x",""],
        "doc":{"any":{"thing":[true,null,1.5]}},"addr":{"city":"K","zip":"40000"},
        "fam":[{"rel":"m","unique_id":"u1"},{"rel":"f","addr":"far"},7,null],"n":-3}"#;
    assert_eq!(
        parse(text).expect("valid"),
        json!({"id":"a","codes":["x",""],"doc":{"any":{"thing":[true,null,1.5]}},
            "addr":{"city":"K"},"fam":[{"rel":"m"},{"rel":"f"},7,null]})
    );
}

#[test]
fn plain_text_is_filtered_by_json_ins_reader_as_by_serde_json() {
    // No escape and no float: `json_in` reads it itself.
    let text = r#"{"id":"ก","skip":{"deep":[1,2,{"x":"y"}]},"codes":["x",""],"n":-3,
        "doc":{"any":[true,null,10]},"addr":{"city":"K","zip":"40000"},"id":"b",
        "fam":[{"rel":"m","unique_id":"u1"},7,null]}"#;
    assert!(mapwright_rt::json_in::read_plain::<Value>(text).is_some());
    let want = json!({"id":"b","codes":["x",""],"doc":{"any":[true,null,10]},
        "addr":{"city":"K"},"fam":[{"rel":"m"},7,null]});
    assert_eq!(parse(text).expect("valid"), want);
    let mut de = serde_json::Deserializer::from_str(text);
    let theirs = serde::de::DeserializeSeed::deserialize(
        super::Filter::object(&super::Keys::of(&input())),
        &mut de,
    )
    .expect("serde_json reads it");
    assert_eq!(theirs, want);
}

#[test]
fn a_read_key_keeps_its_value_as_an_unfiltered_parse_gives_it() {
    // Values of another type than the schema's (the checks report them), escaped keys, numbers
    // of every kind, duplicate keys (the last one wins, as in `Value`).
    for text in [
        r#"{"id":12345678901234567890,"addr":[{"zip":1}],"fam":{"rel":"x","y":2}}"#,
        r#"{"id":-1.25e3,"addr":"text","fam":"text","codes":"x"}"#,
        r#"{"i\u0064":"esc","id":"last","addr":null,"fam":[[{"rel":1}]]}"#,
        r#"{"id":0.1,"doc":1e300}"#,
        r#"[{"id":"not an object"},{"x":1}]"#,
        r#""text""#,
        "null",
        r#"  {"id":"a"}  "#,
    ] {
        let whole: Value = from_record_bytes(text.as_bytes()).expect(text);
        let kept = parse(text).expect(text);
        let expected = match whole {
            Value::Object(mut m) => {
                m.retain(|k, _| ["id", "codes", "doc", "addr", "fam"].contains(&k.as_str()));
                if let Some(Value::Array(fam)) = m.get_mut("fam") {
                    for el in fam {
                        if let Value::Object(e) = el {
                            e.retain(|k, _| k == "rel");
                        }
                    }
                }
                if let Some(Value::Object(a)) = m.get_mut("addr") {
                    a.retain(|k, _| k == "city");
                }
                Value::Object(m)
            }
            other => other,
        };
        assert_eq!(kept, expected, "{text}");
    }
}

#[test]
fn invalid_json_fails_with_the_same_error() {
    for text in [
        r#"{"id":"a""#,
        r#"{"id":"a"} x"#,
        r#"{"id":"a","skip":[1,}"#,
        r#"{"id":"a","skip":tru}"#,
        r#"{"id":"\q"}"#,
        r#"{"id":"a",}"#,
        r#"{"id":"a","doc":1e400}"#,
        "",
    ] {
        let want = from_record_bytes::<Value>(text.as_bytes())
            .expect_err(text)
            .to_string();
        assert_eq!(parse(text).expect_err(text).to_string(), want, "{text}");
    }
    // Bytes that are not UTF-8 in a read string fail as before; the byte reader's position.
    let bytes = b"{\"id\":\"\xff\"}";
    let want = from_record_bytes::<Value>(bytes)
        .expect_err("invalid UTF-8")
        .to_string();
    let got = RecordParser::new(&input()).parse(bytes);
    assert_eq!(got.expect_err("invalid UTF-8").to_string(), want);
}
