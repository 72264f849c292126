//! Option-set labels (`translate`) and value maps (`lookup`), with the policies for unknown
//! codes and missing labels. The `translate:` field rule, the `translate()` function and
//! generated code all go through [`apply_label_policy`] and [`apply_lookup_policy`] (the run-time
//! half, `mapwright_rt::stdlib::translate`, re-exported here), so the policies mean the same
//! everywhere; every code passed by policy is counted (unknown codes, and codes written without
//! a label). Here: the lookups in the IR's option sets and value maps, and the policies' names.

use std::borrow::Cow;

use serde_json::Value;

pub use mapwright_rt::stdlib::translate::*;

use crate::ir::{OptionSet, ValueMap};
use crate::rt::{Counters, ErrorKind};

static NULL: Value = Value::Null;

/// The label of `code` in `set` under the policies.
pub fn label<'a>(
    set: &'a OptionSet,
    code: &'a str,
    lang: &str,
    unknown: UnknownCode,
    missing: MissingLabel,
    counters: &Counters,
) -> Result<Option<&'a str>, ErrorKind> {
    let found = set
        .find(code)
        .map(|o| o.labels.get(lang).map(String::as_str));
    apply_label_policy(&set.name, code, lang, found, unknown, missing, counters)
}

/// `lookup(key, MAP)` over an IR value map.
pub fn lookup<'a>(
    map: &'a ValueMap,
    key: &str,
    unknown: UnknownCode,
    counters: &Counters,
) -> Result<Cow<'a, Value>, ErrorKind> {
    let found = map.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    Ok(
        match apply_lookup_policy(
            &map.name,
            key,
            found,
            map.default.as_ref(),
            unknown,
            counters,
        )? {
            Lookup::Value(v) => Cow::Borrowed(v),
            Lookup::Key => Cow::Owned(Value::String(key.to_owned())),
            Lookup::Null => Cow::Borrowed(&NULL),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::OptionItem;
    use crate::source::Span;
    use serde_json::json;

    fn gender() -> OptionSet {
        let item = |code: &str, th: Option<&str>| OptionItem {
            code: code.to_owned(),
            labels: th
                .map(|l| ("th".to_owned(), l.to_owned()))
                .into_iter()
                .collect(),
            span: Span::default(),
        };
        OptionSet {
            name: "gender".into(),
            source: None,
            options: vec![item("male", Some("ผู้ชาย")), item("other", None)],
            span: Span::default(),
            index: Default::default(),
        }
    }

    #[test]
    fn label_policies() {
        let (set, c) = (gender(), Counters::default());
        let l = |code, u, m| label(&set, code, "th", u, m, &c);
        assert_eq!(
            l("male", UnknownCode::Error, MissingLabel::Error).unwrap(),
            Some("ผู้ชาย")
        );
        assert_eq!(
            l("x", UnknownCode::Error, MissingLabel::Error).unwrap_err(),
            ErrorKind::UnknownCode {
                set: "gender".into(),
                code: "x".into()
            }
        );
        assert_eq!(
            l("x", UnknownCode::KeepCode, MissingLabel::Error).unwrap(),
            Some("x")
        );
        assert_eq!(
            l("x", UnknownCode::Null, MissingLabel::Error).unwrap(),
            None
        );
        assert!(l("other", UnknownCode::Error, MissingLabel::Error).is_err());
        assert_eq!(
            l("other", UnknownCode::Error, MissingLabel::KeepCode).unwrap(),
            Some("other")
        );
        assert_eq!(
            l("other", UnknownCode::Error, MissingLabel::Empty).unwrap(),
            Some("")
        );
        assert_eq!(
            l("other", UnknownCode::Error, MissingLabel::Null).unwrap(),
            None
        );
        assert_eq!(
            c.snapshot()
                .unknown_codes
                .get(&("gender".into(), "x".into())),
            Some(&2)
        );
        // `other` has no label: each policy that writes it anyway counts it (three above; the
        // error is not counted).
        assert_eq!(
            c.snapshot()
                .missing_labels
                .get(&("gender".into(), "other".into())),
            Some(&3)
        );
        assert_eq!(translated("male", Some("ผู้ชาย")), json!({"male": "ผู้ชาย"}));
    }

    #[test]
    fn large_sets_are_searched_through_the_index() {
        // Codes in an order that is not sorted, more than a scan handles.
        let codes: Vec<String> = (0..50).map(|i| format!("c{}", (i * 37) % 50)).collect();
        let mut set = OptionSet {
            name: "big".into(),
            source: None,
            options: codes
                .iter()
                .map(|c| OptionItem {
                    code: c.clone(),
                    labels: [("th".to_owned(), format!("L{c}"))].into(),
                    span: Span::default(),
                })
                .collect(),
            span: Span::default(),
            index: Default::default(),
        };
        for c in &codes {
            assert_eq!(set.label(c, "th"), Some(format!("L{c}").as_str()));
        }
        for missing in ["", "c50", "c", "d0", "c0 "] {
            assert_eq!(set.find(missing), None, "{missing}");
        }
        assert_eq!(set.clone(), set);
        // Options edited after the index was built: the stale index is not used.
        set.options.retain(|o| o.code != "c7");
        set.options.push(OptionItem {
            code: "new".into(),
            labels: [("th".to_owned(), "N".to_owned())].into(),
            span: Span::default(),
        });
        set.options.pop();
        assert_eq!(set.find("c7"), None);
        assert_eq!(set.label("c8", "th"), Some("Lc8"));
    }

    #[test]
    fn lookup_policies() {
        let map = ValueMap {
            name: "sex".into(),
            entries: vec![("1".into(), json!("male"))],
            default: None,
            value_type: crate::types::Type::STRING,
            span: Span::default(),
        };
        let c = Counters::default();
        assert_eq!(
            lookup(&map, "1", UnknownCode::Error, &c).unwrap().as_ref(),
            &json!("male")
        );
        assert_eq!(
            lookup(&map, "9", UnknownCode::Error, &c).unwrap_err(),
            ErrorKind::UnmappedValue {
                map: "sex".into(),
                key: "9".into()
            }
        );
        assert_eq!(
            lookup(&map, "9", UnknownCode::KeepCode, &c)
                .unwrap()
                .as_ref(),
            &json!("9")
        );
        assert_eq!(
            lookup(&map, "9", UnknownCode::Null, &c).unwrap().as_ref(),
            &Value::Null
        );
        let with_default = ValueMap {
            default: Some(json!("")),
            ..map
        };
        assert_eq!(
            lookup(&with_default, "9", UnknownCode::Error, &c)
                .unwrap()
                .as_ref(),
            &json!("")
        );
        assert_eq!(lookup_key(&json!(2)).as_deref(), Some("2"));
        assert_eq!(lookup_key(&json!(true)), None);
        assert_eq!(parse_unknown("keep_code"), Some(UnknownCode::KeepCode));
        assert_eq!(parse_missing("empty"), Some(MissingLabel::Empty));
    }
}
