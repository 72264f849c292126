//! The checker: resolves a deployment's parsed files into an `ir::Deployment`, collecting every
//! diagnostic it can (one file's YAML error does not hide another file's type error).

mod answers;
mod exprs;
mod lets;
mod options;
mod policy;
mod questionnaire;
pub mod reads;
pub mod rules;
pub mod schemas;
mod select;
mod target;
pub mod transform;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

pub use transform::param_value_ok;

use crate::diag::{Diagnostic, codes::Code};
use crate::ir::Deployment;
use crate::source::{FileId, SourceMap, Span};
use crate::spec::SpecFile;
use crate::yaml::span_of;

/// Checks the parsed files of one deployment (`files` in name order).
/// `had_errors`: files of the deployment already failed to parse (their diagnostics are the
/// caller's); consequences such as unused option sets are then not reported.
pub fn check(
    name: &str,
    sources: &SourceMap,
    files: &[(FileId, SpecFile)],
    had_errors: bool,
) -> (Option<Deployment>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    // Names, unique per kind... and across kinds for sets and maps, which share `translate()` /
    // `lookup()` argument positions only by kind, so per kind is enough.
    let mut names: BTreeMap<(&str, String), Span> = BTreeMap::new();
    let mut unique = |kind: &'static str, n: &str, s: Span, diags: &mut Vec<Diagnostic>| -> bool {
        if let Some(first) = names.get(&(kind, n.to_owned())) {
            diags.push(
                Diagnostic::error(Code::DuplicateName, format!("two {kind}s are named `{n}`"))
                    .with_primary(s, "defined again here")
                    .with_secondary(*first, "first defined here")
                    .with_hint("names are unique within a deployment: rename one"),
            );
            false
        } else {
            names.insert((kind, n.to_owned()), s);
            true
        }
    };
    let mut schema_decls = schemas::Decls {
        by_name: BTreeMap::new(),
    };
    let mut sets = BTreeMap::new();
    let mut transforms = Vec::new();
    let mut map_files = Vec::new();
    for (fid, f) in files {
        match f {
            SpecFile::Schema(s) => {
                if unique(
                    "schema",
                    &s.schema.value,
                    span_of(*fid, &s.schema),
                    &mut diags,
                ) {
                    schema_decls
                        .by_name
                        .insert(s.schema.value.clone(), (*fid, s));
                }
            }
            SpecFile::OptionSet(o) => {
                if unique(
                    "option set",
                    &o.option_set.value,
                    span_of(*fid, &o.option_set),
                    &mut diags,
                ) {
                    let text = sources.get(*fid).map_or("", |f| &f.text);
                    let set = options::option_set(*fid, text, o, &mut diags);
                    sets.insert(set.name.clone(), set);
                }
            }
            SpecFile::ValueMap(m) => {
                if unique(
                    "value map",
                    &m.value_map.value,
                    span_of(*fid, &m.value_map),
                    &mut diags,
                ) {
                    map_files.push((*fid, m));
                }
            }
            SpecFile::Transform(t) => {
                if unique(
                    "transform",
                    &t.transform.value,
                    span_of(*fid, &t.transform),
                    &mut diags,
                ) {
                    transforms.push((*fid, t));
                }
            }
            SpecFile::Workflow => {}
        }
    }
    let mut maps = BTreeMap::new();
    for (fid, m) in map_files {
        if let Some(vm) = options::value_map(fid, m, &sets, &mut diags) {
            maps.insert(vm.name.clone(), vm);
        }
    }
    let set_names: Vec<&str> = sets.keys().map(String::as_str).collect();
    let (resolved, mut sd) = schemas::resolve(&schema_decls, &|n| sets.contains_key(n), set_names);
    diags.append(&mut sd);
    // Sets used by schemas, value maps and transforms (W603 for the rest).
    let mut used: BTreeSet<String> = BTreeSet::new();
    for (_, s) in schema_decls.by_name.values() {
        collect_schema_sets(&s.fields.value, &mut used);
    }
    for (_, m) in files.iter().filter_map(|(f, s)| {
        if let SpecFile::ValueMap(m) = s {
            Some((f, m))
        } else {
            None
        }
    }) {
        if let Some(o) = m.to.as_ref().and_then(|t| t.value.options.as_ref()) {
            used.insert(o.value.clone());
        }
    }
    let env_sets = Arc::new(sets.clone());
    let env_maps = Arc::new(maps.clone());
    let mut ir_transforms = Vec::new();
    for (fid, t) in transforms {
        let Some(src) = sources.get(fid) else {
            continue;
        };
        let inputs = transform::Inputs {
            file: fid,
            file_name: &src.name,
            text: &src.text,
            sources,
            schemas: &resolved,
            sets: &sets,
            maps: &maps,
            env_sets: env_sets.clone(),
            env_maps: env_maps.clone(),
        };
        if !resolved.contains_key(&t.source.value)
            && (schema_decls.by_name.contains_key(&t.source.value) || had_errors)
        {
            // The source schema has errors of its own (or its file did not parse): reported there.
            continue;
        }
        let (tr, mut td, uses) = transform::transform(&inputs, t);
        diags.append(&mut td);
        used.extend(uses.sets);
        if let Some(tr) = tr {
            ir_transforms.push(tr);
        }
    }
    // With errors about, "unused" is mostly a consequence (a schema that did not load).
    let quiet = had_errors || diags.iter().any(Diagnostic::is_error);
    for set in sets.values().filter(|_| !quiet) {
        if !used.contains(&set.name) {
            diags.push(
                Diagnostic::error(
                    Code::UnusedOptionSet,
                    format!(
                        "no schema, value map or transform uses option set `{}`",
                        set.name
                    ),
                )
                .with_primary(set.span, "unused")
                .with_hint("delete the file, or bind a field to it (`options:`)"),
            );
        }
    }
    merge_missing_labels(&mut diags);
    if had_errors {
        // A name defined in a file that did not parse looks undefined: not a second error.
        diags.retain(|d| !matches!(d.code, Code::UnknownOptionSet | Code::UnknownValueMap));
    }
    sort(sources, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags);
    }
    let dep = Deployment {
        name: name.to_owned(),
        option_sets: sets,
        value_maps: maps,
        transforms: ir_transforms,
        fingerprint: crate::source::deployment_fingerprint(
            files
                .iter()
                .filter_map(|(id, _)| sources.get(*id))
                .map(|f| (f.name.as_str(), &*f.text)),
        ),
    };
    (Some(dep), diags)
}

/// E401 once per option set and language: the rules that translate it become secondary labels
/// of the first report (same message = same set, language and codes).
fn merge_missing_labels(diags: &mut Vec<Diagnostic>) {
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diags.len());
    for d in diags.drain(..) {
        if d.code != Code::MissingLabel {
            out.push(d);
            continue;
        }
        match first.get(&d.message) {
            Some(&i) => {
                for l in d.labels {
                    if !out[i].labels.contains(&l) {
                        out[i].labels.push(l);
                    }
                }
            }
            None => {
                first.insert(d.message.clone(), out.len());
                out.push(d);
            }
        }
    }
    *diags = out;
}

fn collect_schema_sets(
    m: &crate::spec::de::OrderedMap<String, crate::yaml::Sp<crate::spec::schema::FieldDecl>>,
    used: &mut BTreeSet<String>,
) {
    for (_, d) in &m.entries {
        if let Some(o) = &d.value.options {
            used.insert(o.value.clone());
        }
        if let Some(f) = &d.value.fields {
            collect_schema_sets(f, used);
        }
    }
}

/// Diagnostics in file, then position order (errors before warnings at one place).
pub fn sort(sources: &SourceMap, diags: &mut [Diagnostic]) {
    let key = |d: &Diagnostic| {
        let s = d.primary_span().unwrap_or_default();
        let name = sources
            .get(s.file)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        (name, s.start, d.severity, d.code)
    };
    diags.sort_by_cached_key(key);
}
