//! The writer against serde_json: byte for byte, on strings, numbers, keys and random values.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::{next_escape, to_json_vec, write_json, write_str};

/// Ours and serde_json's bytes (or errors) for `v`, asserted equal.
fn same<T: Serialize + ?Sized>(v: &T) {
    let ours = to_json_vec(v).map_err(|e| e.to_string());
    let theirs = serde_json::to_vec(v).map_err(|e| e.to_string());
    assert_eq!(
        ours.as_ref().map(|b| String::from_utf8_lossy(b)),
        theirs.as_ref().map(|b| String::from_utf8_lossy(b))
    );
}

#[test]
fn every_ascii_byte_alone_and_in_text() {
    for b in 0..=0x7fu8 {
        let c = char::from(b);
        same(&c.to_string());
        same(&format!("ab{c}cd"));
        same(&format!("{c}{c}{c}{c}{c}{c}{c}{c}{c}"));
        same(&format!("กขค{c}"));
        same(&c);
    }
}

#[test]
fn escapes_are_serde_jsons() {
    let mut out = Vec::new();
    write_str(&mut out, "\"\\\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}/");
    assert_eq!(
        String::from_utf8_lossy(&out),
        "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u{7f}/\""
    );
}

/// The escape at each offset 0..17 of a long string, so it falls in the first, second and
/// third 8-byte word and in the tail, after ASCII and after Thai (3-byte UTF-8).
#[test]
fn an_escape_at_each_offset() {
    for fill in ["a", "ก", "😀"] {
        for len in 0..40 {
            for at in 0..=17.min(len) {
                for esc in ["\"", "\\", "\n", "\u{1}", "\u{1f}"] {
                    let mut s: String = fill.repeat(len);
                    let byte = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                    s.insert_str(byte, esc);
                    same(&s);
                    s.push_str(esc);
                    same(&s);
                }
            }
            same(&fill.repeat(len));
        }
    }
}

/// `next_escape` from every start of every string of up to 4 bytes (after 0, 5, 8 or 13 others) over an alphabet of bytes
/// near the ones that need an escape (and high bytes), against a byte-by-byte search.
#[test]
fn next_escape_against_a_byte_search() {
    let alphabet = [
        b'a', 0x80, 0xff, b'"', b'\\', 0x1f, 0x00, b' ', 0x7f, b'!', b'#', b'[', b']',
    ];
    let naive = |b: &[u8], from: usize| {
        (from..b.len()).find(|&i| b[i] < 0x20 || b[i] == b'"' || b[i] == b'\\')
    };
    for len in 0..=4u32 {
        for mut k in 0..alphabet.len().pow(len) {
            let mut s = Vec::new();
            for _ in 0..len {
                s.push(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            for pad in [0, 5, 8, 13] {
                let s: Vec<u8> = std::iter::repeat_n(b'x', pad)
                    .chain(s.iter().copied())
                    .collect();
                for from in 0..=s.len() {
                    assert_eq!(next_escape(&s, from), naive(&s, from), "{s:?} from {from}");
                }
            }
        }
    }
}

#[test]
fn unicode_is_written_as_it_is() {
    for s in [
        "นาย สมชาย ใจดี",
        "😀 emoji \u{2028}\u{2029} \u{feff}",
        "é\u{7ff}\u{800}\u{ffff}\u{10ffff}",
        "",
    ] {
        same(s);
    }
}

#[test]
fn numbers_are_serde_jsons() {
    for f in [
        0.0,
        -0.0,
        1.5,
        1e21,
        1e-7,
        123456789.125,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
    ] {
        same(&f);
        same(&(f as f32));
    }
    same(&[i64::MIN, -1, 0, i64::MAX]);
    same(&[u64::MAX, 0]);
    same(&(i128::MIN, u128::MAX, -5i8, 200u8, -3i16, 9u16, -7i32, 7u32));
    let v: Value = serde_json::from_str(
        "[1.0, 1e300, -0, 1.7976931348623157e308, 0.1, 12345678901234567890, -9223372036854775808]",
    )
    .unwrap();
    same(&v);
}

#[derive(Serialize)]
enum Shape {
    Unit,
    New(i64),
    Tuple(i64, &'static str),
    Struct { a: bool, b: Option<&'static str> },
}

#[derive(Serialize)]
struct Record<'a> {
    #[serde(rename = "na\"me")]
    name: &'a str,
    shapes: Vec<Shape>,
    bytes: &'a serde_bytes_free::Bytes,
    unit: (),
    empty: Vec<i64>,
    tuple: (i64, bool),
    nested: BTreeMap<String, Option<Value>>,
}

/// `serialize_bytes` without the serde_bytes crate.
mod serde_bytes_free {
    pub struct Bytes(pub [u8; 3]);
    impl serde::Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&self.0)
        }
    }
}

#[test]
fn every_serde_shape() {
    let nested = BTreeMap::from([
        ("k\n".to_owned(), Some(json!({"a": [1, "x"]}))),
        ("z".to_owned(), None),
    ]);
    same(&Record {
        name: "ก\"",
        shapes: vec![
            Shape::Unit,
            Shape::New(3),
            Shape::Tuple(1, "t"),
            Shape::Struct { a: true, b: None },
        ],
        bytes: &serde_bytes_free::Bytes([0, 7, 255]),
        unit: (),
        empty: vec![],
        tuple: (-1, false),
        nested,
    });
}

#[test]
fn keys_that_are_not_strings_as_serde_json() {
    same(&BTreeMap::from([(1i64, "a"), (-2, "b")]));
    same(&BTreeMap::from([(true, 1)]));
    same(&BTreeMap::from([('c', 1)]));
    same(&BTreeMap::from([(Key::A, 1), (Key::B, 2)]));
    same(&BTreeMap::from([(Wrapped(7), 1)]));
    let mut floats = std::collections::HashMap::new();
    floats.insert(KeyF64(1.5), 1);
    same(&floats);
    floats.clear();
    floats.insert(KeyF64(f64::NAN), 1);
    same(&floats);
    assert!(to_json_vec(&floats).is_err());
    same(&BTreeMap::from([((), 1)]));
    same(&BTreeMap::from([(vec![1], 1)]));
    assert!(to_json_vec(&BTreeMap::from([(vec![1], 1)])).is_err());
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    A,
    B,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Wrapped(u8);

/// A float map key (f64 is neither `Eq` nor `Hash`).
#[derive(PartialEq)]
struct KeyF64(f64);
impl Eq for KeyF64 {}
impl std::hash::Hash for KeyF64 {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h);
    }
}
impl Serialize for KeyF64 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0)
    }
}

/// Strings with many of the bytes that need an escape, and Thai and emoji.
fn text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        3 => any::<char>(),
        3 => prop::char::range('ก', '๛'),
        2 => prop::char::range('\u{0}', '\u{7f}'),
        1 => Just('"'),
        1 => Just('\\'),
    ];
    prop::collection::vec(ch, 0..40).prop_map(|cs| cs.into_iter().collect())
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((text(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_values_as_serde_json(v in value()) {
        prop_assert_eq!(to_json_vec(&v).ok(), serde_json::to_vec(&v).ok());
    }

    #[test]
    fn random_strings_as_serde_json(s in text()) {
        let mut ours = b"prefix".to_vec();
        write_json(&mut ours, &s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut theirs = b"prefix".to_vec();
        serde_json::to_writer(&mut theirs, &s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(ours, theirs);
    }
}
