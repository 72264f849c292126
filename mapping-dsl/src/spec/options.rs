//! `option_set:` and `value_map:` files.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Location;

use super::de::hand_schema;
use super::de::{Code, OrderedMap};
use crate::yaml::Sp;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionSetFile {
    pub option_set: Sp<String>,
    pub source: Option<String>,
    pub description: Option<String>,
    pub options: Sp<Vec<Sp<OptionDecl>>>,
}

/// `{ code: male, en: Male, th: ผู้ชาย }`: every key but `code` and `description` is a language.
#[derive(Debug)]
pub struct OptionDecl {
    pub code: Option<Code>,
    /// Language -> label, in file order. `th: ~` counts as missing.
    pub labels: Vec<(String, String)>,
    /// Where each label's value is written, in the order of `labels` (`mapwright sheet import`
    /// edits the label text in place at these spans).
    pub label_at: Vec<Location>,
}

/// A language key: `en`, `th`, `zh_hans`, `pt-BR`.
pub fn is_language(k: &str) -> bool {
    let mut parts = k.split(['_', '-']);
    let head = parts.next().unwrap_or("");
    (2..=3).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl<'de> Deserialize<'de> for OptionDecl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OptionDecl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option: `{ code: ..., en: ..., th: ... }`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<OptionDecl, A::Error> {
                let mut o = OptionDecl {
                    code: None,
                    labels: Vec::new(),
                    label_at: Vec::new(),
                };
                while let Some(k) = m.next_key::<String>()? {
                    match k.as_str() {
                        "code" => o.code = Some(m.next_value()?),
                        "description" => {
                            m.next_value::<de::IgnoredAny>()?;
                        }
                        lang if is_language(lang) => {
                            let v: Option<Sp<Code>> = m.next_value()?;
                            if let Some(v) = v {
                                o.labels.push((k.clone(), v.value.0));
                                o.label_at.push(v.referenced);
                            }
                        }
                        _ => {
                            return Err(de::Error::unknown_field(
                                &k,
                                &["code", "description", "en", "th"],
                            ));
                        }
                    }
                }
                if o.code.is_none() {
                    return Err(de::Error::missing_field("code"));
                }
                Ok(o)
            }
        }
        d.deserialize_map(V)
    }
}

hand_schema!(OptionDecl, "Option", |g| schemars::json_schema!({
    "description": "An option: `{ code: male, en: Male, th: ผู้ชาย }`. Every key but `code` and `description` is a language.",
    "type": "object",
    "properties": {
        "code": g.subschema_for::<Code>(),
        "description": { "type": ["string", "null"] }
    },
    "patternProperties": {
        LANGUAGE_PATTERN: { "type": ["string", "number", "boolean", "null"] }
    },
    "additionalProperties": false,
    "required": ["code"]
}));

/// [`is_language`] as a JSON Schema pattern.
pub const LANGUAGE_PATTERN: &str = "^[a-z]{2,3}([_-][A-Za-z0-9]{1,8})*$";

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueMapFile {
    pub value_map: Sp<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub from: Option<Sp<KeyType>>,
    pub to: Option<Sp<ValueMapTo>>,
    pub entries: Sp<OrderedMap<Code, Sp<serde_json::Value>>>,
    #[serde(default, deserialize_with = "crate::yaml::present")]
    pub default: Option<Sp<serde_json::Value>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KeyType {
    String,
    Int,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueMapTo {
    pub options: Option<Sp<String>>,
    #[serde(rename = "type")]
    pub ty: Option<Sp<String>>,
}
