//! `transform:` files: field rules from a source schema to an output object.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::de::{ExprText, OrderedMap, hand_schema};
use crate::yaml::{Sp, present};

pub type Expr = Sp<ExprText>;
pub type RuleMap = OrderedMap<String, Sp<Rule>>;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransformFile {
    pub transform: Sp<String>,
    pub description: Option<String>,
    pub source: Sp<String>,
    pub target: Option<Sp<String>>,
    pub key: Option<Expr>,
    #[serde(default)]
    pub params: OrderedMap<String, Sp<ParamDecl>>,
    /// Named expressions, in order: `let.NAME` reads one.
    #[serde(default, rename = "let")]
    pub lets: OrderedMap<String, Expr>,
    pub keep: Option<Expr>,
    /// Questionnaire tables that `answer:` rules read.
    #[serde(default)]
    pub questionnaires: OrderedMap<String, Sp<super::questionnaire::QuestionnaireDecl>>,
    pub policy: Option<Sp<PolicyDecl>>,
    #[serde(default)]
    pub copy: Vec<Sp<String>>,
    #[serde(default)]
    pub fields: RuleMap,
}

#[derive(Debug)]
pub struct ParamDecl {
    pub ty: Sp<String>,
    pub default: Option<Sp<serde_json::Value>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ParamLong {
    #[serde(rename = "type")]
    ty: Sp<String>,
    #[serde(default, deserialize_with = "present")]
    default: Option<Sp<serde_json::Value>>,
    #[allow(dead_code)]
    description: Option<String>,
}

hand_schema!(ParamDecl, "Param", |g| schemars::json_schema!({
    "description": "A parameter: its type name, or `{ type: ..., default: ... }`.",
    "anyOf": [{ "type": "string" }, g.subschema_for::<ParamLong>()]
}));

impl<'de> Deserialize<'de> for ParamDecl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ParamDecl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a type name or `{ type: ..., default: ... }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ParamDecl, E> {
                Ok(ParamDecl {
                    ty: super::schema::unspanned(v.trim().to_owned()),
                    default: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<ParamDecl, A::Error> {
                let l = ParamLong::deserialize(de::value::MapAccessDeserializer::new(m))?;
                Ok(ParamDecl {
                    ty: l.ty,
                    default: l.default,
                })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyDecl {
    pub lang: Option<Sp<String>>,
    #[serde(default, deserialize_with = "present")]
    pub unknown_code: Option<Sp<Choice>>,
    #[serde(default, deserialize_with = "present")]
    pub missing_label: Option<Sp<Choice>>,
    pub empty: Option<EmptyDecl>,
    /// A questionnaire question that no table lists: `warn` (count it, deliver the record;
    /// the default) or `fail` (fail the record naming the question).
    pub unmatched_question: Option<Sp<String>>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmptyDecl {
    #[serde(default, deserialize_with = "present")]
    pub missing: Option<Sp<Choice>>,
    #[serde(default, deserialize_with = "present")]
    pub empty_string: Option<Sp<Choice>>,
    #[serde(default, deserialize_with = "present")]
    pub empty_list: Option<Sp<Choice>>,
}

/// A policy value as written: a word (`error`, `keep_code`, `omit`, …), YAML `null`, `""` or
/// `[]`. The checker decides which are allowed where (E502).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Word(String),
    Null,
    EmptyString,
    EmptyList,
}

impl Choice {
    pub fn describe(&self) -> String {
        match self {
            Choice::Word(w) => w.clone(),
            Choice::Null => "null".into(),
            Choice::EmptyString => "\"\"".into(),
            Choice::EmptyList => "[]".into(),
        }
    }
}

hand_schema!(Choice, "Choice", |_g| schemars::json_schema!({
    "description": "A policy value: a word (`error`, `keep_code`, `omit`, …), null, \"\" or [].",
    "anyOf": [{ "type": ["string", "null"] }, { "type": "array", "maxItems": 0 }]
}));

impl<'de> Deserialize<'de> for Choice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Choice;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a policy value (a word, null, \"\" or [])")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Choice, E> {
                Ok(match v {
                    "" => Choice::EmptyString,
                    "null" => Choice::Null,
                    w => Choice::Word(w.to_owned()),
                })
            }
            fn visit_unit<E: de::Error>(self) -> Result<Choice, E> {
                Ok(Choice::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Choice, E> {
                Ok(Choice::Null)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut s: A) -> Result<Choice, A::Error> {
                if s.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(1, &"an empty list `[]`"));
                }
                Ok(Choice::EmptyList)
            }
        }
        d.deserialize_any(V)
    }
}

/// A field rule as written. The short form (a scalar) is an expression.
#[derive(Debug)]
pub enum Rule {
    Expr(ExprText),
    Long(Box<RuleLong>),
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleLong {
    pub from: Option<Expr>,
    pub translate: Option<Sp<String>>,
    pub map: Option<Sp<String>>,
    /// `TABLE.QUESTION` (or a list): the answer to a question of a questionnaire table.
    pub answer: Option<Sp<super::questionnaire::AnswerRef>>,
    /// With `answer`: which of the table's `weeks`.
    pub week: Option<Sp<super::de::Code>>,
    #[serde(rename = "const", default, deserialize_with = "present")]
    pub constant: Option<Sp<serde_json::Value>>,
    pub copy: Option<Vec<Sp<String>>>,
    pub fields: Option<RuleMap>,
    pub each: Option<Expr>,
    pub keep: Option<Expr>,
    pub when: Option<Expr>,
    #[serde(default, deserialize_with = "present")]
    pub default: Option<Sp<serde_json::Value>>,
    pub empty: Option<EmptyDecl>,
    pub lang: Option<Sp<String>>,
    #[serde(default, deserialize_with = "present")]
    pub unknown: Option<Sp<Choice>>,
    #[serde(default, deserialize_with = "present")]
    pub missing_label: Option<Sp<Choice>>,
    /// How a null value is written: `omit` leaves the key out (for PATCHed targets), `null`
    /// sends null. Short for `empty: { missing: … }`.
    #[serde(default, deserialize_with = "present")]
    pub absent: Option<Sp<Choice>>,
}

hand_schema!(Rule, "Rule", |g| schemars::json_schema!({
    "description": "A field rule: an expression, or a mapping (`from`, `translate`, `map`, `const`, `each`, …).",
    "anyOf": [
        { "type": ["string", "number", "boolean", "null"] },
        g.subschema_for::<RuleLong>()
    ]
}));

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Rule;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an expression or a rule mapping (`from`, `translate`, `map`, `const`, `each`, …)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText(v.to_owned())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Rule, E> {
                Ok(Rule::Expr(ExprText("null".into())))
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Rule, A::Error> {
                let l = RuleLong::deserialize(de::value::MapAccessDeserializer::new(m))?;
                Ok(Rule::Long(Box::new(l)))
            }
        }
        d.deserialize_any(V)
    }
}
