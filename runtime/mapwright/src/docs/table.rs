//! The document model: one row per output field (nested fields get dotted paths, list elements
//! `[]`), and the option sets and value maps the transform uses.

use std::collections::BTreeSet;

use mapping_dsl::ir::{Deployment, FieldRule, ObjectRule, Transform, ValueRule};
use mapping_dsl::source::{SourceMap, Span};

/// One output field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// `basic_identity.location_current`, `family_details_section[].relation`.
    pub target: String,
    /// The source expression as written (or the field copied).
    pub source: String,
    /// `copy`, `expression`, `translate`, `map`, `constant`, `object`, `list`.
    pub rule: String,
    /// The option set (translate) or value map (map) used.
    pub set: Option<String>,
    /// `when`, `default` and per-field empty policy, as text.
    pub notes: Vec<String>,
    /// `thailand/transforms/w1.yaml:12`.
    pub at: String,
}

/// An option set or value map the transform uses, with its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionTable {
    pub name: String,
    pub kind: &'static str,
    pub source: Option<String>,
    /// Label languages (columns), for option sets.
    pub langs: Vec<String>,
    /// code, then one cell per language (option sets) or the mapped value (value maps).
    pub entries: Vec<(String, Vec<Option<String>>)>,
    /// Entries not listed (set larger than [`super::MAX_LISTED_OPTIONS`]).
    pub omitted: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransformDoc {
    pub name: String,
    pub description: Option<String>,
    pub file: String,
    pub source_schema: String,
    pub target_schema: Option<String>,
    pub keep: Option<String>,
    /// The transform's named values (`let:`), in declaration order: name, expression, line.
    pub lets: Vec<(String, String, String)>,
    pub rows: Vec<Row>,
    pub tables: Vec<OptionTable>,
}

/// The documents of every transform of a checked deployment.
pub fn build(dep: &Deployment, sources: &SourceMap) -> Vec<TransformDoc> {
    dep.transforms
        .iter()
        .map(|t| transform_doc(dep, sources, t))
        .collect()
}

fn transform_doc(dep: &Deployment, sources: &SourceMap, t: &Transform) -> TransformDoc {
    let mut rows = Vec::new();
    let mut used = BTreeSet::new();
    object(sources, &t.output, "", &mut rows, &mut used);
    let tables = used
        .iter()
        .filter_map(|(kind, name)| table(dep, kind, name))
        .collect();
    TransformDoc {
        name: t.name.clone(),
        description: t.description.clone(),
        file: t.file.clone(),
        source_schema: t.source_schema.clone(),
        target_schema: t.target_schema.clone(),
        keep: t.keep.as_ref().map(|k| text(sources, k.span)),
        lets: t
            .lets
            .iter()
            .map(|l| {
                (
                    l.name.clone(),
                    text(sources, l.expr.span),
                    at(sources, l.span),
                )
            })
            .collect(),
        rows,
        tables,
    }
}

fn object(
    sources: &SourceMap,
    o: &ObjectRule,
    prefix: &str,
    rows: &mut Vec<Row>,
    used: &mut BTreeSet<(&'static str, String)>,
) {
    for f in &o.fields {
        let target = format!("{prefix}{}", f.name);
        let (rule, source, set) = match &f.value {
            ValueRule::Expr(e) => {
                let src = text(sources, e.span);
                let is_copy = src == f.name || sources_snippet_is_key(sources, f);
                (if is_copy { "copy" } else { "expression" }, src, None)
            }
            ValueRule::Const(c) => ("constant", c.to_string(), None),
            ValueRule::Translate {
                source, set, multi, ..
            } => {
                used.insert(("option set", set.clone()));
                (
                    if *multi {
                        "translate (multi)"
                    } else {
                        "translate"
                    },
                    text(sources, source.span),
                    Some(set.clone()),
                )
            }
            ValueRule::Map { source, map, .. } => {
                used.insert(("value map", map.clone()));
                ("map", text(sources, source.span), Some(map.clone()))
            }
            ValueRule::Object(body) => {
                rows.push(row(sources, f, &target, "object", String::new(), None));
                object(sources, body, &format!("{target}."), rows, used);
                continue;
            }
            ValueRule::Each {
                source, keep, body, ..
            } => {
                let mut r = row(
                    sources,
                    f,
                    &target,
                    "list",
                    text(sources, source.span),
                    None,
                );
                if let Some(k) = keep {
                    r.notes.push(format!("keep: {}", text(sources, k.span)));
                }
                rows.push(r);
                object(sources, body, &format!("{target}[]."), rows, used);
                continue;
            }
        };
        rows.push(row(sources, f, &target, rule, source, set));
    }
}

/// A `copy:` entry's span covers just the name.
fn sources_snippet_is_key(sources: &SourceMap, f: &FieldRule) -> bool {
    text(sources, f.span) == f.name
}

fn row(
    sources: &SourceMap,
    f: &FieldRule,
    target: &str,
    rule: &str,
    source: String,
    set: Option<String>,
) -> Row {
    let mut notes = Vec::new();
    if let Some(w) = &f.when {
        notes.push(format!("when: {}", text(sources, w.span)));
    }
    if let Some(d) = &f.default {
        notes.push(format!("default: {d}"));
    }
    Row {
        target: target.to_string(),
        source,
        rule: rule.to_string(),
        set,
        notes,
        at: at(sources, f.span),
    }
}

/// The YAML text of a span, on one line.
fn text(sources: &SourceMap, span: Span) -> String {
    let Some(f) = sources.get(span.file) else {
        return String::new();
    };
    let s = f
        .text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    let s = s.trim().trim_matches('\'');
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn at(sources: &SourceMap, span: Span) -> String {
    match sources.get(span.file) {
        Some(f) => format!("{}:{}", f.name, f.line_col(span.start).0),
        None => String::new(),
    }
}

fn table(dep: &Deployment, kind: &'static str, name: &str) -> Option<OptionTable> {
    let max = super::MAX_LISTED_OPTIONS;
    if kind == "option set" {
        let set = dep.option_sets.get(name)?;
        let langs: Vec<String> = set
            .options
            .iter()
            .flat_map(|o| o.labels.keys().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let entries = set
            .options
            .iter()
            .take(max)
            .map(|o| {
                (
                    o.code.clone(),
                    langs.iter().map(|l| o.labels.get(l).cloned()).collect(),
                )
            })
            .collect();
        Some(OptionTable {
            name: name.to_string(),
            kind,
            source: set.source.clone(),
            langs,
            entries,
            omitted: set.options.len().saturating_sub(max),
        })
    } else {
        let map = dep.value_maps.get(name)?;
        let mut entries: Vec<(String, Vec<Option<String>>)> = map
            .entries
            .iter()
            .take(max)
            .map(|(k, v)| (k.clone(), vec![Some(json_text(v))]))
            .collect();
        if let Some(d) = &map.default {
            entries.push(("(any other)".into(), vec![Some(json_text(d))]));
        }
        Some(OptionTable {
            name: name.to_string(),
            kind,
            source: None,
            langs: vec!["value".into()],
            entries,
            omitted: map.entries.len().saturating_sub(max),
        })
    }
}

fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
