//! Schemas against Primero's forms: the export is read through the forms importer (the same
//! field names and types a re-import would write). A schema is compared when most of its
//! top-level fields are form fields (it was imported from the forms, then trimmed); its fields
//! that the forms no longer hold are removed, or renamed when the forms hold a field the schema
//! does not, of the same type, with a similar name. Subform fields are compared the same way.
//! Record attributes that no form lists (`id`, `last_updated_at`, the `mark_synced*` trio, …)
//! are never reported, nor are fields the forms list with a type the importer skips (a
//! separator kept readable as `json?`).

use std::collections::BTreeSet;

use serde_json::Value;

use super::{DriftError, Finding, FindingKind, Specs, at, round, similarity};
use crate::import::{FormsOptions, import_primero_forms};
use crate::source::{FileId, SourceMap};
use crate::spec::de::OrderedMap;
use crate::spec::schema::FieldDecl;
use crate::spec::{self, SpecFile};
use crate::yaml::{Sp, span_of};

/// Attributes of a Primero record that are not form fields.
const RECORD_ATTRIBUTES: [&str; 14] = [
    "id",
    "short_id",
    "case_id",
    "unique_id",
    "created_at",
    "last_updated_at",
    "owned_by",
    "record_state",
    "status",
    "mark_synced",
    "mark_synced_status",
    "mark_synced_url",
    "flag_count",
    "sync_status",
];

/// A schema is compared when at least this share of its top-level fields are form fields.
const MIN_SHARE: f64 = 0.5;
/// A new field is taken for a renamed one from this name similarity up.
const MIN_RENAME_SIMILARITY: f64 = 0.6;

pub(super) fn compare(
    sources: &SourceMap,
    specs: &Specs,
    forms: &str,
) -> Result<Vec<Finding>, DriftError> {
    let imported = import_primero_forms(forms, &FormsOptions::default())?;
    let Some(file) = imported.files.first() else {
        return Ok(Vec::new());
    };
    let Ok(SpecFile::Schema(theirs)) = spec::parse_file(FileId::default(), &file.yaml) else {
        return Ok(Vec::new());
    };
    let listed = listed_names(forms);
    let mut out = Vec::new();
    for (id, s) in &specs.files {
        let SpecFile::Schema(ours) = s else { continue };
        let fields = &ours.fields.value;
        let known = fields
            .entries
            .iter()
            .filter(|(k, _)| find(&theirs.fields.value, &k.value).is_some())
            .count();
        let candidates = fields
            .entries
            .iter()
            .filter(|(k, _)| !RECORD_ATTRIBUTES.contains(&k.value.as_str()))
            .count();
        if candidates == 0 || (known as f64) < MIN_SHARE * candidates as f64 {
            continue;
        }
        let ctx = Ctx {
            sources,
            listed: &listed,
            file: *id,
            schema: ours.schema.value.as_str(),
        };
        compare_fields(&ctx, "", fields, &theirs.fields.value, &mut out);
    }
    Ok(out)
}

struct Ctx<'a> {
    sources: &'a SourceMap,
    /// Every field name any form lists, of any type.
    listed: &'a BTreeSet<String>,
    file: FileId,
    schema: &'a str,
}

fn compare_fields(
    ctx: &Ctx<'_>,
    prefix: &str,
    ours: &OrderedMap<String, Sp<FieldDecl>>,
    theirs: &OrderedMap<String, Sp<FieldDecl>>,
    out: &mut Vec<Finding>,
) {
    for (name, decl) in &ours.entries {
        let name = &name.value;
        if RECORD_ATTRIBUTES.contains(&name.as_str()) {
            continue;
        }
        if find(theirs, name).is_none() && ctx.listed.contains(name) {
            continue;
        }
        if let Some(their) = find(theirs, name) {
            if let (Some(a), Some(b)) = (&decl.value.fields, &their.value.fields) {
                compare_fields(ctx, &format!("{prefix}{name}."), a, b, out);
            }
            continue;
        }
        let (f, line) = at(ctx.sources, ctx.file, span_of(ctx.file, decl).start);
        let renamed = theirs
            .entries
            .iter()
            .filter(|(n, d)| {
                find(ours, &n.value).is_none() && d.value.ty.value == decl.value.ty.value
            })
            .map(|(n, _)| (similarity(name, &n.value), &n.value))
            .filter(|(s, _)| *s >= MIN_RENAME_SIMILARITY)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let item = format!("{prefix}{name}");
        let finding = match renamed {
            Some((sim, new)) => {
                let mut x = Finding::new(FindingKind::FieldRenamed, (&f, line), ctx.schema, &item);
                x.old = Some(name.clone());
                x.new = Some(new.clone());
                x.similarity = Some(round(sim));
                x
            }
            None => Finding::new(FindingKind::FieldRemoved, (&f, line), ctx.schema, &item),
        };
        out.push(finding);
    }
}

/// The names of every field of every form (the export was already read once, so it parses).
fn listed_names(forms: &str) -> BTreeSet<String> {
    let v: Value = serde_json::from_str(forms).unwrap_or(Value::Null);
    let list = v.get("data").unwrap_or(&v);
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("fields").and_then(Value::as_array))
        .flatten()
        .filter_map(|f| f.get("name").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

type Fields = OrderedMap<String, Sp<FieldDecl>>;

fn find<'a>(m: &'a Fields, k: &str) -> Option<&'a Sp<FieldDecl>> {
    m.entries.iter().find(|(n, _)| n.value == k).map(|(_, d)| d)
}
