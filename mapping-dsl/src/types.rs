//! Value types of the spec language, shared by schemas, the checker, the IR and codegen.

use std::fmt;

/// Scalar types a schema field or an expression can have (defined beside the stdlib's
/// signatures, which name them).
pub use mapwright_rt::stdlib::Scalar;

/// The type of a value. Every value may also be `null` (a missing field reads as `null`), so
/// nullability is not part of the type of an expression; schemas record it per field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// The literal `null`.
    Null,
    Scalar(Scalar),
    /// A code of an option set (a string at run time).
    Select {
        set: String,
    },
    /// A list of codes of an option set.
    MultiSelect {
        set: String,
    },
    /// The output of translating one code: `{"code": "label"}`.
    Translated,
    List(Box<Type>),
    Object(ObjectType),
    /// Any JSON value (schema type `json`, or what the checker cannot narrow).
    Json,
}

/// An object with named, ordered fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ObjectType {
    pub fields: Vec<(String, Type)>,
}

impl ObjectType {
    pub fn get(&self, name: &str) -> Option<&Type> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }
}

impl Type {
    pub const STRING: Type = Type::Scalar(Scalar::String);
    pub const INT: Type = Type::Scalar(Scalar::Int);
    pub const NUMBER: Type = Type::Scalar(Scalar::Number);
    pub const BOOL: Type = Type::Scalar(Scalar::Bool);
    pub const DATE: Type = Type::Scalar(Scalar::Date);
    pub const DATETIME: Type = Type::Scalar(Scalar::DateTime);

    /// String-like at run time: text scalars and select codes.
    pub fn is_text(&self) -> bool {
        match self {
            Type::Scalar(s) => s.is_text(),
            Type::Select { .. } => true,
            _ => false,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Scalar(s) if s.is_numeric())
    }

    /// The element type of a list-like type.
    pub fn element(&self) -> Option<Type> {
        match self {
            Type::List(t) => Some((**t).clone()),
            Type::MultiSelect { set } => Some(Type::Select { set: set.clone() }),
            Type::Json => Some(Type::Json),
            _ => None,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Null => f.write_str("null"),
            Type::Scalar(s) => f.write_str(s.name()),
            Type::Select { set } => write!(f, "select({set})"),
            Type::MultiSelect { set } => write!(f, "multi_select({set})"),
            Type::Translated => f.write_str("{code: label}"),
            Type::List(t) => write!(f, "list<{t}>"),
            Type::Object(_) => f.write_str("object"),
            Type::Json => f.write_str("json"),
        }
    }
}
