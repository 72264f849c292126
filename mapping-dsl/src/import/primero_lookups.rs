//! `/api/v2/lookups` (+ inline field options from `/api/v2/forms`, + `/api/v2/locations`) ->
//! option sets, one file each. Labels are kept exactly, including empty ones (`""`), which are
//! findings: a translation to an empty label is data loss the analyst should see.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::json_in::{bool_of, label, records, str_of};
use super::naming::{LOCATIONS_SET, inline_set_name, lookup_set_name};
use super::yaml_out::{comment_text, scalar};
use super::{Finding, FindingKind, ImportError, Imported, ImportedFile};

/// The exports to read. Only `lookups_json` is required.
#[derive(Debug, Clone)]
pub struct LookupsInput<'a> {
    pub lookups_json: &'a str,
    /// Adds one option set per field with inline `option_strings_text`, named after the field.
    pub forms_json: Option<&'a str>,
    /// Adds the `locations` set: code -> full path (`ประเทศไทย:กรุงเทพมหานคร:…`).
    pub locations_json: Option<&'a str>,
    /// Label languages written, in this order (default `en`, `th`).
    pub langs: Vec<String>,
}

impl<'a> LookupsInput<'a> {
    pub fn new(lookups_json: &'a str) -> Self {
        LookupsInput {
            lookups_json,
            forms_json: None,
            locations_json: None,
            langs: vec!["en".into(), "th".into()],
        }
    }
}

struct Opt {
    code: String,
    labels: Vec<(String, Option<String>)>,
    disabled: bool,
}

struct Set {
    name: String,
    source: String,
    title: String,
    options: Vec<Opt>,
}

/// Imports every lookup (and inline options and locations when given), one file per set.
pub fn import_primero_lookups(input: &LookupsInput<'_>) -> Result<Imported, ImportError> {
    let mut findings = Vec::new();
    let mut sets: Vec<Set> = Vec::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();

    for lk in records(input.lookups_json, "the lookups export")? {
        let Some(id) = str_of(&lk, "unique_id") else {
            continue;
        };
        let options = lk
            .get("values")
            .and_then(Value::as_array)
            .map(|vs| options_of(vs, "display_text", input))
            .unwrap_or_default();
        let title = label(&lk, "name", "en").unwrap_or_default();
        push_set(
            &mut sets,
            &mut names,
            &mut findings,
            Set {
                name: lookup_set_name(id),
                source: id.to_string(),
                title,
                options,
            },
        );
    }

    if let Some(forms_json) = input.forms_json {
        let referenced = inline_sets(forms_json, input, &mut sets, &mut names, &mut findings)?;
        let have: BTreeSet<&str> = sets.iter().map(|s| s.source.as_str()).collect();
        for (id, fields) in &referenced {
            if !have.contains(id.as_str()) {
                findings.push(Finding {
                    kind: FindingKind::MissingLookup,
                    message: format!(
                        "lookup `{id}` (used by {}) is not in the lookups export",
                        fields.join(", ")
                    ),
                });
            }
        }
    }

    if let Some(loc_json) = input.locations_json {
        let mut options = Vec::new();
        for l in records(loc_json, "the locations export")? {
            let Some(code) = str_of(&l, "code") else {
                continue;
            };
            let labels = input
                .langs
                .iter()
                .map(|lang| (lang.clone(), label(&l, "name", lang)))
                .collect();
            options.push(Opt {
                code: code.to_string(),
                labels,
                disabled: bool_of(&l, "disabled"),
            });
        }
        let set = Set {
            name: LOCATIONS_SET.into(),
            source: "locations".into(),
            title: "Locations (full path)".into(),
            options,
        };
        push_set(&mut sets, &mut names, &mut findings, set);
    }

    let mut files = Vec::new();
    for set in &mut sets {
        dedupe(set, &mut findings);
        label_findings(set, &input.langs, &mut findings);
        files.push(ImportedFile {
            file_name: format!("{}.yaml", set.name),
            yaml: emit(set, &input.langs),
        });
    }
    Ok(Imported { files, findings })
}

fn options_of(values: &[Value], key: &str, input: &LookupsInput<'_>) -> Vec<Opt> {
    values
        .iter()
        .filter_map(|v| {
            let code = match v.get("id")? {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            let labels = input
                .langs
                .iter()
                .map(|lang| (lang.clone(), label(v, key, lang)))
                .collect();
            Some(Opt {
                code,
                labels,
                disabled: bool_of(v, "disabled"),
            })
        })
        .collect()
}

/// Adds the inline option sets of the forms; returns lookup id -> fields that reference it.
fn inline_sets(
    forms_json: &str,
    input: &LookupsInput<'_>,
    sets: &mut Vec<Set>,
    names: &mut BTreeMap<String, String>,
    findings: &mut Vec<Finding>,
) -> Result<BTreeMap<String, Vec<String>>, ImportError> {
    let mut referenced: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // field name -> (form, canonical JSON of its options), to report conflicting inline sets.
    let mut inline_seen: BTreeMap<String, (String, String)> = BTreeMap::new();
    for form in records(forms_json, "the forms export")? {
        let form_name = str_of(&form, "unique_id").unwrap_or("?").to_string();
        let Some(fields) = form.get("fields").and_then(Value::as_array) else {
            continue;
        };
        for f in fields {
            let Some(name) = str_of(f, "name") else {
                continue;
            };
            if let Some(src) = str_of(f, "option_strings_source") {
                if let Some(id) = src.strip_prefix("lookup ") {
                    let e = referenced.entry(id.trim().to_string()).or_default();
                    if !e.contains(&name.to_string()) {
                        e.push(name.to_string());
                    }
                }
                continue;
            }
            let Some(opts) = f.get("option_strings_text").filter(|v| !v.is_null()) else {
                continue;
            };
            let Some(list) = opts.as_array() else {
                findings.push(Finding {
                    kind: FindingKind::BadOptions,
                    message: format!(
                        "{form_name}.{name}: option_strings_text is not a list; skipped"
                    ),
                });
                continue;
            };
            let canon = opts.to_string();
            if let Some((first_form, first)) = inline_seen.get(name) {
                if *first != canon {
                    findings.push(Finding {
                        kind: FindingKind::ConflictingOptions,
                        message: format!(
                            "field `{name}` has different inline options in form {first_form} and form {form_name}; the set `{}` uses the first",
                            inline_set_name(name)
                        ),
                    });
                }
                continue;
            }
            inline_seen.insert(name.to_string(), (form_name.clone(), canon));
            let set = Set {
                name: inline_set_name(name),
                source: format!("field {name} (form {form_name})"),
                title: label(f, "display_name", "en").unwrap_or_default(),
                options: options_of(list, "display_text", input),
            };
            push_set(sets, names, findings, set);
        }
    }
    Ok(referenced)
}

fn push_set(
    sets: &mut Vec<Set>,
    names: &mut BTreeMap<String, String>,
    findings: &mut Vec<Finding>,
    set: Set,
) {
    if let Some(first) = names.get(&set.name) {
        findings.push(Finding {
            kind: FindingKind::NameClash,
            message: format!(
                "option set `{}` from {} clashes with the one from {first}; the first is kept",
                set.name, set.source
            ),
        });
        return;
    }
    names.insert(set.name.clone(), set.source.clone());
    sets.push(set);
}

fn dedupe(set: &mut Set, findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    let mut dups = Vec::new();
    set.options.retain(|o| {
        let fresh = seen.insert(o.code.clone());
        if !fresh {
            dups.push(o.code.clone());
        }
        fresh
    });
    if !dups.is_empty() {
        findings.push(Finding {
            kind: FindingKind::DuplicateCode,
            message: format!(
                "{}: codes listed twice (the first is kept): {}",
                set.source,
                dups.join(", ")
            ),
        });
    }
}

/// One finding per set and language, listing the codes (at most 10 by name).
fn label_findings(set: &Set, langs: &[String], findings: &mut Vec<Finding>) {
    for lang in langs {
        let pick = |want_empty: bool| -> Vec<&str> {
            set.options
                .iter()
                .filter(|o| {
                    o.labels.iter().any(|(l, v)| {
                        l == lang
                            && if want_empty {
                                v.as_deref() == Some("")
                            } else {
                                v.is_none()
                            }
                    })
                })
                .map(|o| o.code.as_str())
                .collect()
        };
        for (want_empty, kind, what) in [
            (true, FindingKind::EmptyLabel, "an empty"),
            (false, FindingKind::MissingLabel, "no"),
        ] {
            let codes = pick(want_empty);
            if codes.is_empty() {
                continue;
            }
            let shown: Vec<&str> = codes.iter().take(10).copied().collect();
            let more = if codes.len() > 10 {
                format!(" and {} more", codes.len() - 10)
            } else {
                String::new()
            };
            findings.push(Finding {
                kind,
                message: format!(
                    "{} (set `{}`): {} option(s) with {what} `{lang}` label: {}{more}",
                    set.source,
                    set.name,
                    codes.len(),
                    shown.join(", ")
                ),
            });
        }
    }
}

fn emit(set: &Set, langs: &[String]) -> String {
    let mut y = String::new();
    y.push_str("# Imported by `mapwright options import-primero-lookups`. Edit labels here; re-importing overwrites.\n");
    if !set.title.is_empty() {
        y.push_str(&format!("# {}\n", comment_text(&set.title)));
    }
    y.push_str(&format!(
        "option_set: {}\nsource: {}\noptions:\n",
        scalar(&set.name),
        scalar(&set.source)
    ));
    if set.options.is_empty() {
        y.truncate(y.len() - "options:\n".len());
        y.push_str("options: []\n");
    }
    for o in &set.options {
        let mut parts = vec![format!("code: {}", scalar(&o.code))];
        let mut notes = Vec::new();
        for (lang, v) in &o.labels {
            match v {
                Some(text) => {
                    parts.push(format!("{lang}: {}", scalar(text)));
                    if text.is_empty() && langs.contains(lang) {
                        notes.push(format!("empty {lang} label"));
                    }
                }
                None => notes.push(format!("no {lang} label")),
            }
        }
        if o.disabled {
            notes.push("disabled in Primero".into());
        }
        let comment = if notes.is_empty() {
            String::new()
        } else {
            format!("    # FINDING: {}", notes.join("; "))
        };
        let comment = if o.disabled && notes.len() == 1 {
            "    # disabled in Primero".to_string()
        } else {
            comment
        };
        y.push_str(&format!("  - {{ {} }}{comment}\n", parts.join(", ")));
    }
    y.push_str(&crate::spec::json_schema::modeline("option_set"));
    y
}
