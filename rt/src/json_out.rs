//! Compact JSON output of a transform's records: the bytes `serde_json::to_writer` writes, with a
//! string writer that looks for the bytes needing an escape eight at a time.
//!
//! serde_json looks each byte of a string up in a table, which was 15 % of the instructions of
//! `mapwright transform` on the bench (Thai text and ASCII, which need no escape). Here a string
//! is read as 64-bit words; a word with no `"`, `\` or control byte (< 0x20) is passed over
//! whole, and each clean run is copied with one `extend_from_slice`. Escapes are serde_json's
//! (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and `\u00xx` in lowercase hex for the other control
//! bytes; DEL and non-ASCII are written as they are). Numbers, and map keys that are not
//! strings, are written by serde_json itself, so they are its bytes by construction.

use serde::ser::{self, Serialize};

use crate::block16::escape_mask;

type Result<T = ()> = std::result::Result<T, serde_json::Error>;

/// The `serialize_<number>` methods of a serializer, each handing the number to `self.$write`.
macro_rules! numbers {
    ($write:ident) => {
        numbers!(@each $write;
            serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
            serialize_i128 i128, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32,
            serialize_u64 u64, serialize_u128 u128, serialize_f32 f32, serialize_f64 f64);
    };
    (@each $write:ident; $($name:ident $ty:ident),*) => {
        $(fn $name(self, v: $ty) -> Result {
            self.$write(&v)
        })*
    };
}

/// A `Serialize*` trait of [`Compound`]: elements (or struct `fields`), then `$close($bracket)`.
macro_rules! compound {
    ($tr:ident, $method:ident, $close:ident, $bracket:expr) => {
        impl ser::$tr for Compound<'_> {
            type Ok = ();
            type Error = serde_json::Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }
            fn end(self) -> Result {
                self.$close($bracket)
            }
        }
    };
    (fields $tr:ident, $close:ident, $bracket:expr) => {
        impl ser::$tr for Compound<'_> {
            type Ok = ();
            type Error = serde_json::Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.field(key, value)
            }
            fn end(self) -> Result {
                self.$close($bracket)
            }
        }
    };
}

/// Appends `value` as compact JSON to `out`: what `serde_json::to_writer(out, value)` writes.
/// On an error (only a map key that is not a string, as in serde_json) `out` may hold part of
/// the value.
pub fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result {
    value.serialize(Ser(out))
}

/// `value` as compact JSON: what `serde_json::to_vec(value)` returns.
pub fn to_json_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(128);
    write_json(&mut out, value)?;
    Ok(out)
}

const SPACES: u64 = u64::from_le_bytes([b' '; 8]);

/// The byte index of the lowest byte marked in a non-zero [`escape_mask`].
#[inline]
fn first(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// Whether one byte needs an escape.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The index of the first byte of `bytes` at or after `from` that needs an escape. The last
/// 1 to 7 bytes are read without a copy: from the string's last word (shifted down past the
/// bytes before `from`, which may need an escape, with spaces shifted in above), or, in a
/// string shorter than 8 bytes, as its first and last 4 bytes.
#[inline]
fn next_escape(bytes: &[u8], mut from: usize) -> Option<usize> {
    // 16 bytes at a time while there are as many (one SSE2 compare), then the words.
    while let Some(block) = bytes.get(from..).and_then(<[u8]>::first_chunk::<16>) {
        let mask = crate::block16::escapes(block);
        if mask != 0 {
            return Some(from + mask.trailing_zeros() as usize);
        }
        from += 16;
    }
    while let Some(word) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
        let mask = escape_mask(u64::from_le_bytes(*word));
        if mask != 0 {
            return Some(from + first(mask));
        }
        from += 8;
    }
    let rest = bytes.len().saturating_sub(from);
    if rest == 0 {
        return None;
    }
    if let Some(last) = bytes.last_chunk::<8>() {
        let word = u64::from_le_bytes(*last) >> (8 * (8 - rest)) | SPACES << (8 * rest);
        let mask = escape_mask(word);
        return (mask != 0).then(|| from + first(mask));
    }
    let tail = bytes.get(from..).unwrap_or_default();
    let (Some(head4), Some(last4)) = (tail.first_chunk::<4>(), tail.last_chunk::<4>()) else {
        return tail
            .iter()
            .position(|&b| needs_escape(b))
            .map(|at| from + at);
    };
    let word = u64::from(u32::from_le_bytes(*head4)) | u64::from(u32::from_le_bytes(*last4)) << 32;
    let mask = escape_mask(word);
    // A mark in the upper half is at `rest - 4 + (at - 4)` of the tail.
    (mask != 0).then(|| {
        from + if first(mask) < 4 {
            first(mask)
        } else {
            rest + first(mask) - 8
        }
    })
}

/// Whether JSON writes `s` with an escape (it holds `"`, `\` or a control byte): what
/// `cargo gen` asks of option tables and the engine of personal field names.
pub fn needs_json_escape(s: &str) -> bool {
    next_escape(s.as_bytes(), 0).is_some()
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The escape of one byte that needs it (`"`, `\` or a control byte), as serde_json writes it.
#[inline]
fn push_escape(out: &mut Vec<u8>, byte: u8) {
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xf)]];
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex[0], hex[1]]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

/// `s` as a JSON string, quotes included.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..at]);
        push_escape(out, bytes[at]);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The serializer: a thin handle on the output buffer.
struct Ser<'o>(&'o mut Vec<u8>);

/// A sequence or map being written; `first` until its first element.
struct Compound<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl<'o> Compound<'o> {
    fn open(out: &'o mut Vec<u8>, bracket: u8) -> Self {
        out.push(bracket);
        Compound { out, first: true }
    }

    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(Ser(self.out))
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        self.comma();
        write_str(self.out, key);
        self.out.push(b':');
        value.serialize(Ser(self.out))
    }

    fn close(self, bracket: u8) -> Result {
        self.out.push(bracket);
        Ok(())
    }

    /// The end of an enum variant's value: its bracket, then the `}` of `{"variant":…}`.
    fn close_variant(self, bracket: u8) -> Result {
        self.out.extend_from_slice(&[bracket, b'}']);
        Ok(())
    }
}

impl Ser<'_> {
    /// A number, written by serde_json (itoa / zmij, `null` for a float that is not finite).
    fn number<T: Serialize>(self, n: &T) -> Result {
        serde_json::to_writer(self.0, n)
    }
}

/// `{"variant":` of an enum variant that holds a value.
fn open_variant(out: &mut Vec<u8>, variant: &str) {
    out.push(b'{');
    write_str(out, variant);
    out.push(b':');
}

impl<'o> ser::Serializer for Ser<'o> {
    type Ok = ();
    type Error = serde_json::Error;
    type SerializeSeq = Compound<'o>;
    type SerializeTuple = Compound<'o>;
    type SerializeTupleStruct = Compound<'o>;
    type SerializeTupleVariant = Compound<'o>;
    type SerializeMap = Compound<'o>;
    type SerializeStruct = Compound<'o>;
    type SerializeStructVariant = Compound<'o>;

    fn serialize_bool(self, v: bool) -> Result {
        self.0.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    numbers!(number);
    fn serialize_char(self, v: char) -> Result {
        write_str(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        write_str(self.0, v);
        Ok(())
    }
    /// As serde_json: an array of numbers.
    fn serialize_bytes(self, v: &[u8]) -> Result {
        let mut seq = Compound::open(self.0, b'[');
        for b in v {
            seq.element(b)?;
        }
        seq.close(b']')
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.0.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }
    /// A [`RawJson`]'s text is spliced in as it is.
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result {
        if name == raw::TOKEN
            && let Some(text) = raw::take_handoff()
        {
            self.0.extend_from_slice(text.as_bytes());
            return Ok(());
        }
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        open_variant(self.0, variant);
        value.serialize(Ser(&mut *self.0))?;
        self.0.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'o>> {
        Ok(Compound::open(self.0, b'['))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'o>> {
        Ok(Compound::open(self.0, b'['))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'o>> {
        Ok(Compound::open(self.0, b'['))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'o>> {
        open_variant(self.0, variant);
        Ok(Compound::open(self.0, b'['))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'o>> {
        Ok(Compound::open(self.0, b'{'))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'o>> {
        Ok(Compound::open(self.0, b'{'))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'o>> {
        open_variant(self.0, variant);
        Ok(Compound::open(self.0, b'{'))
    }
}

compound!(SerializeSeq, serialize_element, close, b']');
compound!(SerializeTuple, serialize_element, close, b']');
compound!(SerializeTupleStruct, serialize_field, close, b']');
compound!(SerializeTupleVariant, serialize_field, close_variant, b']');

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = serde_json::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.comma();
        key.serialize(KeySer(self.out))?;
        self.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(Ser(self.out))
    }
    fn end(self) -> Result {
        self.close(b'}')
    }
}

compound!(fields SerializeStruct, close, b'}');
compound!(fields SerializeStructVariant, close_variant, b'}');

mod key;
use key::KeySer;

mod typed;
pub use typed::{JsonOut, WriteJson, object_end, object_start};

mod raw;
pub use raw::{RawJson, RawJsonError};

#[cfg(test)]
mod tests;
