//! Reading a whole record into a generated input struct, and the error of an output that could
//! not be written.

use serde::de::{self, Deserialize};

use crate::{ErrorKind, TransformError, stdlib};

/// Parses a whole record: `NotAnObject` when it is not a JSON object, `InvalidJson` otherwise.
pub fn read_value<'a, T: Deserialize<'a>>(v: &'a serde_json::Value) -> Result<T, TransformError> {
    if !v.is_object() {
        return Err(TransformError::new("", ErrorKind::NotAnObject));
    }
    T::deserialize(v).map_err(|e| TransformError::new("", ErrorKind::InvalidJson(e.to_string())))
}

/// Parses a whole record from its JSON bytes, as [`read_value`] from a parsed one.
pub fn read_bytes<'a, T: Deserialize<'a>>(b: &'a [u8]) -> Result<T, TransformError> {
    // serde's derive would also read a struct from a JSON array: only an object is a record.
    if b.iter().find(|c| !c.is_ascii_whitespace()) != Some(&b'{') {
        return Err(match serde_json::from_slice::<de::IgnoredAny>(b) {
            Ok(_) => TransformError::new("", ErrorKind::NotAnObject),
            Err(e) => TransformError::new("", ErrorKind::InvalidJson(e.to_string())),
        });
    }
    stdlib::json::from_record_bytes(b)
        .map_err(|e| TransformError::new("", ErrorKind::InvalidJson(e.to_string())))
}

/// An output that could not be written (only non-string map keys can cause this).
pub fn write_error(e: serde_json::Error) -> TransformError {
    TransformError::new("", ErrorKind::InvalidJson(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Field, Text};

    #[derive(Debug, serde::Deserialize)]
    struct Record<'a> {
        #[serde(borrow, default)]
        name: Field<Text<'a>>,
        #[serde(default)]
        age: Field<i64>,
    }

    fn kind(r: Result<Record<'_>, TransformError>) -> ErrorKind {
        let e = r.expect_err("the record is refused");
        assert_eq!(e.field, "", "a whole-record error names no field");
        e.kind
    }

    #[test]
    fn reads_an_object_from_bytes_or_a_value() {
        let r: Record =
            read_bytes(b" \n{\"name\": \"\xe0\xb8\x81\", \"age\": \"3\"}").expect("reads");
        assert_eq!(r.name, Field::Val("ก".into()));
        assert_eq!(r.age, Field::Coerced(3, crate::Coercion::StringToNumber));
        let v = serde_json::json!({"age": 4});
        let r: Record = read_value(&v).expect("reads");
        assert_eq!((r.name, r.age), (Field::Null, Field::Val(4)));
    }

    #[test]
    fn only_an_object_is_a_record() {
        // serde's derive would read the struct from an array of its fields.
        assert_eq!(kind(read_bytes(br#"["x", 3]"#)), ErrorKind::NotAnObject);
        assert_eq!(kind(read_bytes(b"  \"x\"")), ErrorKind::NotAnObject);
        assert_eq!(kind(read_bytes(b"null")), ErrorKind::NotAnObject);
        let array = serde_json::json!(["x", 3]);
        assert_eq!(kind(read_value(&array)), ErrorKind::NotAnObject);
    }

    #[test]
    fn broken_json_is_invalid_with_serde_jsons_message() {
        let message = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).unwrap_err();
        assert_eq!(
            kind(read_bytes(b"[1,")),
            ErrorKind::InvalidJson(message(b"[1,").to_string())
        );
        assert_eq!(
            kind(read_bytes(b"{\"name\": 1")),
            ErrorKind::InvalidJson(message(b"{\"name\": 1").to_string())
        );
        // Bytes that are not UTF-8 fail as serde_json's byte parser says, at the same place.
        let latin1 = b"{\"name\": \"caf\xe9\"}";
        assert_eq!(
            kind(read_bytes(latin1)),
            ErrorKind::InvalidJson(message(latin1).to_string())
        );
        assert_eq!(
            kind(read_bytes(b"")),
            ErrorKind::InvalidJson(message(b"").to_string())
        );
    }
}
