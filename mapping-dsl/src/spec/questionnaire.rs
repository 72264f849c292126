//! `questionnaires:` tables of a transform: for each Child Shield questionnaire, which instance
//! each week reads, its groups, and each question's text written once. Either `answers:` rows
//! name the target field each week's answer fills (`"TEXT": FIELD` or `"TEXT": {WEEK: FIELD}`,
//! in blocks sharing a group, scale and form), or `questions:` names each text for `answer:`
//! rules (`TABLE.QUESTION`).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::de::{Code, OrderedMap, hand_schema};
use super::transform::{Choice, Expr};
use crate::yaml::{Sp, present};

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireDecl {
    /// `questionnaire_code` in the HIS document (documentation and drift counts).
    pub code: Sp<String>,
    /// The value map a scored answer (`score`, `count_score`) goes through, unless the question
    /// names its own.
    pub scale: Option<Sp<String>>,
    /// What is read from a question, unless it says otherwise: `score` (default),
    /// `count_score`, `text` or `number`.
    pub form: Option<Sp<String>>,
    /// What an answer code the scale does not know becomes (as a `map` rule's `unknown`).
    #[serde(default, deserialize_with = "present")]
    pub unknown: Option<Sp<Choice>>,
    /// How an answer that is absent (no questionnaire, question or checked answer) is written
    /// by `answer:` rules: `omit` or `null` (as a rule's `absent`).
    #[serde(default, deserialize_with = "present")]
    pub absent: Option<Sp<Choice>>,
    /// Week -> an expression giving that week's questionnaire (an object with `questionsList`).
    pub weeks: OrderedMap<Code, Expr>,
    /// Group name -> its `groupDescription`.
    #[serde(default)]
    pub groups: OrderedMap<String, Sp<String>>,
    #[serde(default)]
    pub questions: OrderedMap<String, Sp<QuestionDecl>>,
    /// Blocks of rows: question text -> the field its answer fills at each week.
    #[serde(default)]
    pub answers: Vec<Sp<AnswerBlock>>,
    /// The table whose rows this one's fill in for: a field that rows of both tables name reads
    /// that table first, then this one.
    pub fallback_for: Option<Sp<String>>,
    /// Question texts the questionnaire has and no rule reads (not drift).
    #[serde(default)]
    pub ignore: Vec<Sp<String>>,
}

/// A question: its text, or `{text, group?, scale?, form?}`.
#[derive(Debug)]
pub struct QuestionDecl {
    pub text: Sp<String>,
    pub group: Option<Sp<String>>,
    pub scale: Option<Sp<String>>,
    pub form: Option<Sp<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionLong {
    text: Sp<String>,
    group: Option<Sp<String>>,
    scale: Option<Sp<String>>,
    form: Option<Sp<String>>,
}

hand_schema!(QuestionDecl, "Question", |g| schemars::json_schema!({
    "description": "A question: its text, or `{ text, group?, scale?, form? }`.",
    "anyOf": [{ "type": "string" }, g.subschema_for::<QuestionLong>()]
}));

impl<'de> Deserialize<'de> for QuestionDecl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = QuestionDecl;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a question text or `{ text: ..., group: ..., scale: ..., form: ... }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<QuestionDecl, E> {
                Ok(QuestionDecl {
                    text: super::schema::unspanned(v.to_owned()),
                    group: None,
                    scale: None,
                    form: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<QuestionDecl, A::Error> {
                let l = QuestionLong::deserialize(de::value::MapAccessDeserializer::new(m))?;
                Ok(QuestionDecl {
                    text: l.text,
                    group: l.group,
                    scale: l.scale,
                    form: l.form,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// An `answer:` rule's question(s): `TABLE.QUESTION`, or a list of them (the first answered
/// one wins).
#[derive(Debug)]
pub struct AnswerRef(pub Vec<Sp<String>>);

hand_schema!(AnswerRef, "AnswerRef", |_g| schemars::json_schema!({
    "description": "`TABLE.QUESTION`, or a list of them (the first answered one wins).",
    "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }]
}));

impl<'de> Deserialize<'de> for AnswerRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AnswerRef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`TABLE.QUESTION` or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AnswerRef, E> {
                Ok(AnswerRef(vec![super::schema::unspanned(v.to_owned())]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut s: A) -> Result<AnswerRef, A::Error> {
                let mut out = Vec::new();
                while let Some(x) = s.next_element::<Sp<String>>()? {
                    out.push(x);
                }
                Ok(AnswerRef(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A block of `answers:` rows: `{ group?, scale?, form?, "TEXT": FIELDS, … }`. Every key but
/// `group`, `scale` and `form` is a question text.
#[derive(Debug)]
pub struct AnswerBlock {
    /// A group name of the table's `groups:`.
    pub group: Option<Sp<String>>,
    pub scale: Option<Sp<String>>,
    pub form: Option<Sp<String>>,
    /// Question text -> the fields its answer fills.
    pub rows: Vec<(Sp<String>, RowFields)>,
}

/// The fields of one row: the field (a one-week table), or week -> field.
#[derive(Debug)]
pub enum RowFields {
    One(Sp<String>),
    Weeks(OrderedMap<Code, Sp<String>>),
}

/// A row's value as written (its span comes from the `Sp` around it).
enum RowValue {
    One(String),
    Weeks(OrderedMap<Code, Sp<String>>),
}

impl<'de> Deserialize<'de> for RowValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RowValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a target field, or `{ WEEK: FIELD, … }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RowValue, E> {
                Ok(RowValue::One(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<RowValue, A::Error> {
                OrderedMap::deserialize(de::value::MapAccessDeserializer::new(m))
                    .map(RowValue::Weeks)
            }
        }
        d.deserialize_any(V)
    }
}

hand_schema!(AnswerBlock, "AnswerBlock", |_g| schemars::json_schema!({
    "description": "A block of rows: `{ group?, scale?, form?, \"QUESTION TEXT\": FIELD or { WEEK: FIELD }, … }`.",
    "type": "object",
    "properties": {
        "group": { "type": "string" },
        "scale": { "type": "string" },
        "form": { "type": "string" }
    },
    "additionalProperties": {
        "anyOf": [
            { "type": "string" },
            { "type": "object", "additionalProperties": { "type": "string" } }
        ]
    }
}));

impl<'de> Deserialize<'de> for AnswerBlock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AnswerBlock;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a block of rows: `{ group, scale, form, \"QUESTION TEXT\": FIELD, … }`",
                )
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<AnswerBlock, A::Error> {
                let mut b = AnswerBlock {
                    group: None,
                    scale: None,
                    form: None,
                    rows: Vec::new(),
                };
                while let Some(k) = m.next_key::<Sp<String>>()? {
                    let slot = match k.value.as_str() {
                        "group" => &mut b.group,
                        "scale" => &mut b.scale,
                        "form" => &mut b.form,
                        _ => {
                            let v = m.next_value::<Sp<RowValue>>()?;
                            let fields = match v.value {
                                RowValue::One(f) => RowFields::One(Sp {
                                    value: f,
                                    referenced: v.referenced,
                                    defined: v.defined,
                                }),
                                RowValue::Weeks(w) => RowFields::Weeks(w),
                            };
                            b.rows.push((k, fields));
                            continue;
                        }
                    };
                    *slot = Some(m.next_value()?);
                }
                Ok(b)
            }
        }
        d.deserialize_map(V)
    }
}
