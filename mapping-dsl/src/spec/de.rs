//! Small deserializers shared by the spec model: expression text that may be any YAML scalar,
//! option codes that may be numbers or booleans, and ordered maps that keep key spans.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use crate::yaml::Sp;

/// The text of an expression. YAML reads `when: false` or `from: 12` as a bool or a number; we
/// take the scalar's text back, since the expression language has the same literals.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprText(pub String);

impl<'de> Deserialize<'de> for ExprText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarText("an expression (a YAML scalar)"))
            .map(ExprText)
    }
}

/// An option code or a value-map key: text, or a number / boolean written bare (`code: 1`,
/// Primero's yes/no lookups use `true` / `false`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(pub String);

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarText("a code (text, number or boolean)"))
            .map(Code)
    }
}

struct ScalarText(&'static str);

impl<'de> Visitor<'de> for ScalarText {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Ok("null".to_owned())
    }
    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Ok("null".to_owned())
    }
}

/// A YAML mapping kept in file order, with the span of every key.
#[derive(Debug, Clone)]
pub struct OrderedMap<K, V> {
    pub entries: Vec<(Sp<K>, V)>,
}

impl<K, V> Default for OrderedMap<K, V> {
    fn default() -> Self {
        OrderedMap {
            entries: Vec::new(),
        }
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for V2<K, V> {
            type Value = OrderedMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(k) = m.next_key::<Sp<K>>()? {
                    let v = m.next_value::<V>()?;
                    entries.push((k, v));
                }
                Ok(OrderedMap { entries })
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(OrderedMap::default())
            }
        }
        d.deserialize_map(V2(PhantomData))
    }
}

/// A JSON Schema written by hand for a type whose `Deserialize` is a visitor (`schemars` cannot
/// see through one). Each stays beside its visitor; `spec::json_schema`'s tests compare the keys
/// it lists with the keys the loader accepts.
macro_rules! hand_schema {
    ($ty:ty, $name:literal, |$g:ident| $body:expr) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema($g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $body
            }
        }
    };
}
pub(crate) use hand_schema;

hand_schema!(ExprText, "Expression", |_g| schemars::json_schema!({
    "description": "An expression of the mapping language (a YAML scalar).",
    "type": ["string", "number", "boolean", "null"]
}));

hand_schema!(Code, "Code", |_g| schemars::json_schema!({
    "description": "An option code or value-map key: text, or a number or boolean written bare.",
    "type": ["string", "number", "boolean"]
}));

impl<K, V: schemars::JsonSchema> schemars::JsonSchema for OrderedMap<K, V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Map_of_{}", V::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["object", "null"],
            "additionalProperties": g.subschema_for::<V>()
        })
    }
}
