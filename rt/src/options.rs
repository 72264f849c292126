//! Option-set codes: the trait generated enums implement, reading a select, and translating a
//! code to `{code: label}` under the rule's policies.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Coercion, Context, ErrorKind, Field, MissingLabel, UnknownCode};
use crate::{number_text_f64, number_text_i64, stdlib};

/// An option-set enum read from a code (generated enums implement this).
pub trait Code: Sized {
    fn from_code(code: Cow<'_, str>) -> Self;
    fn code(&self) -> &str;
}

/// A select's code as text (an expression reading a select field).
#[inline]
pub fn code<C: Code>(v: Option<&C>) -> Option<Cow<'_, str>> {
    v.map(|c| Cow::Borrowed(c.code()))
}

/// Reads a select: a string code (a number is coerced to its text).
pub fn select_from_str<C: Code>(s: Cow<'_, str>) -> Field<C> {
    Field::Val(C::from_code(s))
}

pub fn select_from_i64<C: Code>(v: i64) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Owned(number_text_i64(v))),
        Coercion::NumberToString,
    )
}

pub fn select_from_f64<C: Code>(v: f64) -> Field<C> {
    match number_text_f64(v) {
        Some(s) => Field::Coerced(C::from_code(Cow::Owned(s)), Coercion::NumberToString),
        None => Field::Wrong("number"),
    }
}

pub fn select_from_bool<C: Code>(v: bool) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Borrowed(if v { "true" } else { "false" })),
        Coercion::BoolToString,
    )
}

/// A translated code: `{"code": "label"}` (the label `null` when the policy says so).
#[derive(Debug, Clone, PartialEq)]
pub struct Translated<'a> {
    pub code: Cow<'a, str>,
    pub label: Option<Cow<'a, str>>,
}

impl Serialize for Translated<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(&*self.code, &self.label.as_deref())?;
        m.end()
    }
}

/// A translation's label for a code in one language, as generated enums report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Text(&'static str),
    /// A known code without a label in this language.
    Missing,
    /// A code that is not in the option set.
    Unknown,
}

/// `{code: label}` for one code under the rule's policies. A known code with a label costs
/// no allocation; the other cases go through `stdlib::translate::apply_label_policy`, the
/// function the interpreter uses.
#[inline]
pub fn translated<'a>(
    code: Cow<'a, str>,
    label: Label,
    set: &str,
    lang: &str,
    unknown: UnknownCode,
    missing: MissingLabel,
    ctx: &Context,
) -> Result<Translated<'a>, ErrorKind> {
    let found = match label {
        Label::Text(t) => {
            return Ok(Translated {
                code,
                label: Some(Cow::Borrowed(t)),
            });
        }
        Label::Missing => Some(None),
        Label::Unknown => None,
    };
    let label = stdlib::translate::apply_label_policy(
        set,
        &code,
        lang,
        found,
        unknown,
        missing,
        &ctx.counters,
    )?
    .map(|l| Cow::Owned(l.to_owned()));
    Ok(Translated { code, label })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a generated option-set enum looks like: known codes, and any other code kept.
    #[derive(Debug, PartialEq)]
    enum Sex {
        Male,
        Other(String),
    }

    impl Code for Sex {
        fn from_code(code: Cow<'_, str>) -> Self {
            match &*code {
                "1" => Sex::Male,
                _ => Sex::Other(code.into_owned()),
            }
        }
        fn code(&self) -> &str {
            match self {
                Sex::Male => "1",
                Sex::Other(c) => c,
            }
        }
    }

    #[test]
    fn selects_read_codes_and_coerce_numbers_and_bools_to_text() {
        assert_eq!(select_from_str::<Sex>("1".into()), Field::Val(Sex::Male));
        assert_eq!(
            select_from_i64::<Sex>(1),
            Field::Coerced(Sex::Male, Coercion::NumberToString)
        );
        assert_eq!(
            select_from_f64::<Sex>(1.5),
            Field::Coerced(Sex::Other("1.5".into()), Coercion::NumberToString)
        );
        assert_eq!(select_from_f64::<Sex>(f64::NAN), Field::Wrong("number"));
        assert_eq!(
            select_from_bool::<Sex>(true),
            Field::Coerced(Sex::Other("true".into()), Coercion::BoolToString)
        );
        assert_eq!(code(Some(&Sex::Other("9".into()))).as_deref(), Some("9"));
        assert_eq!(code::<Sex>(None), None);
    }

    fn tr(
        label: Label,
        unknown: UnknownCode,
        missing: MissingLabel,
        cx: &Context,
    ) -> Result<Translated<'static>, ErrorKind> {
        translated("c".into(), label, "sex", "th", unknown, missing, cx)
    }

    #[test]
    fn a_known_label_is_borrowed_and_not_counted() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let t = tr(
            Label::Text("ชาย"),
            UnknownCode::Error,
            MissingLabel::Error,
            &cx,
        );
        let t = t.expect("a known code");
        assert!(matches!(t.label, Some(Cow::Borrowed("ชาย"))));
        assert!(cx.counters.snapshot().is_empty());
    }

    #[test]
    fn missing_and_unknown_codes_follow_the_policies_and_are_counted() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let label = |l, u, m| tr(l, u, m, &cx).map(|t| t.label.map(Cow::into_owned));
        assert_eq!(
            label(Label::Missing, UnknownCode::Error, MissingLabel::Empty),
            Ok(Some(String::new()))
        );
        assert_eq!(
            label(Label::Missing, UnknownCode::Error, MissingLabel::KeepCode),
            Ok(Some("c".into()))
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::KeepCode, MissingLabel::Error),
            Ok(Some("c".into()))
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::Null, MissingLabel::Error),
            Ok(None)
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::Error, MissingLabel::Empty),
            Err(ErrorKind::UnknownCode {
                set: "sex".into(),
                code: "c".into()
            })
        );
        assert!(matches!(
            label(Label::Missing, UnknownCode::KeepCode, MissingLabel::Error),
            Err(ErrorKind::Function { .. })
        ));
        let counted = cx.counters.snapshot();
        let key = ("sex".to_owned(), "c".to_owned());
        assert_eq!(counted.missing_labels.get(&key), Some(&2));
        assert_eq!(counted.unknown_codes.get(&key), Some(&2));
    }
}
