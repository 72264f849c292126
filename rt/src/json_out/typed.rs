//! Writing a transform's output without serde's visitor: [`WriteJson`] on the values an output
//! struct holds, and the object frame ([`object_start`] / [`object_end`]) of the impl that
//! `cargo gen` writes for each output struct, whose keys are constant bytes (`,"key":`, escaped
//! when the code is generated) instead of strings scanned for escapes on every record.
//!
//! The bytes are those of the serde path ([`super::write_json`] on the same value, which are
//! serde_json's): strings go through the same [`write_str`], numbers and `json` values through
//! the serde path itself.

use std::borrow::Cow;

use super::{Result, write_json, write_str};
use crate::{Slot, Translated};

/// A value written as compact JSON, byte for byte as [`super::write_json`] writes it.
pub trait WriteJson {
    fn write_json(&self, out: &mut Vec<u8>) -> Result;
}

/// Starts an object whose keys are written as `,"key":`: returns where it starts.
#[inline]
pub fn object_start(out: &[u8]) -> usize {
    out.len()
}

/// Ends an object started at `start`: its first key's `,` becomes the `{` (or `{}` when no key
/// was written).
#[inline]
pub fn object_end(out: &mut Vec<u8>, start: usize) {
    match out.get_mut(start) {
        Some(comma) => {
            *comma = b'{';
            out.push(b'}');
        }
        None => out.extend_from_slice(b"{}"),
    }
}

impl WriteJson for str {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        write_str(out, self);
        Ok(())
    }
}

impl WriteJson for String {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        write_str(out, self);
        Ok(())
    }
}

impl WriteJson for bool {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
        Ok(())
    }
}

/// Numbers and `json` values: the serde path (serde_json writes the numbers).
macro_rules! by_serde {
    ($($ty:ty),*) => {
        $(impl WriteJson for $ty {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) -> Result {
                write_json(out, self)
            }
        })*
    };
}
by_serde!(i64, serde_json::Number, serde_json::Value);

impl<T: WriteJson + ?Sized> WriteJson for &T {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        (**self).write_json(out)
    }
}

impl<T: WriteJson + ToOwned + ?Sized> WriteJson for Cow<'_, T> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        (**self).write_json(out)
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        match self {
            Some(v) => v.write_json(out),
            None => {
                out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        out.push(b'[');
        let mut items = self.iter();
        if let Some(first) = items.next() {
            first.write_json(out)?;
            for v in items {
                out.push(b',');
                v.write_json(out)?;
            }
        }
        out.push(b']');
        Ok(())
    }
}

/// `{"code":"label"}`, `{"code":null}` without a label.
impl WriteJson for Translated<'_> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        out.push(b'{');
        write_str(out, &self.code);
        out.push(b':');
        self.label.write_json(out)?;
        out.push(b'}');
        Ok(())
    }
}

/// A slot left out is written as `null`, as serde writes it (the struct's impl leaves it out
/// before that).
impl<T: WriteJson> WriteJson for Slot<T> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) -> Result {
        match self {
            Slot::Omit | Slot::Null => {
                out.extend_from_slice(b"null");
                Ok(())
            }
            Slot::EmptyString => {
                out.extend_from_slice(b"\"\"");
                Ok(())
            }
            Slot::EmptyList => {
                out.extend_from_slice(b"[]");
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
        v.write_json(&mut ours).expect("writes");
        let mut serde = b"[1,".to_vec();
        write_json(&mut serde, v).expect("writes");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&serde)
        );
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
        };
        let bare = Translated {
            code: Cow::Owned("x".into()),
            label: None,
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
        fn write_json(&self, out: &mut Vec<u8>) -> Result {
            let start = object_start(out);
            if !self.a.is_omit() {
                out.extend_from_slice(br#","a":"#);
                self.a.write_json(out)?;
            }
            if !self.b.is_omit() {
                out.extend_from_slice(br#","b\"":"#);
                self.b.write_json(out)?;
            }
            object_end(out, start);
            Ok(())
        }
    }

    impl WriteJson for Inner {
        fn write_json(&self, out: &mut Vec<u8>) -> Result {
            let start = object_start(out);
            if !self.n.is_omit() {
                out.extend_from_slice(br#","n":"#);
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
            same(&Translated { code: Cow::Borrowed(&s), label: Some(Cow::Owned(s.clone())) });
            same(&Slot::Val(vec![Some(n), None]));
            same(&Slot::Val(json!([f, s, n])));
        }
    }
}
