//! Reading Primero API exports: `{"data": [...]}` envelopes or bare arrays, and the small
//! accessors the importers share.

use serde_json::Value;

use super::ImportError;

/// Parses `text` and returns the list under `data` (or the top-level list).
pub(super) fn records(text: &str, what: &'static str) -> Result<Vec<Value>, ImportError> {
    let v: Value =
        serde_json::from_str(text).map_err(|source| ImportError::Json { what, source })?;
    match v {
        Value::Array(a) => Ok(a),
        Value::Object(mut o) => match o.remove("data") {
            Some(Value::Array(a)) => Ok(a),
            _ => Err(ImportError::Shape {
                what,
                message: "expected a list or an object with a `data` list".into(),
            }),
        },
        _ => Err(ImportError::Shape {
            what,
            message: "expected a list or an object with a `data` list".into(),
        }),
    }
}

pub(super) fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

pub(super) fn bool_of(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// A Primero id may be a number or a string; both are compared as text.
pub(super) fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `display_text` / `name`: a map language -> label. Non-string labels are treated as absent.
pub(super) fn label(v: &Value, key: &str, lang: &str) -> Option<String> {
    v.get(key)?.get(lang)?.as_str().map(str::to_string)
}
