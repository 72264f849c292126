//! Output values: the empty-value policy of each output key, applied to a rule's value
//! ([`finish`]), and the [`Slot`] a generated output struct holds per key.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::Translated;

/// How one kind of empty output is written (mirrors `mapping_dsl::ir::EmptyAs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum As {
    Keep,
    Null,
    EmptyString,
    EmptyList,
    Omit,
}

/// The empty-value policy of one output key (mirrors `mapping_dsl::ir::EmptyPolicy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub missing: As,
    pub empty_string: As,
    pub empty_list: As,
}

/// Which empty kind an output value is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emptiness {
    Full,
    String,
    List,
}

pub trait Empty {
    fn emptiness(&self) -> Emptiness {
        Emptiness::Full
    }
}

impl Empty for Cow<'_, str> {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::String
        } else {
            Emptiness::Full
        }
    }
}
impl Empty for String {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::String
        } else {
            Emptiness::Full
        }
    }
}
impl<T> Empty for Vec<T> {
    fn emptiness(&self) -> Emptiness {
        if self.is_empty() {
            Emptiness::List
        } else {
            Emptiness::Full
        }
    }
}
impl Empty for serde_json::Value {
    fn emptiness(&self) -> Emptiness {
        match self {
            serde_json::Value::String(s) if s.is_empty() => Emptiness::String,
            serde_json::Value::Array(a) if a.is_empty() => Emptiness::List,
            _ => Emptiness::Full,
        }
    }
}
impl Empty for i64 {}
impl Empty for serde_json::Number {}
impl Empty for bool {}
impl Empty for Translated<'_> {}
impl<T: Empty + ?Sized> Empty for &T {
    fn emptiness(&self) -> Emptiness {
        (**self).emptiness()
    }
}

/// One output value after the empty policy and `when`.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot<T> {
    Omit,
    Null,
    EmptyString,
    EmptyList,
    Val(T),
    /// The rule's `default:` (already run through the empty policy by codegen).
    Json(&'static serde_json::Value),
}

/// A key not yet set is left out (a large output object starts from its default and is filled
/// by several functions).
impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot::Omit
    }
}

impl<T> Slot<T> {
    pub fn is_omit(&self) -> bool {
        matches!(self, Slot::Omit)
    }
}

fn apply<T>(how: As, keep: Slot<T>) -> Slot<T> {
    match how {
        As::Keep => keep,
        As::Null => Slot::Null,
        As::EmptyString => Slot::EmptyString,
        As::EmptyList => Slot::EmptyList,
        As::Omit => Slot::Omit,
    }
}

/// The empty policy applied to a rule's value. `default` stands in for a null value.
#[inline]
pub fn finish<T: Empty>(v: Option<T>, p: Policy, default: Option<Slot<T>>) -> Slot<T> {
    match v {
        None => match default {
            Some(d) => d,
            None => apply(p.missing, Slot::Null),
        },
        Some(v) => match v.emptiness() {
            Emptiness::Full => Slot::Val(v),
            Emptiness::String => apply(p.empty_string, Slot::Val(v)),
            Emptiness::List => apply(p.empty_list, Slot::Val(v)),
        },
    }
}

impl<T: Serialize> Serialize for Slot<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Slot::Omit | Slot::Null => s.serialize_none(),
            Slot::EmptyString => s.serialize_str(""),
            Slot::EmptyList => s.serialize_seq(Some(0))?.end(),
            Slot::Val(v) => v.serialize(s),
            Slot::Json(v) => v.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const KEEP: Policy = Policy {
        missing: As::Keep,
        empty_string: As::Keep,
        empty_list: As::Keep,
    };

    fn written<T: Serialize>(s: &Slot<T>) -> serde_json::Value {
        serde_json::to_value(s).expect("a slot serialises")
    }

    #[test]
    fn a_full_value_is_written_whatever_the_policy() {
        let omit = Policy {
            missing: As::Omit,
            empty_string: As::Omit,
            empty_list: As::Omit,
        };
        assert_eq!(finish(Some(3_i64), omit, None), Slot::Val(3));
        assert_eq!(
            finish(Some(Cow::from("x")), omit, None),
            Slot::Val("x".into())
        );
        assert_eq!(finish(Some(vec![1_i64]), omit, None), Slot::Val(vec![1]));
        assert_eq!(finish(Some(false), omit, None), Slot::Val(false));
    }

    #[test]
    fn each_empty_kind_follows_its_own_policy() {
        let p = Policy {
            missing: As::EmptyString,
            empty_string: As::Null,
            empty_list: As::Omit,
        };
        assert_eq!(finish(None::<String>, p, None), Slot::EmptyString);
        assert_eq!(finish(Some(String::new()), p, None), Slot::Null);
        assert_eq!(finish(Some(Vec::<i64>::new()), p, None), Slot::Omit);
        assert_eq!(finish(Some(json!("")), p, None), Slot::Null);
        assert_eq!(finish(Some(json!([])), p, None), Slot::Omit);
        assert_eq!(finish(Some(json!({})), p, None), Slot::Val(json!({})));
        let to_list = Policy {
            missing: As::EmptyList,
            ..KEEP
        };
        assert_eq!(finish(None::<i64>, to_list, None), Slot::EmptyList);
        // `keep` writes what the rule gave: null as null, "" as "".
        assert_eq!(finish(None::<String>, KEEP, None), Slot::Null);
        assert_eq!(
            finish(Some(String::new()), KEEP, None),
            Slot::Val(String::new())
        );
    }

    #[test]
    fn a_default_stands_in_for_null_only() {
        static DEFAULT: serde_json::Value = serde_json::Value::Bool(true);
        let default = || Some(Slot::Json(&DEFAULT));
        assert_eq!(
            finish(None::<String>, KEEP, default()),
            Slot::Json(&DEFAULT)
        );
        assert_eq!(
            finish(Some(String::new()), KEEP, default()),
            Slot::Val(String::new())
        );
        let omit_missing = Policy {
            missing: As::Omit,
            ..KEEP
        };
        // Codegen already ran the default through the policy; `finish` does not again.
        assert_eq!(
            finish(None::<String>, omit_missing, Some(Slot::Null)),
            Slot::Null
        );
    }

    #[test]
    fn slots_serialise_as_the_json_they_stand_for() {
        static DEFAULT: serde_json::Value = serde_json::Value::Bool(true);
        assert_eq!(written(&Slot::Val("a")), json!("a"));
        assert_eq!(written(&Slot::<i64>::Null), json!(null));
        assert_eq!(written(&Slot::<i64>::EmptyString), json!(""));
        assert_eq!(written(&Slot::<i64>::EmptyList), json!([]));
        assert_eq!(written(&Slot::<i64>::Json(&DEFAULT)), json!(true));
        assert!(Slot::<i64>::default().is_omit());
        assert!(!Slot::<i64>::Null.is_omit());
    }

    #[test]
    fn translated_codes_are_one_key_objects() {
        let t = Translated {
            code: "m".into(),
            label: Some("ชาย".into()),
            clean: false,
        };
        assert_eq!(
            serde_json::to_value(&t).expect("serialises"),
            json!({"m": "ชาย"})
        );
        let t = Translated {
            code: "x".into(),
            label: None,
            clean: false,
        };
        assert_eq!(
            serde_json::to_value(&t).expect("serialises"),
            json!({"x": null})
        );
        // Never empty: a translation with a null label is still written.
        assert_eq!(finish(Some(t.clone()), KEEP, None), Slot::Val(t));
    }
}
