//! Writing a transform's output without serde's visitor: [`WriteJson`] on the values an output
//! struct holds, and the object frame ([`object_start`] / [`object_end`]) of the impl that
//! `cargo gen` writes for each output struct, whose keys are constant bytes (`,"key":`, escaped
//! when the code is generated) instead of strings scanned for escapes on every record.
//!
//! The bytes are those of the serde path ([`super::write_json`] on the same value, which are
//! serde_json's): strings go through the same [`write_str`], numbers and `json` values through
//! the serde path itself. A string borrowed from the record's own text is copied without that
//! scan ([`JsonOut::from_record`]).

use std::borrow::Cow;
use std::ops::Range;

use super::{Result, next_escape, write_json, write_str};
use crate::{Slot, Translated};

/// Where an output is written: the buffer, and the addresses of the JSON text of the record
/// it is made from, when it is made from one.
///
/// A string that lies in the record's text needs no escape, so it is copied between quotes as
/// it is. serde_json borrows a string from its input only when the string holds no escape
/// sequence, and refuses a control byte in one, so the string holds no `"`, no `\` and no
/// byte below 0x20: nothing the writer would escape. Every part of such a string (what a
/// `trim` or a `substring` keeps) is clean too. An owned string, or one in a parsed `Value`
/// or in an option table, lies elsewhere and is scanned as before.
pub struct JsonOut<'o> {
    buf: &'o mut Vec<u8>,
    clean: Range<usize>,
}

impl<'o> JsonOut<'o> {
    /// Writes into `buf`; every string is scanned.
    pub fn new(buf: &'o mut Vec<u8>) -> Self {
        JsonOut { buf, clean: 0..0 }
    }

    /// Writes into `buf` the output made from the record `text` parsed by serde_json (its
    /// strings borrowed from it need no escape). `text` must be what the record's values were
    /// read from; a string in it that was not read by serde_json as a string's content would
    /// be written unescaped (checked in debug builds).
    pub fn from_record(buf: &'o mut Vec<u8>, text: &[u8]) -> Self {
        let start = text.as_ptr() as usize;
        JsonOut {
            buf,
            clean: start..start + text.len(),
        }
    }

    /// Appends bytes as they are (a key written by `cargo gen`, a bracket).
    #[inline]
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// Appends one byte.
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    /// Whether `s` lies in the record's text.
    #[inline]
    fn is_clean(&self, s: &str) -> bool {
        let at = s.as_ptr() as usize;
        self.clean.start <= at && at + s.len() <= self.clean.end
    }

    /// `s` as a JSON string, quotes included.
    #[inline]
    fn str(&mut self, s: &str) {
        if self.is_clean(s) {
            self.clean_str(s);
        } else {
            write_str(self.buf, s);
        }
    }

    /// `s`, known to need no escape, between quotes as it is (checked in debug builds).
    #[inline]
    fn clean_str(&mut self, s: &str) {
        debug_assert!(
            next_escape(s.as_bytes(), 0).is_none(),
            "a string known to be clean needs an escape: {s:?}"
        );
        self.buf.reserve(s.len() + 2);
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
    }

    /// The buffer, for the serde path.
    fn buf(&mut self) -> &mut Vec<u8> {
        self.buf
    }
}

/// A value written as compact JSON, byte for byte as [`super::write_json`] writes it.
pub trait WriteJson {
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result;
}

/// Starts an object whose keys are written as `,"key":`: returns where it starts.
#[inline]
pub fn object_start(out: &JsonOut<'_>) -> usize {
    out.buf.len()
}

/// Ends an object started at `start`: its first key's `,` becomes the `{` (or `{}` when no key
/// was written).
#[inline]
pub fn object_end(out: &mut JsonOut<'_>, start: usize) {
    match out.buf.get_mut(start) {
        Some(comma) => {
            *comma = b'{';
            out.buf.push(b'}');
        }
        None => out.buf.extend_from_slice(b"{}"),
    }
}

impl WriteJson for str {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        out.str(self);
        Ok(())
    }
}

impl WriteJson for String {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        out.str(self);
        Ok(())
    }
}

impl WriteJson for bool {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        out.bytes(if *self { b"true" } else { b"false" });
        Ok(())
    }
}

/// Numbers and `json` values: the serde path (serde_json writes the numbers).
macro_rules! by_serde {
    ($($ty:ty),*) => {
        $(impl WriteJson for $ty {
            #[inline]
            fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
                write_json(out.buf(), self)
            }
        })*
    };
}
by_serde!(i64, serde_json::Number, serde_json::Value);

impl<T: WriteJson + ?Sized> WriteJson for &T {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        (**self).write_json(out)
    }
}

impl<T: WriteJson + ToOwned + ?Sized> WriteJson for Cow<'_, T> {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        (**self).write_json(out)
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        match self {
            Some(v) => v.write_json(out),
            None => {
                out.bytes(b"null");
                Ok(())
            }
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        out.byte(b'[');
        let mut items = self.iter();
        if let Some(first) = items.next() {
            first.write_json(out)?;
            for v in items {
                out.byte(b',');
                v.write_json(out)?;
            }
        }
        out.byte(b']');
        Ok(())
    }
}

/// `{"code":"label"}`, `{"code":null}` without a label.
impl WriteJson for Translated<'_> {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        out.byte(b'{');
        match &self.label {
            Some(label) if self.clean => {
                out.clean_str(&self.code);
                out.byte(b':');
                out.clean_str(label);
            }
            _ => {
                out.str(&self.code);
                out.byte(b':');
                self.label.write_json(out)?;
            }
        }
        out.byte(b'}');
        Ok(())
    }
}

/// A slot left out is written as `null`, as serde writes it (the struct's impl leaves it out
/// before that).
impl<T: WriteJson> WriteJson for Slot<T> {
    #[inline]
    fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
        match self {
            Slot::Omit | Slot::Null => {
                out.bytes(b"null");
                Ok(())
            }
            Slot::EmptyString => {
                out.bytes(b"\"\"");
                Ok(())
            }
            Slot::EmptyList => {
                out.bytes(b"[]");
                Ok(())
            }
            Slot::Val(v) => v.write_json(out),
            Slot::Json(v) => v.write_json(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::Serialize;
    use serde_json::{Value, json};

    use super::*;

    /// `v` by [`WriteJson`] and by the serde path, after a prefix, asserted equal.
    fn same<T: WriteJson + Serialize>(v: &T) {
        let mut ours = b"[1,".to_vec();
        v.write_json(&mut JsonOut::new(&mut ours)).expect("writes");
        let mut serde = b"[1,".to_vec();
        write_json(&mut serde, v).expect("writes");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&serde)
        );
    }

    /// Two strings of a record: `plain` as serde_json borrows it from the text, `escaped` as it
    /// unescapes it into a string of its own.
    #[derive(serde::Deserialize)]
    struct Record<'a> {
        #[serde(borrow)]
        plain: Cow<'a, str>,
        #[serde(borrow)]
        escaped: Cow<'a, str>,
    }

    #[test]
    fn strings_borrowed_from_the_record_are_copied_unscanned_and_the_bytes_stay_serdes() {
        let text = r#"{"plain":"ชื่อ plain / 'x' ~","escaped":"q\"uote\\ \u0001 \n ไทย"}"#;
        let rec: Record<'_> = serde_json::from_str(text).expect("a record");
        assert!(matches!(rec.plain, Cow::Borrowed(_)));
        assert!(matches!(rec.escaped, Cow::Owned(_)));
        let mut buf = Vec::new();
        let out = JsonOut::from_record(&mut buf, text.as_bytes());
        assert!(out.is_clean(&rec.plain));
        assert!(out.is_clean(&rec.plain[3..9]), "a part of a clean string");
        assert!(
            !out.is_clean(&rec.escaped),
            "unescaped into a string of its own"
        );
        let copy = rec.plain.to_string();
        assert!(!out.is_clean(&copy), "a copy lies elsewhere");
        // The text itself (with its quotes) lies in the record but was never a string's content:
        // only what serde_json borrowed may be passed in.
        let parsed: Value = serde_json::from_str(text).expect("JSON");
        let plain_in_value = parsed["plain"].as_str().expect("a string");
        assert!(
            !out.is_clean(plain_in_value),
            "a parsed value's strings are its own"
        );
        assert!(!JsonOut::new(&mut Vec::new()).is_clean(&rec.plain));

        let value = Slot::Val(vec![
            Some(Translated {
                code: rec.plain.clone(),
                label: Some(rec.escaped.clone()),
                clean: false,
            }),
            Some(Translated {
                code: rec.escaped.clone(),
                label: Some(Cow::Borrowed(&rec.plain[3..9])),
                clean: false,
            }),
        ]);
        let mut ours = b"[".to_vec();
        value
            .write_json(&mut JsonOut::from_record(&mut ours, text.as_bytes()))
            .expect("writes");
        let mut serde = b"[".to_vec();
        write_json(&mut serde, &value).expect("writes");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&serde)
        );
    }

    /// In a debug build, a string of the record's text that would need an escape (which
    /// serde_json never borrows) stops the writer rather than write broken JSON.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "needs an escape")]
    fn a_string_of_the_record_text_that_needs_an_escape_is_caught_in_debug_builds() {
        let text = r#"{"a":"x"}"#;
        let mut buf = Vec::new();
        let mut out = JsonOut::from_record(&mut buf, text.as_bytes());
        out.str(&text[1..4]);
    }

    fn slots<T: Clone>(v: T) -> Vec<Slot<T>> {
        static DEFAULT: std::sync::LazyLock<Value> =
            std::sync::LazyLock::new(|| json!({"a": [1, "x\"y"]}));
        vec![
            Slot::Omit,
            Slot::Null,
            Slot::EmptyString,
            Slot::EmptyList,
            Slot::Val(v),
            Slot::Json(&DEFAULT),
        ]
    }

    #[test]
    fn every_slot_of_every_output_type_as_serde() {
        for s in ["", "ก\"ข\\\n", "plain"] {
            for slot in slots(Cow::Borrowed(s)) {
                same(&slot);
            }
        }
        for slot in slots(-42_i64).into_iter().chain(slots(i64::MAX)) {
            same(&slot);
        }
        for slot in slots(true).into_iter().chain(slots(false)) {
            same(&slot);
        }
        let n = serde_json::Number::from_f64(1.5e300).expect("finite");
        for slot in slots(n) {
            same(&slot);
        }
        let v = json!({"k\u{1}": [null, 2.5, "ไทย"], "b": {}});
        for slot in slots(&v) {
            same(&slot);
        }
        for slot in slots(Cow::<Value>::Owned(v.clone())) {
            same(&slot);
        }
        for slot in slots(vec![Some(Cow::Borrowed("a\"")), None]) {
            same(&slot);
        }
        for slot in slots(Vec::<Option<i64>>::new()) {
            same(&slot);
        }
    }

    #[test]
    fn translated_codes_with_and_without_a_label() {
        let labelled = Translated {
            code: Cow::Borrowed("c\"1"),
            label: Some(Cow::Borrowed("ชาย \\ \"m\"")),
            clean: false,
        };
        let bare = Translated {
            code: Cow::Owned("x".into()),
            label: None,
            clean: false,
        };
        for slot in slots(labelled.clone()) {
            same(&slot);
        }
        same(&Slot::Val(vec![Some(labelled), None, Some(bare)]));
    }

    /// An output struct as `cargo gen` writes it: serde's derive and the keys as constants.
    #[derive(Serialize)]
    struct Out<'r> {
        #[serde(skip_serializing_if = "Slot::is_omit")]
        a: Slot<Cow<'r, str>>,
        #[serde(rename = "b\"", skip_serializing_if = "Slot::is_omit")]
        b: Slot<Vec<Inner>>,
    }

    #[derive(Serialize)]
    struct Inner {
        #[serde(skip_serializing_if = "Slot::is_omit")]
        n: Slot<i64>,
    }

    impl WriteJson for Out<'_> {
        fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
            let start = object_start(out);
            if !self.a.is_omit() {
                out.bytes(br#","a":"#);
                self.a.write_json(out)?;
            }
            if !self.b.is_omit() {
                out.bytes(br#","b\"":"#);
                self.b.write_json(out)?;
            }
            object_end(out, start);
            Ok(())
        }
    }

    impl WriteJson for Inner {
        fn write_json(&self, out: &mut JsonOut<'_>) -> Result {
            let start = object_start(out);
            if !self.n.is_omit() {
                out.bytes(br#","n":"#);
                self.n.write_json(out)?;
            }
            object_end(out, start);
            Ok(())
        }
    }

    #[test]
    fn objects_with_keys_left_out_first_last_or_all() {
        let inner = |n| Inner { n };
        for a in slots(Cow::Borrowed("x")) {
            for b in [
                Slot::Omit,
                Slot::Null,
                Slot::Val(vec![]),
                Slot::Val(vec![
                    inner(Slot::Omit),
                    inner(Slot::Val(3)),
                    inner(Slot::Null),
                ]),
            ] {
                same(&Out { a: a.clone(), b });
            }
        }
    }

    proptest! {
        #[test]
        fn random_text_and_json_as_serde(s in any::<String>(), n in any::<i64>(), f in any::<f64>()) {
            same(&Slot::Val(Cow::Borrowed(s.as_str())));
            same(&Translated { code: Cow::Borrowed(&s), label: Some(Cow::Owned(s.clone())), clean: false });
            same(&Slot::Val(vec![Some(n), None]));
            same(&Slot::Val(json!([f, s, n])));
        }
    }
}
