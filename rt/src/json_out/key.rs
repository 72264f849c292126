//! Map keys. A string key (the only kind a transform's output has: `serde_json::Map` keys and
//! struct fields) is written by [`write_str`]; any other key is handed to serde_json, so a
//! number or bool key is quoted as serde_json quotes it, and a key it refuses fails with its
//! error ("key must be a string", "float key must be finite").

use serde::ser::{self, Impossible, Serialize, SerializeMap};

use super::{Result, write_str};

/// Serializes a map key into the output buffer.
pub(super) struct KeySer<'o>(pub(super) &'o mut Vec<u8>);

/// A one-entry map `{key: null}`, to let serde_json write (or refuse) a key.
struct OneKey<'k, K: ?Sized>(&'k K);

impl<K: Serialize + ?Sized> Serialize for OneKey<'_, K> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(self.0, &())?;
        map.end()
    }
}

impl KeySer<'_> {
    /// The key as serde_json writes it: `{"k":null}` without `{` and `:null}`.
    fn by_serde_json<K: Serialize + ?Sized>(self, key: &K) -> Result {
        let entry = serde_json::to_vec(&OneKey(key))?;
        let inner = entry
            .get(1..entry.len().saturating_sub(":null}".len()))
            .unwrap_or_default();
        self.0.extend_from_slice(inner);
        Ok(())
    }

    /// serde_json's error for a key that is not a string, number or bool.
    fn refused<T>(self) -> Result<T> {
        match self.by_serde_json(&()) {
            Err(e) => Err(e),
            Ok(()) => Err(ser::Error::custom("key must be a string")),
        }
    }
}

impl ser::Serializer for KeySer<'_> {
    type Ok = ();
    type Error = serde_json::Error;
    type SerializeSeq = Impossible<(), serde_json::Error>;
    type SerializeTuple = Impossible<(), serde_json::Error>;
    type SerializeTupleStruct = Impossible<(), serde_json::Error>;
    type SerializeTupleVariant = Impossible<(), serde_json::Error>;
    type SerializeMap = Impossible<(), serde_json::Error>;
    type SerializeStruct = Impossible<(), serde_json::Error>;
    type SerializeStructVariant = Impossible<(), serde_json::Error>;

    fn serialize_str(self, v: &str) -> Result {
        write_str(self.0, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        write_str(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result {
        self.by_serde_json(&v)
    }
    numbers!(by_serde_json);
    fn serialize_bytes(self, _v: &[u8]) -> Result {
        self.refused()
    }
    fn serialize_none(self) -> Result {
        self.refused()
    }
    fn serialize_unit(self) -> Result {
        self.refused()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.refused()
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result {
        self.refused()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.refused()
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        self.refused()
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.refused()
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        self.refused()
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        self.refused()
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        self.refused()
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        self.refused()
    }
}
