//! Option sets and value maps: into IR, with duplicate codes (E402), empty labels (W604) and
//! value-map targets (E404).

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{OptionItem, OptionSet, ValueMap};
use crate::source::FileId;
use crate::spec::options::{KeyType, OptionSetFile, ValueMapFile};
use crate::types::{Scalar, Type};
use crate::yaml::span_of;

pub fn option_set(
    file: FileId,
    text: &str,
    f: &OptionSetFile,
    diags: &mut Vec<Diagnostic>,
) -> OptionSet {
    let mut seen: BTreeMap<&str, crate::source::Span> = BTreeMap::new();
    let mut options = Vec::new();
    let mut empty = Vec::new();
    for item in &f.options.value {
        let span = to_line_end(text, span_of(file, item));
        let code = item.value.code.as_ref().map_or("", |c| c.0.as_str());
        if let Some(first) = seen.get(code) {
            diags.push(
                Diagnostic::error(
                    Code::DuplicateCode,
                    format!(
                        "the code `{code}` appears twice in option set `{}`",
                        f.option_set.value
                    ),
                )
                .with_primary(span, "second time")
                .with_secondary(*first, "first time"),
            );
            continue;
        }
        seen.insert(code, span);
        let labels: BTreeMap<String, String> = item.value.labels.iter().cloned().collect();
        if labels.values().any(String::is_empty) {
            empty.push((code.to_owned(), span));
        }
        options.push(OptionItem {
            code: code.to_owned(),
            labels,
            span,
        });
    }
    if !empty.is_empty() {
        let codes: Vec<&str> = empty.iter().map(|(c, _)| c.as_str()).collect();
        let mut d = Diagnostic::error(
            Code::EmptyLabel,
            format!(
                "option set `{}` has {} option(s) with an empty label: {}",
                f.option_set.value,
                codes.len(),
                list(&codes)
            ),
        )
        .with_hint("fill the label in, or keep it empty on purpose (the output will carry \"\")");
        for (i, (_, s)) in empty.iter().enumerate().take(5) {
            d = if i == 0 {
                d.with_primary(*s, "empty label")
            } else {
                d.with_secondary(*s, "empty label")
            };
        }
        diags.push(d);
    }
    stray_languages(file, text, f, diags);
    OptionSet {
        name: f.option_set.value.clone(),
        source: f.source.clone(),
        options,
        span: span_of(file, &f.option_set),
        index: Default::default(),
    }
}

/// E006 for a language key that is a typo of the set's usual languages (`tha:` where the other
/// options say `th:`): a key fewer options carry, close to one that most options carry.
fn stray_languages(file: FileId, text: &str, f: &OptionSetFile, diags: &mut Vec<Diagnostic>) {
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &f.options.value {
        for (lang, _) in &item.value.labels {
            *uses.entry(lang.as_str()).or_default() += 1;
        }
    }
    let half = f.options.value.len() / 2;
    let usual: Vec<&str> = uses
        .iter()
        .filter(|(_, n)| **n > half)
        .map(|(l, _)| *l)
        .collect();
    for item in &f.options.value {
        let span = to_line_end(text, span_of(file, item));
        for (lang, _) in &item.value.labels {
            if usual.contains(&lang.as_str()) {
                continue;
            }
            let Some(hint) = crate::yaml::did_you_mean(lang, usual.iter().copied()) else {
                continue;
            };
            let line = text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("");
            let at = line.find(&format!("{lang}:")).map_or(span, |i| {
                let start = span.start as usize + i;
                crate::source::Span::new(file, start, start + lang.len())
            });
            diags.push(
                Diagnostic::error(
                    Code::UnknownKey,
                    format!(
                        "`{lang}` is not a language of option set `{}`",
                        f.option_set.value
                    ),
                )
                .with_primary(at, "unknown language")
                .with_note(format!("the other options use: {}", usual.join(", ")))
                .with_hint(hint),
            );
        }
    }
}

/// A flow mapping's span covers its `{` only: widen a short span to the rest of its line, so
/// that a label underlines the whole option.
pub fn to_line_end(text: &str, s: crate::source::Span) -> crate::source::Span {
    let start = s.start as usize;
    if start >= text.len() || s.len() > 1 {
        return s;
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = start + text[start..end].trim_end().len();
    crate::source::Span::new(s.file, start, end)
}

/// A short list: the first ten, then "and N more".
pub fn list(items: &[&str]) -> String {
    let mut s: Vec<String> = items.iter().take(10).map(|c| format!("`{c}`")).collect();
    if items.len() > 10 {
        s.push(format!("and {} more", items.len() - 10));
    }
    s.join(", ")
}

pub fn value_map(
    file: FileId,
    f: &ValueMapFile,
    sets: &BTreeMap<String, OptionSet>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ValueMap> {
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    let int_keys = f.from.as_ref().is_some_and(|k| k.value == KeyType::Int);
    for (k, v) in &f.entries.value.entries {
        let key = &k.value.0;
        if !seen.insert(key.clone()) {
            diags.push(
                Diagnostic::error(
                    Code::DuplicateCode,
                    format!(
                        "the key `{key}` appears twice in value map `{}`",
                        f.value_map.value
                    ),
                )
                .with_primary(span_of(file, k), "second time"),
            );
            continue;
        }
        if int_keys && key.parse::<i64>().is_err() {
            diags.push(
                Diagnostic::error(
                    Code::TypeMismatch,
                    format!("the key `{key}` is not an integer (the map says `from: int`)"),
                )
                .with_primary(span_of(file, k), "not an integer"),
            );
        }
        entries.push((key.clone(), v.value.clone()));
    }
    let mut value_type = Type::Json;
    if let Some(to) = &f.to {
        if let Some(set_name) = &to.value.options {
            let Some(set) = sets.get(&set_name.value) else {
                diags.push(
                    Diagnostic::error(
                        Code::UnknownOptionSet,
                        format!("no option set is named `{}`", set_name.value),
                    )
                    .with_primary(span_of(file, set_name), "unknown option set"),
                );
                return None;
            };
            value_type = Type::Select {
                set: set.name.clone(),
            };
            let codes: BTreeSet<&str> = set.options.iter().map(|o| o.code.as_str()).collect();
            let mut bad = Vec::new();
            for (k, v) in &f.entries.value.entries {
                match &v.value {
                    serde_json::Value::String(s) if codes.contains(s.as_str()) => {}
                    serde_json::Value::Null => {}
                    other => bad.push((k.value.0.clone(), other.to_string(), span_of(file, v))),
                }
            }
            if let Some(d) = &f.default {
                match &d.value {
                    serde_json::Value::String(s) if s.is_empty() || codes.contains(s.as_str()) => {}
                    serde_json::Value::Null => {}
                    other => bad.push(("default".into(), other.to_string(), span_of(file, d))),
                }
            }
            if !bad.is_empty() {
                let vals: Vec<&str> = bad.iter().map(|b| b.1.as_str()).collect();
                let mut d = Diagnostic::error(
                    Code::ValueMapTargetCode,
                    format!(
                        "value map `{}` produces value(s) that option set `{}` lacks: {}",
                        f.value_map.value,
                        set.name,
                        list(&vals)
                    ),
                )
                .with_secondary(set.span, "the target option set");
                for (i, (_, _, s)) in bad.iter().enumerate().take(5) {
                    d = if i == 0 {
                        d.with_primary(*s, "not a code of the target set")
                    } else {
                        d.with_secondary(*s, "not a code")
                    };
                }
                diags.push(d.with_hint(format!(
                    "add the code(s) to `{}`, or fix the value",
                    set.name
                )));
            }
        } else if let Some(t) = &to.value.ty {
            match Scalar::parse(&t.value) {
                Some(s) => value_type = Type::Scalar(s),
                None if t.value == "json" => {}
                None => diags.push(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        format!("`{}` is not a scalar type", t.value),
                    )
                    .with_primary(span_of(file, t), "unknown type"),
                ),
            }
        }
    } else {
        // Without a declared target, the values' common JSON type (all strings: string).
        let all = |p: fn(&serde_json::Value) -> bool| entries.iter().all(|(_, v)| p(v));
        if !entries.is_empty() && all(|v| v.is_string() || v.is_null()) {
            value_type = Type::STRING;
        } else if !entries.is_empty() && all(|v| v.is_i64() || v.is_null()) {
            value_type = Type::INT;
        } else if !entries.is_empty() && all(|v| v.is_number() || v.is_null()) {
            value_type = Type::NUMBER;
        } else if !entries.is_empty() && all(|v| v.is_boolean() || v.is_null()) {
            value_type = Type::BOOL;
        }
    }
    Some(ValueMap {
        name: f.value_map.value.clone(),
        entries,
        default: f.default.as_ref().map(|d| d.value.clone()),
        value_type,
        span: span_of(file, &f.value_map),
    })
}
