//! The run-time half of option-set labels (`translate`) and value maps (`lookup`): the policies
//! for unknown codes and missing labels. The `translate:` field rule, the `translate()` function
//! and generated code all go through [`apply_label_policy`] and [`apply_lookup_policy`], so the
//! policies mean the same everywhere; every code passed by policy is counted (unknown codes, and
//! codes written without a label). Looking a code up in an option set or value map of the IR is
//! `mapping_dsl::stdlib::translate`'s: generated code finds it with a `match`.

use std::borrow::Cow;

use serde_json::Value;

use crate::{Counters, ErrorKind};

/// What an unknown option code (not in the set) becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnknownCode {
    /// The record fails with the field path and the code.
    Error,
    /// `{"code": "code"}`: the code stands in for its label.
    KeepCode,
    /// `{"code": null}`.
    Null,
}

/// What a known code whose label is missing in the output language becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingLabel {
    /// A check-time error (the default): the spec must say what to do.
    Error,
    KeepCode,
    /// `{"code": ""}`.
    Empty,
    Null,
}

/// Applies the policies to the result of looking `code` up in `set`: `None` when the code is
/// not in the set, `Some(None)` when it has no label in the language. `Ok(None)` is a null label.
pub fn apply_label_policy<'a>(
    set: &str,
    code: &'a str,
    lang: &str,
    found: Option<Option<&'a str>>,
    unknown: UnknownCode,
    missing: MissingLabel,
    counters: &Counters,
) -> Result<Option<&'a str>, ErrorKind> {
    match found {
        Some(Some(label)) => Ok(Some(label)),
        None => match unknown {
            UnknownCode::Error => Err(ErrorKind::UnknownCode {
                set: set.to_owned(),
                code: code.to_owned(),
            }),
            UnknownCode::KeepCode => {
                counters.unknown_code(set, code);
                Ok(Some(code))
            }
            UnknownCode::Null => {
                counters.unknown_code(set, code);
                Ok(None)
            }
        },
        Some(None) => match missing {
            MissingLabel::Error => Err(ErrorKind::Function {
                function: "translate".to_owned(),
                reason: format!("code `{code}` of option set `{set}` has no `{lang}` label"),
            }),
            MissingLabel::KeepCode => {
                counters.missing_label(set, code);
                Ok(Some(code))
            }
            MissingLabel::Empty => {
                counters.missing_label(set, code);
                Ok(Some(""))
            }
            MissingLabel::Null => {
                counters.missing_label(set, code);
                Ok(None)
            }
        },
    }
}

/// Whether a select code reads as "not answered": `""` (Primero sends it for a cleared select).
/// A single select with it translates to null (then `default:` and the empty policy apply), an
/// item of a multi select with it is dropped; it is never an unknown code. Generated code asks
/// the same question.
pub fn is_unanswered(code: &str) -> bool {
    code.is_empty()
}

/// `{"code": "label"}` (the label may be null).
pub fn translated(code: &str, label: Option<&str>) -> Value {
    let mut m = serde_json::Map::with_capacity(1);
    m.insert(
        code.to_owned(),
        label.map_or(Value::Null, |l| Value::String(l.to_owned())),
    );
    Value::Object(m)
}

/// What a value-map lookup resolved to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lookup<'a, V> {
    /// An entry or the map's default.
    Value(&'a V),
    /// The key itself (`unknown: keep_code`).
    Key,
    Null,
}

/// Applies the map's default and the unknown policy to an entry lookup.
pub fn apply_lookup_policy<'a, V>(
    map: &str,
    key: &str,
    found: Option<&'a V>,
    default: Option<&'a V>,
    unknown: UnknownCode,
    counters: &Counters,
) -> Result<Lookup<'a, V>, ErrorKind> {
    if let Some(v) = found.or(default) {
        return Ok(Lookup::Value(v));
    }
    match unknown {
        UnknownCode::Error => Err(ErrorKind::UnmappedValue {
            map: map.to_owned(),
            key: key.to_owned(),
        }),
        UnknownCode::KeepCode => {
            counters.unknown_code(map, key);
            Ok(Lookup::Key)
        }
        UnknownCode::Null => {
            counters.unknown_code(map, key);
            Ok(Lookup::Null)
        }
    }
}

/// The key a value looks up by: a string as is, an integer in decimal; anything else has none.
pub fn lookup_key(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(Cow::Owned(n.to_string())),
        _ => None,
    }
}

/// The key a `map:` rule looks a value up by ([`lookup_key`]); any other value fails the record
/// (the interpreter and generated code share this message).
pub fn map_key(v: &Value) -> Result<Cow<'_, str>, ErrorKind> {
    lookup_key(v).ok_or_else(|| ErrorKind::WrongType {
        expected: "a text or integer key".into(),
        found: super::json::type_name(v).into(),
    })
}

/// Policy names as written in specs (and carried as literal arguments in the IR of a
/// `translate()` call).
pub fn unknown_name(p: UnknownCode) -> &'static str {
    match p {
        UnknownCode::Error => "error",
        UnknownCode::KeepCode => "keep_code",
        UnknownCode::Null => "null",
    }
}

pub fn parse_unknown(s: &str) -> Option<UnknownCode> {
    [UnknownCode::Error, UnknownCode::KeepCode, UnknownCode::Null]
        .into_iter()
        .find(|p| unknown_name(*p) == s)
}

pub fn missing_name(p: MissingLabel) -> &'static str {
    match p {
        MissingLabel::Error => "error",
        MissingLabel::KeepCode => "keep_code",
        MissingLabel::Empty => "empty",
        MissingLabel::Null => "null",
    }
}

pub fn parse_missing(s: &str) -> Option<MissingLabel> {
    [
        MissingLabel::Error,
        MissingLabel::KeepCode,
        MissingLabel::Empty,
        MissingLabel::Null,
    ]
    .into_iter()
    .find(|p| missing_name(*p) == s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_lookup_falls_back_to_the_default_then_to_the_policy() {
        let c = Counters::default();
        let (hit, default) = (json!("a"), json!("d"));
        let look =
            |found, default, unknown| apply_lookup_policy("m", "k", found, default, unknown, &c);
        assert_eq!(
            look(Some(&hit), Some(&default), UnknownCode::Error),
            Ok(Lookup::Value(&hit))
        );
        assert_eq!(
            look(None, Some(&default), UnknownCode::Error),
            Ok(Lookup::Value(&default))
        );
        assert_eq!(look(None, None, UnknownCode::KeepCode), Ok(Lookup::Key));
        assert_eq!(look(None, None, UnknownCode::Null), Ok(Lookup::Null));
        assert_eq!(
            look(None, None, UnknownCode::Error),
            Err(ErrorKind::UnmappedValue {
                map: "m".into(),
                key: "k".into()
            })
        );
        // Only the codes passed by policy are counted.
        assert_eq!(
            c.snapshot().unknown_codes.get(&("m".into(), "k".into())),
            Some(&2)
        );
    }

    #[test]
    fn keys_are_text_or_integers() {
        assert_eq!(map_key(&json!("a")).as_deref(), Ok("a"));
        assert_eq!(map_key(&json!(-3)).as_deref(), Ok("-3"));
        assert_eq!(
            map_key(&json!(1.0)).map_err(|e| e.to_string()),
            Err("expected a text or integer key, found number".into())
        );
        assert_eq!(lookup_key(&json!(true)), None);
        assert!(is_unanswered(""));
        assert!(!is_unanswered(" "));
        assert_eq!(translated("m", None), json!({"m": null}));
    }
}
