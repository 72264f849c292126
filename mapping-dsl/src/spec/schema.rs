//! `schema:` files: record shapes.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::de::{OrderedMap, hand_schema};
use crate::yaml::Sp;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchemaFile {
    pub schema: Sp<String>,
    pub description: Option<String>,
    pub coercion: Option<Sp<CoercionMode>>,
    pub accept: Option<Vec<Sp<CoercionName>>>,
    pub fields: Sp<OrderedMap<String, Sp<FieldDecl>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoercionMode {
    Strict,
    Lenient,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoercionName {
    NumberToString,
    StringToBool,
    StringToNumber,
    BoolToString,
    EmptyToNull,
}

/// One field: `TYPE`, `TYPE?`, or the long form. `ty` is a scalar name, `select`,
/// `multi_select`, `object`, `list`, `json`, or the name of another schema of the deployment.
#[derive(Debug)]
pub struct FieldDecl {
    /// The type name; its span is unknown for the short form (use the field's span).
    pub ty: Sp<String>,
    pub nullable: bool,
    pub options: Option<Sp<String>>,
    pub fields: Option<OrderedMap<String, Sp<FieldDecl>>>,
    pub items: Option<Sp<String>>,
    pub description: Option<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FieldLong {
    #[serde(rename = "type")]
    ty: Sp<String>,
    #[serde(default)]
    nullable: bool,
    options: Option<Sp<String>>,
    fields: Option<OrderedMap<String, Sp<FieldDecl>>>,
    items: Option<Sp<String>>,
    description: Option<String>,
}

hand_schema!(FieldDecl, "Field", |g| schemars::json_schema!({
    "description": "A field: a type (`string`, `int?`, `select`, another schema's name) or the long form with `type:`.",
    "anyOf": [{ "type": "string" }, g.subschema_for::<FieldLong>()]
}));

/// Splits `int?` into (`int`, nullable).
pub fn split_nullable(s: &str) -> (&str, bool) {
    match s.trim().strip_suffix('?') {
        Some(t) => (t.trim_end(), true),
        None => (s.trim(), false),
    }
}

pub(crate) fn unspanned<T>(value: T) -> Sp<T> {
    Sp {
        value,
        referenced: serde_saphyr::Location::UNKNOWN,
        defined: serde_saphyr::Location::UNKNOWN,
    }
}

impl<'de> serde::Deserialize<'de> for FieldDecl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldDecl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a type (`string`, `int?`, …) or a mapping with `type:`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldDecl, E> {
                let (t, nullable) = split_nullable(v);
                Ok(FieldDecl {
                    ty: unspanned(t.to_owned()),
                    nullable,
                    options: None,
                    fields: None,
                    items: None,
                    description: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<FieldDecl, A::Error> {
                let l = FieldLong::deserialize(de::value::MapAccessDeserializer::new(m))?;
                let (t, q) = split_nullable(&l.ty.value);
                let ty = Sp {
                    value: t.to_owned(),
                    referenced: l.ty.referenced,
                    defined: l.ty.defined,
                };
                Ok(FieldDecl {
                    ty,
                    nullable: l.nullable || q,
                    options: l.options,
                    fields: l.fields,
                    items: l.items,
                    description: l.description,
                })
            }
        }
        d.deserialize_any(V)
    }
}
