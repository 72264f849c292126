//! Reading a record's JSON text through serde, faster than serde_json where the text is plain,
//! and exactly as serde_json everywhere.
//!
//! [`from_str`] first runs a small serde `Deserializer` of its own over the text. It handles
//! the common case: strings (escapes decoded as serde_json decodes them), integers, `true`,
//! `false`, `null`, objects, arrays, and white space between them. The end of a string is found
//! 16 bytes at a time (an SSE2 compare; memchr's search past 64 bytes), where serde_json looks
//! at every string byte (a quarter of `transform`'s instructions on the bench). On anything
//! else (a float, a number that does not fit, an escape serde_json refuses, bad syntax, an
//! error of the visitor, a nesting deeper than [`MAX_DEPTH`]) it gives up, and the record is
//! read again by `serde_json::from_str`, whose value or error is the result.
//!
//! So a record is accepted, and its error worded, as serde_json does it. What must hold is that
//! when this reader succeeds, the visitor saw the calls serde_json would have made:
//! - a string as `visit_borrowed_str` (serde_json borrows a string without escapes from the
//!   text), or as `visit_str` when it held an escape; a map key too;
//! - a non-negative integer as `visit_u64`, a negative one as `visit_i64`;
//! - `null` as `visit_unit` (`visit_none` for an `Option`), objects and arrays as maps and
//!   sequences, in text order.
//!
//! The tests compare the calls of the two on many shapes, and a fuzz target compares the
//! results on any input.

use memchr::memchr2;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::block16::quotes_or_backslashes as specials;

/// Objects and arrays nested deeper than this go to serde_json (its limit is 128).
pub const MAX_DEPTH: u32 = 100;

/// Reads `T` from a whole record's text: this module's reader, or serde_json's when it gives up.
pub fn from_str<'a, T: Deserialize<'a>>(text: &'a str) -> serde_json::Result<T> {
    from_str_seed(text, std::marker::PhantomData)
}

/// [`from_str`] through a seed (a visitor that keeps some of the value, say).
pub fn from_str_seed<'a, S: DeserializeSeed<'a> + Clone>(
    text: &'a str,
    seed: S,
) -> serde_json::Result<S::Value> {
    match read_plain_seed(text, seed.clone()) {
        Some(v) => Ok(v),
        None => {
            let mut de = serde_json::Deserializer::from_str(text);
            let v = seed.deserialize(&mut de)?;
            de.end()?;
            Ok(v)
        }
    }
}

/// This module's reader alone: `None` where it gives up (the text may still be valid JSON).
pub fn read_plain<'a, T: Deserialize<'a>>(text: &'a str) -> Option<T> {
    read_plain_seed(text, std::marker::PhantomData)
}

fn read_plain_seed<'a, S: DeserializeSeed<'a>>(text: &'a str, seed: S) -> Option<S::Value> {
    let mut r = Reader::new(text);
    let v = seed.deserialize(&mut r).ok()?;
    match r.peek() {
        None => Some(v),
        Some(_) => None,
    }
}

/// The reader gave up: the caller reads the text again with serde_json.
#[derive(Debug)]
pub struct GiveUp;

impl std::fmt::Display for GiveUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not plain JSON")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

/// Deserializer methods of one visitor argument that read a number, and nothing else.
macro_rules! only_number {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
            self.only_number(v)
        })*
    };
}

/// Deserializer methods of one visitor argument that give up.
macro_rules! give_up {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
            Err(GiveUp)
        })*
    };
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
    /// The text holds a byte below 0x20 somewhere: each string is checked for one (serde_json
    /// refuses them in strings). Compact records hold none, and skip the check.
    controls: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            at: 0,
            depth: 0,
            // The line end after an NDJSON record is not in a string.
            controls: has_control(text.trim_end_matches(['\n', '\r']).as_bytes()),
        }
    }

    /// The next byte after spaces, not taken.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            match b {
                b' ' | b'\n' | b'\t' | b'\r' => self.at += 1,
                _ => return Some(b),
            }
        }
        None
    }

    /// Takes `b` after spaces.
    #[inline]
    fn expect(&mut self, b: u8) -> Result<()> {
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    /// A string without escapes, the reader at its opening quote. A string with an escape is
    /// an error here too (the reader stays at the quote): [`Reader::decoded`] then reads it.
    /// (A result of two kinds of string would not fit in two registers.)
    ///
    /// Inlined is only the common case, a string that ends in the 16 bytes after its quote in
    /// a text without control bytes. A longer string is [`Reader::str_past_block`], the rest
    /// [`Reader::str_slow`], so that the inlined code makes no call and needs few registers (the
    /// whole search made every call save six).
    #[inline]
    fn str(&mut self) -> Result<&'a str> {
        let start = self.at + 1;
        if let Some(block) = self
            .text
            .as_bytes()
            .get(start..)
            .and_then(<[u8]>::first_chunk)
            && !self.controls
        {
            let found = specials(block);
            if found == 0 {
                return self.str_past_block(start);
            }
            let len = found.trailing_zeros() as usize;
            if block[len] == b'"' {
                let s = self.text.get(start..start + len).ok_or(GiveUp)?;
                self.at = start + len + 1;
                return Ok(s);
            }
        }
        self.str_slow()
    }

    /// [`Reader::str`] of a string longer than its first block, which holds no `"` or `\`, in
    /// a text without control bytes: the search goes on after that block.
    #[inline(never)]
    fn str_past_block(&mut self, start: usize) -> Result<&'a str> {
        let rest = self.text.as_bytes().get(start + 16..).ok_or(GiveUp)?;
        let len = 16 + quote_or_backslash(rest).ok_or(GiveUp)?;
        if self.text.as_bytes()[start + len] != b'"' {
            return Err(GiveUp);
        }
        let s = self.text.get(start..start + len).ok_or(GiveUp)?;
        self.at = start + len + 1;
        Ok(s)
    }

    /// [`Reader::str`] in full: any length, control bytes checked.
    #[inline(never)]
    fn str_slow(&mut self) -> Result<&'a str> {
        let start = self.at + 1;
        let rest = self.text.as_bytes().get(start..).ok_or(GiveUp)?;
        let len = quote_or_backslash(rest).ok_or(GiveUp)?;
        if rest[len] != b'"' {
            return Err(GiveUp);
        }
        let s = self.text.get(start..start + len).ok_or(GiveUp)?;
        if self.controls && has_control(s.as_bytes()) {
            return Err(GiveUp);
        }
        self.at = start + len + 1;
        Ok(s)
    }

    /// The string at the reader, which [`Reader::str`] refused, decoded. Gives up when it holds
    /// no escape (it was refused for another reason).
    #[cold]
    fn decoded(&mut self) -> Result<String> {
        let start = self.at + 1;
        let rest = self.text.as_bytes().get(start..).ok_or(GiveUp)?;
        let len = quote_or_backslash(rest).ok_or(GiveUp)?;
        if rest[len] != b'\\' {
            return Err(GiveUp);
        }
        self.escaped(start, start + len)
    }

    /// A string visited as serde_json visits it: `visit_borrowed_str` when it holds no escape,
    /// else `visit_str` of its decoded text.
    #[inline]
    fn visit_str<V: Visitor<'a>>(&mut self, v: V) -> Result<V::Value> {
        match self.str() {
            Ok(s) => v.visit_borrowed_str(s),
            Err(GiveUp) => v.visit_str(&self.decoded()?),
        }
    }

    /// The string that starts at `start` decoded, its first backslash at `at`. Gives up on an
    /// escape serde_json refuses (an unknown one, a `\u` that is not 4 hex digits, a lone
    /// surrogate).
    #[cold]
    fn escaped(&mut self, start: usize, mut at: usize) -> Result<String> {
        let bytes = self.text.as_bytes();
        let mut out = String::from(self.text.get(start..at).ok_or(GiveUp)?);
        loop {
            let (c, len) = match bytes.get(at + 1).ok_or(GiveUp)? {
                b'"' => ('"', 2),
                b'\\' => ('\\', 2),
                b'/' => ('/', 2),
                b'b' => ('\u{8}', 2),
                b'f' => ('\u{c}', 2),
                b'n' => ('\n', 2),
                b'r' => ('\r', 2),
                b't' => ('\t', 2),
                b'u' => match hex4(bytes, at + 2)? {
                    hi @ 0xD800..=0xDBFF => {
                        if bytes.get(at + 6..at + 8) != Some(b"\\u") {
                            return Err(GiveUp);
                        }
                        let lo = hex4(bytes, at + 8)?;
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            return Err(GiveUp);
                        }
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        (char::from_u32(c).ok_or(GiveUp)?, 12)
                    }
                    n => (char::from_u32(n).ok_or(GiveUp)?, 6),
                },
                _ => return Err(GiveUp),
            };
            out.push(c);
            at += len;
            let next = quote_or_backslash(bytes.get(at..).ok_or(GiveUp)?).ok_or(GiveUp)?;
            out.push_str(self.text.get(at..at + next).ok_or(GiveUp)?);
            at += next;
            if bytes[at] == b'"' {
                break;
            }
        }
        if self.controls && has_control(&bytes[start..at]) {
            return Err(GiveUp);
        }
        self.at = at + 1;
        Ok(out)
    }

    /// `true`, `false` or `null`, its first byte already seen.
    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.text.as_bytes().get(self.at..self.at + word.len()) == Some(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    /// An integer as serde_json visits it; anything else numeric gives up.
    fn number<V: Visitor<'a>>(&mut self, v: V) -> Result<V::Value> {
        let bytes = self.text.as_bytes();
        let negative = bytes.get(self.at) == Some(&b'-');
        let first = self.at + usize::from(negative);
        let digits = bytes
            .get(first..)
            .ok_or(GiveUp)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        // One leading zero only, and at most 19 digits (u64 holds any 19-digit number).
        if digits == 0 || digits > 19 || (digits > 1 && bytes[first] == b'0') {
            return Err(GiveUp);
        }
        let end = first + digits;
        if matches!(bytes.get(end), Some(b'.' | b'e' | b'E')) {
            return Err(GiveUp);
        }
        let n = bytes[first..end]
            .iter()
            .try_fold(0u64, |n, &d| {
                n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
            })
            .ok_or(GiveUp)?;
        self.at = end;
        if !negative {
            return v.visit_u64(n);
        }
        // serde_json reads `-0` and a negative beyond i64 as floats.
        match i64::try_from(n) {
            Ok(n) if n > 0 => v.visit_i64(-n),
            _ => Err(GiveUp),
        }
    }

    /// A number where the visitor asked for one.
    fn only_number<V: Visitor<'a>>(&mut self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => self.number(v),
            _ => Err(GiveUp),
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        self.at += 1;
        Ok(())
    }

    fn map<V: Visitor<'a>>(&mut self, v: V) -> Result<V::Value> {
        self.enter()?;
        let value = v.visit_map(Entries {
            r: &mut *self,
            first: true,
        })?;
        self.expect(b'}')?;
        self.depth -= 1;
        Ok(value)
    }

    fn seq<V: Visitor<'a>>(&mut self, v: V) -> Result<V::Value> {
        self.enter()?;
        let value = v.visit_seq(Elements {
            r: &mut *self,
            first: true,
        })?;
        self.expect(b']')?;
        self.depth -= 1;
        Ok(value)
    }
}

/// Whether `bytes` holds a byte below 0x20: the least byte of each of 16 lanes, which the
/// compiler computes 16 bytes at a time (SSE2's `pminub`).
fn has_control(bytes: &[u8]) -> bool {
    let mut least = [u8::MAX; 16];
    let mut blocks = bytes.chunks_exact(16);
    for block in &mut blocks {
        for (l, &b) in least.iter_mut().zip(block) {
            *l = (*l).min(b);
        }
    }
    least.iter().chain(blocks.remainder()).any(|&b| b < 0x20)
}

/// The value of the 4 hex digits at `at` (either case, as serde_json reads them).
fn hex4(bytes: &[u8], at: usize) -> Result<u32> {
    let digits = bytes.get(at..at + 4).ok_or(GiveUp)?;
    digits.iter().try_fold(0, |n, &d| {
        let v = char::from(d).to_digit(16).ok_or(GiveUp)?;
        Ok(n * 16 + v)
    })
}

/// The position of the first `"` or `\\` in `s`. Most strings of a record are short (keys,
/// codes, dates): their end is found in the first 16-byte blocks, one SSE2 compare each and no
/// call (~9 instructions a block, where a word loop took ~11 a word); past 64 bytes the search
/// goes to memchr's. `transform`'s record reader finds the end of a string with it too. (A
/// 32-byte compare written for the compiler to vectorize came out as byte shuffles, and so did
/// a 16-byte one: only the intrinsics give the one compare; see the `block16` module.)
#[inline]
pub fn quote_or_backslash(s: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(block) = s[at..].first_chunk::<16>() {
        let found = specials(block);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize);
        }
        at += 16;
        if at == 64 {
            return long_tail(s);
        }
    }
    s[at..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|p| at + p)
}

/// [`quote_or_backslash`] past its first 64 bytes, out of line: long texts are few.
#[inline(never)]
fn long_tail(s: &[u8]) -> Option<usize> {
    memchr2(b'"', b'\\', &s[64..]).map(|p| 64 + p)
}

impl<'de> Deserializer<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek().ok_or(GiveUp)? {
            b'"' => self.visit_str(v),
            b'{' => self.map(v),
            b'[' => self.seq(v),
            b't' => self.literal(b"true").and_then(|()| v.visit_bool(true)),
            b'f' => self.literal(b"false").and_then(|()| v.visit_bool(false)),
            b'n' => self.literal(b"null").and_then(|()| v.visit_unit()),
            b'-' | b'0'..=b'9' => self.number(v),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b't' | b'f') => self.deserialize_any(v),
            _ => Err(GiveUp),
        }
    }

    // serde_json reads every number type through one number parser, which visits as `any`
    // does, and refuses anything but a number.
    only_number! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8
        deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32 deserialize_f64
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'"') => self.visit_str(v),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'n') => self.literal(b"null").and_then(|()| v.visit_none()),
            Some(_) => v.visit_some(self),
            None => Err(GiveUp),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'n') => self.literal(b"null").and_then(|()| v.visit_unit()),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value> {
        // serde_json's own newtypes (`RawValue`) are read its way: left to it.
        if name.starts_with("$serde_json") {
            return Err(GiveUp);
        }
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'[') => self.seq(v),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.peek() {
            Some(b'{') => self.map(v),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value> {
        // serde_json reads a struct from an object or from an array of its fields.
        match self.peek() {
            Some(b'{') => self.map(v),
            Some(b'[') => self.seq(v),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        // Passes over the value, its syntax checked as serde_json's `ignore_value` does.
        self.deserialize_any(de::IgnoredAny)?;
        v.visit_unit()
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_str(v)
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_str(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_str(v)
    }

    // Left to serde_json: its rules for these differ from `any`.
    give_up! { deserialize_i128 deserialize_u128 deserialize_bytes deserialize_byte_buf }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        _v: V,
    ) -> Result<V::Value> {
        Err(GiveUp)
    }
}

/// An object's entries; the reader is past its `{`.
struct Entries<'r, 'a> {
    r: &'r mut Reader<'a>,
    first: bool,
}

impl<'de> MapAccess<'de> for Entries<'_, 'de> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.r.peek() {
            Some(b'}') => return Ok(None),
            Some(b'"') if self.first => {}
            // After a comma, a key (serde_json refuses a trailing comma).
            Some(b',') if !self.first => {
                self.r.at += 1;
                if self.r.peek() != Some(b'"') {
                    return Err(GiveUp);
                }
            }
            _ => return Err(GiveUp),
        }
        self.first = false;
        match self.r.str() {
            Ok(key) => seed.deserialize(Key(key)).map(Some),
            Err(GiveUp) => {
                let key = self.r.decoded()?;
                seed.deserialize(DecodedKey(&key)).map(Some)
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.r.expect(b':')?;
        seed.deserialize(&mut *self.r)
    }
}

/// An array's elements; the reader is past its `[`.
struct Elements<'r, 'a> {
    r: &'r mut Reader<'a>,
    first: bool,
}

impl<'de> SeqAccess<'de> for Elements<'_, 'de> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        match self.r.peek() {
            Some(b']') => return Ok(None),
            Some(b',') if !self.first => {
                self.r.at += 1;
                if matches!(self.r.peek(), None | Some(b']')) {
                    return Err(GiveUp);
                }
            }
            Some(_) if self.first => {}
            _ => return Err(GiveUp),
        }
        self.first = false;
        seed.deserialize(&mut *self.r).map(Some)
    }
}

/// A map key without escapes, already read: serde_json hands it out borrowed.
struct Key<'a>(&'a str);

/// A map key decoded from its escapes: serde_json visits it with `visit_str`.
struct DecodedKey<'k>(&'k str);

/// A key's `Deserializer`, visiting its text with `$visit`.
macro_rules! key_deserializer {
    ($key:ty, $visit:ident $(, $lt:lifetime)?) => {
        impl<'de $(, $lt)?> Deserializer<'de> for $key {
            type Error = GiveUp;

            fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
                v.$visit(self.0)
            }

            fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
                v.$visit(self.0)
            }

            fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
                v.$visit(self.0)
            }

            fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
                v.$visit(self.0)
            }

            fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
                v.$visit(self.0)
            }

            // serde_json reads numbers, options, newtypes, enums and bytes from a key its own way:
            // left to it.
            give_up! {
                deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
                deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32
                deserialize_f64 deserialize_char deserialize_bytes deserialize_byte_buf
                deserialize_option deserialize_unit deserialize_seq deserialize_map
            }
            fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value> {
                Err(GiveUp)
            }
            fn deserialize_newtype_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                _: V,
            ) -> Result<V::Value> {
                Err(GiveUp)
            }
            fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
                Err(GiveUp)
            }
            fn deserialize_tuple_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                _: usize,
                _: V,
            ) -> Result<V::Value> {
                Err(GiveUp)
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                _: &'static [&'static str],
                _: V,
            ) -> Result<V::Value> {
                Err(GiveUp)
            }
            fn deserialize_enum<V: Visitor<'de>>(
                self,
                _: &'static str,
                _: &'static [&'static str],
                _: V,
            ) -> Result<V::Value> {
                Err(GiveUp)
            }
        }
    };
}

key_deserializer!(Key<'de>, visit_borrowed_str);
key_deserializer!(DecodedKey<'k>, visit_str, 'k);

#[cfg(test)]
mod tests;
