//! The error a record fails with: which field, why, and which record.

/// Why a record failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("expected {expected}, found {found}")]
    WrongType { expected: String, found: String },
    #[error("unknown code `{code}` for option set `{set}`")]
    UnknownCode { set: String, code: String },
    #[error("no entry for `{key}` in value map `{map}`")]
    UnmappedValue { map: String, key: String },
    #[error("{function}: {reason}")]
    Function { function: String, reason: String },
    #[error("the record is not a JSON object")]
    NotAnObject,
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
}

/// A record-level failure: which field, why, and which record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{field}: {kind}", record.as_deref().map(|k| format!("record {k}: ")).unwrap_or_default())]
pub struct TransformError {
    /// The record's key (the transform's `key:` expression), when known.
    pub record: Option<String>,
    /// The target field path, e.g. `family[2].relation` (or the source path for input errors).
    pub field: String,
    pub kind: ErrorKind,
}

impl TransformError {
    pub fn new(field: impl Into<String>, kind: ErrorKind) -> Self {
        TransformError {
            record: None,
            field: field.into(),
            kind,
        }
    }
}
