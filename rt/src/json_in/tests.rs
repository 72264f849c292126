use std::fmt;

use proptest::prelude::*;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{MAX_DEPTH, from_str, has_control, quote_or_backslash, read_plain};
use crate::{Coercion, Field};

/// The visitor calls a deserializer made, in order: what must be the same as serde_json's.
#[derive(Debug, PartialEq)]
struct Trace(Vec<String>);

impl<'de> Deserialize<'de> for Trace {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut calls = Vec::new();
        d.deserialize_any(Recorder(&mut calls))?;
        Ok(Trace(calls))
    }
}

struct Recorder<'c>(&'c mut Vec<String>);

/// One value recorded into the calls of its parent.
struct Nested<'c>(&'c mut Vec<String>);

impl<'de> de::DeserializeSeed<'de> for Nested<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(Recorder(self.0))
    }
}

impl<'de> Visitor<'de> for Recorder<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("anything")
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.0.push(format!("bool {v}"));
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.0.push(format!("i64 {v}"));
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.0.push(format!("u64 {v}"));
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.0.push(format!("f64 {v:?}"));
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.push(format!("str {v:?}"));
        Ok(())
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<(), E> {
        self.0.push(format!("borrowed {v:?}"));
        Ok(())
    }
    fn visit_string<E>(self, v: String) -> Result<(), E> {
        self.0.push(format!("string {v:?}"));
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.0.push("unit".into());
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.0.push("[".into());
        while seq.next_element_seed(Nested(&mut *self.0))?.is_some() {}
        self.0.push("]".into());
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.0.push("{".into());
        while map.next_key_seed(Nested(&mut *self.0))?.is_some() {
            map.next_value_seed(Nested(&mut *self.0))?;
        }
        self.0.push("}".into());
        Ok(())
    }
}

/// The text is plain: this reader reads it, with serde_json's calls and value.
fn plain(text: &str) {
    let ours: Trace = read_plain(text).unwrap_or_else(|| panic!("reads {text:?}"));
    let theirs: Trace = serde_json::from_str(text).expect("serde_json reads it");
    assert_eq!(ours, theirs, "{text:?}");
    let ours: Value = read_plain(text).expect("reads as a Value");
    assert_eq!(ours, serde_json::from_str::<Value>(text).expect("reads"));
}

/// This reader gives up on the text, and `from_str` is serde_json's, value or error.
fn given_up(text: &str) {
    assert!(read_plain::<Trace>(text).is_none(), "gives up on {text:?}");
    assert!(read_plain::<Value>(text).is_none(), "gives up on {text:?}");
    same_as_serde_json(text);
}

fn same_as_serde_json(text: &str) {
    let ours = from_str::<Value>(text).map_err(|e| e.to_string());
    let theirs = serde_json::from_str::<Value>(text).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "{text:?}");
    let ours = from_str::<Trace>(text).map_err(|e| e.to_string());
    let theirs = serde_json::from_str::<Trace>(text).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "{text:?}");
}

#[test]
fn reads_plain_records_with_serde_jsons_calls() {
    for text in [
        r#"{}"#,
        r#"[]"#,
        r#"{"a":"x","b":1,"c":-2,"d":true,"e":false,"f":null,"g":[],"h":{}}"#,
        r#"{"name":"ก ข","age":0,"list":[1,"two",[null],{"k":"v"}]}"#,
        " \n\t{ \"a\" : [ 1 , 2 ] ,\r\n \"b\" : { } } \n",
        r#""just a string""#,
        "9999999999999999999",
        "-9223372036854775807",
        "1000000000000000000",
        r#"{"a":"x","a":"y"}"#,
        r#"{"emoji":"😀","":""}"#,
        // Escapes are decoded, and visited as serde_json visits them (`visit_str`).
        r#"{"a":"x\"y\\z\/\b\f\n\r\t","k\u0e01ey":"\u0E01\ud83d\ude00\u0000"}"#,
        r#"["\"", "a\nb", "tail\\"]"#,
    ] {
        plain(text);
    }
}

#[test]
fn gives_up_where_serde_json_reads_otherwise_or_fails() {
    for text in [
        // Escapes serde_json refuses: its error is the result.
        r#"{"a":"x\qy"}"#,
        r#"["\u0e0"]"#,
        r#"["\u0e0g"]"#,
        r#"["\ud83d"]"#,
        r#"["\ud83dx"]"#,
        r#"["\ud83d\u0041"]"#,
        r#"["\ude00"]"#,
        r#"["a\"]"#,
        // Floats, `-0`, and integers beyond 64 bits are serde_json's to read.
        r#"{"a":1.5}"#,
        r#"{"a":1e3}"#,
        r#"{"a":-0}"#,
        "-9223372036854775808",
        // 20 digits and more (u64::MAX is 20 digits long).
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901",
        // Broken: serde_json's error is the result.
        r#"{"a":01}"#,
        r#"{"a":-}"#,
        r#"{"a":1,}"#,
        r#"[1,]"#,
        r#"[1 2]"#,
        r#"{"a" 1}"#,
        r#"{a:1}"#,
        r#"{"a":tru}"#,
        r#"{"a":nul"#,
        r#"{"a":1}x"#,
        r#"{"a":"unterminated"#,
        "{\"a\":\"tab\there\"}",
        "",
        "   ",
    ] {
        given_up(text);
    }
}

#[test]
fn the_end_of_a_string_is_found_at_any_offset() {
    for len in 0..80 {
        for (at, b) in (0..len).flat_map(|at| [(at, b'"'), (at, b'\\')]) {
            let mut s = vec![b'a'; len];
            s[at] = b;
            // A byte after the first must not be taken for it.
            if at + 1 < len {
                s[at + 1] = b'"';
            }
            assert_eq!(quote_or_backslash(&s), Some(at), "{len} {at}");
        }
        let thai = "ก".repeat(len);
        assert_eq!(quote_or_backslash(thai.as_bytes()), None);
    }
}

#[test]
fn a_control_byte_is_seen_at_any_offset() {
    for len in 0..100 {
        assert!(!has_control(&vec![b' '; len]));
        for at in 0..len {
            for b in [0u8, b'\n', 0x1f] {
                let mut s = vec![0xe0; len];
                s[at] = b;
                assert!(has_control(&s), "{len} {at} {b}");
            }
        }
    }
}

#[test]
fn a_control_byte_only_outside_strings_is_plain() {
    plain("{\"a\":\"x\",\n\"b\":\"y\"}\n");
    given_up("{\"a\":\"x\",\n\"b\":\"y\u{1f}\"}\n");
}

#[test]
fn nesting_deeper_than_the_limit_goes_to_serde_json() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    plain(&deep(MAX_DEPTH as usize));
    given_up(&deep(MAX_DEPTH as usize + 1));
    // serde_json's own limit: its error is the result.
    given_up(&deep(200));
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Record<'a> {
    #[serde(borrow, default)]
    name: Field<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    age: Field<i64>,
    #[serde(default)]
    tags: Field<Vec<Field<bool>>>,
    #[serde(default)]
    maybe: Option<u8>,
}

#[test]
fn a_generated_struct_reads_the_same_fields() {
    let text = r#"{"name":"ก","age":"3","tags":[true,"x",null],"other":{"x":[1]},"maybe":7}"#;
    let ours: Record = read_plain(text).expect("plain");
    let theirs: Record = serde_json::from_str(text).expect("reads");
    assert_eq!(ours, theirs);
    assert!(matches!(
        ours.name,
        Field::Val(std::borrow::Cow::Borrowed("ก"))
    ));
    assert_eq!(ours.age, Field::Coerced(3, Coercion::StringToNumber));
    assert_eq!(ours.maybe, Some(7));
    // The derive's own errors (a field twice, a number out of range) are serde_json's words.
    for text in [
        r#"{"age":1,"age":2}"#,
        r#"{"maybe":300}"#,
        r#"{"maybe":null,"age":[}"#,
    ] {
        assert!(read_plain::<Record>(text).is_none(), "{text}");
        let ours = from_str::<Record>(text).map_err(|e| e.to_string());
        let theirs = serde_json::from_str::<Record>(text).map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "{text}");
    }
}

/// JSON values with strings that need escapes, floats, and large integers among plain ones.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[a-zก-ฮ \"\\\\\u{1}\n/😀]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\ก]{0,6}", inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// JSON values this reader reads itself: strings without escapes, integers.
fn plain_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-999_999_999_999_999_999i64..-1).prop_map(Value::from),
        (0..9_999_999_999_999_999_999u64).prop_map(Value::from),
        "[a-zก-ฮ /😀]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-zก]{0,6}", inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// `v` as compact or pretty-printed JSON text.
fn written(v: &Value, pretty: bool) -> String {
    let text = if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    };
    text.expect("a Value is written")
}

proptest! {
    #[test]
    fn a_plain_value_is_read_with_serde_jsons_calls(v in plain_value(), pretty in any::<bool>()) {
        let text = written(&v, pretty);
        plain(&text);
    }

    #[test]
    fn any_value_reads_as_serde_json_reads_it(v in value(), pretty in any::<bool>()) {
        let text = written(&v, pretty);
        same_as_serde_json(&text);
        if let Some(trace) = read_plain::<Trace>(&text) {
            prop_assert_eq!(trace, serde_json::from_str::<Trace>(&text).expect("reads"));
        }
    }

    #[test]
    fn any_text_reads_as_serde_json_reads_it(text in "[\\[\\]{}\":,0-9a-z \\\\.-]{0,40}") {
        same_as_serde_json(&text);
    }
}

/// Against a plain search, on strings of bytes near `"` and `\\` (one bit apart, below 0x20,
/// UTF-8 lead and continuation bytes), several matches in a string, at every length to 100.
#[test]
fn the_end_of_a_string_is_the_first_quote_or_backslash() {
    let alphabet = [
        b'"',
        b'\\',
        b'!',
        b'#',
        b'[',
        b']',
        b'\\' ^ 0x80,
        b'"' ^ 0x80,
        0,
        1,
        0x7f,
        0xe0,
        0xb8,
        b'a',
    ];
    // A fixed linear congruential sequence: the same strings every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    for round in 0..20_000 {
        let len = round % 101;
        // Few matches in some strings, many in others.
        let rare = next() % 2 == 0;
        let s: Vec<u8> = (0..len)
            .map(|_| {
                let i = next() % alphabet.len();
                if rare && i < 2 && next() % 8 != 0 {
                    b'a'
                } else {
                    alphabet[i]
                }
            })
            .collect();
        let plain = s.iter().position(|&b| b == b'"' || b == b'\\');
        assert_eq!(quote_or_backslash(&s), plain, "{s:?}");
    }
}
