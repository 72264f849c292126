//! Every field Mapwright writes to Primero is defined: each field of the W2 target schema
//! (`primero_case_update`) is a field of the forms export the fake Primero serves and validates
//! against (`fakes/data/primero/forms.json`, the Thailand instance's names and types), with a
//! compatible type; a field the 2024 export lacks is declared with its reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use mapping_dsl::source::FileId;
use mapping_dsl::spec::{SpecFile, parse_file};
use serde_json::Value;

/// `(name, type, nullable, description, subfields)` of the W2 target schema.
struct Field {
    ty: String,
    described: bool,
    sub: Vec<(String, String)>,
}

fn w2_schema() -> BTreeMap<String, Field> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../mappings/thailand/schemas/primero_case_update.yaml");
    let text = std::fs::read_to_string(path).expect("the W2 schema exists");
    let Ok(SpecFile::Schema(schema)) = parse_file(FileId(0), &text) else {
        panic!("primero_case_update.yaml is a schema");
    };
    schema
        .fields
        .value
        .entries
        .iter()
        .map(|(name, decl)| {
            let sub = decl
                .value
                .fields
                .iter()
                .flat_map(|m| m.entries.iter())
                .map(|(n, d)| (n.value.clone(), d.value.ty.value.clone()))
                .collect();
            (
                name.value.clone(),
                Field {
                    ty: decl.value.ty.value.clone(),
                    described: decl.value.description.is_some(),
                    sub,
                },
            )
        })
        .collect()
}

/// Top-level fields by name: (the form's unique id, the field).
type TopFields = BTreeMap<String, (String, Value)>;
/// The fields of each nested form, by form id.
type NestedForms = BTreeMap<u64, Vec<Value>>;

/// Top-level fields of the export by name, and nested forms by id.
fn export() -> (TopFields, NestedForms) {
    let mut top = BTreeMap::new();
    let mut nested = BTreeMap::new();
    for form in fakes::data::metadata::forms() {
        let fields: Vec<Value> = form["fields"].as_array().cloned().unwrap_or_default();
        if form["is_nested"] == Value::Bool(true) {
            nested.insert(form["id"].as_u64().unwrap_or(0), fields);
        } else {
            let uid = form["unique_id"].as_str().unwrap_or_default().to_owned();
            for f in fields {
                let name = f["name"].as_str().unwrap_or_default().to_owned();
                top.insert(name, (uid.clone(), f));
            }
        }
    }
    (top, nested)
}

/// Whether a schema type can carry what a form field of `form_type` accepts.
fn compatible(schema_ty: &str, field: &Value) -> bool {
    let multi = field["multi_select"] == Value::Bool(true);
    match field["type"].as_str().unwrap_or_default() {
        "text_field" | "textarea" => schema_ty == "string",
        "date_field" => ["string", "date", "datetime"].contains(&schema_ty),
        "numeric_field" => ["int", "number"].contains(&schema_ty),
        "tick_box" => schema_ty == "bool",
        "select_box" if multi => ["multi_select", "list"].contains(&schema_ty),
        "select_box" => ["select", "string"].contains(&schema_ty),
        "radio_button" => ["select", "string", "bool"].contains(&schema_ty),
        "subform" => schema_ty == "list",
        _ => false,
    }
}

/// Known disagreements between what W2 declares and what the Thailand forms accept (none since
/// the schema is imported: the PLH free-text answers, once typed `json`, are text fields).
const KNOWN_TYPE_MISMATCHES: &[&str] = &[];

#[test]
fn every_field_w2_writes_is_defined_by_the_forms_export() {
    let schema = w2_schema();
    let (top, nested) = export();
    let sync_attributes = ["mark_synced", "mark_synced_status", "mark_synced_url"];
    let mut undefined = Vec::new();
    let mut mismatches = BTreeSet::new();
    let mut declared_extra = BTreeSet::new();
    for (name, f) in &schema {
        if sync_attributes.contains(&name.as_str()) {
            continue; // core attributes of every record (reference §7), not form fields
        }
        let Some((form, def)) = top.get(name) else {
            undefined.push(name.clone());
            continue;
        };
        if form == "formsection-risk-model-legacy-fields" {
            declared_extra.insert(name.clone());
            assert!(
                f.described,
                "{name}: a field the export lacks says why it is written"
            );
        }
        if !compatible(&f.ty, def) {
            mismatches.insert(format!(
                "{name}: {} into {}",
                f.ty,
                def["type"].as_str().unwrap_or("?")
            ));
        }
        if f.sub.is_empty() {
            continue;
        }
        let section = def["subform_section_id"].as_u64().unwrap_or(0);
        let rows = nested.get(&section).cloned().unwrap_or_default();
        for (sub, ty) in &f.sub {
            if sub == "unique_id" {
                continue;
            }
            match rows.iter().find(|r| r["name"].as_str() == Some(sub)) {
                None => undefined.push(format!("{name}/{sub}")),
                Some(def) if !compatible(ty, def) => {
                    mismatches.insert(format!("{name}/{sub}: {ty} into {}", def["type"]));
                }
                Some(_) => {}
            }
        }
    }
    assert!(
        undefined.is_empty(),
        "W2 writes fields no form defines: {undefined:?}"
    );
    assert_eq!(
        declared_extra,
        ["mental_d2e118d", "physical_aa3d640", "sexual_b2b5d48"]
            .map(str::to_owned)
            .into(),
        "the fields the 2024 export lacks"
    );
    let known: BTreeSet<String> = KNOWN_TYPE_MISMATCHES
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(
        mismatches, known,
        "type disagreements changed: update the list (or fix W2)"
    );
}

#[test]
fn the_real_export_lacks_only_the_declared_fields() {
    // The shared real export (when present) defines every W2 field but the declared ones.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/fixtures/primero-thailand/api_v2_forms.json");
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let real: Value = serde_json::from_str(&text).unwrap_or_default();
    let names: BTreeSet<&str> = real["data"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["parent_form"] == "case" && f["is_nested"] != Value::Bool(true))
        .flat_map(|f| f["fields"].as_array().into_iter().flatten())
        .filter_map(|f| f["name"].as_str())
        .collect();
    let schema = w2_schema();
    let missing: Vec<&String> = schema
        .iter()
        .filter(|(n, f)| {
            !n.starts_with("mark_synced") && !f.described && !names.contains(n.as_str())
        })
        .map(|(n, _)| n)
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
    let declared: Vec<&String> = schema
        .iter()
        .filter(|(_, f)| f.described)
        .map(|(n, _)| n)
        .filter(|n| names.contains(n.as_str()))
        .collect();
    assert!(
        declared.is_empty(),
        "declared as missing but present: {declared:?}"
    );
}

/// The W2 target schema is the importer's output from the fake Primero's forms export, narrowed
/// to the fields W2 writes, plus the declared extras (`primero_case_update_extras.yaml`): the
/// command in mappings/README.md ("Import the W2 target schema") writes exactly this file.
#[test]
fn the_w2_schema_is_what_the_importer_makes_from_the_forms_export() {
    use mapping_dsl::import::{
        Extras, FormsOptions, Narrow, fields_written_by, import_primero_forms,
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |p: &str| std::fs::read_to_string(root.join(p)).expect(p);
    let thailand = "mappings/thailand";
    let known_sets = spec_files::walk_deployment(&root.join(thailand))
        .expect("option sets")
        .into_iter()
        .filter_map(|s| {
            let n = s.rel.strip_prefix("option-sets/")?;
            n.strip_suffix(".yaml").map(str::to_owned)
        })
        .collect();
    let narrow = Narrow {
        written_by: "w2_his_to_primero.yaml".into(),
        only: fields_written_by(&read(&format!(
            "{thailand}/transforms/w2_his_to_primero.yaml"
        )))
        .expect("the W2 transform parses"),
        known_sets: Some(known_sets),
        extras: Some(
            Extras::parse(
                "primero_case_update_extras.yaml",
                &read(&format!(
                    "{thailand}/schemas/primero_case_update_extras.yaml"
                )),
            )
            .expect("the extras file is a schema"),
        ),
    };
    let opts = FormsOptions {
        record_type: "case".into(),
        schema_name: "primero_case_update".into(),
        narrow: Some(narrow),
    };
    let imported = import_primero_forms(&read("fakes/data/primero/forms.json"), &opts)
        .expect("the export imports");
    let checked_in = read(&format!("{thailand}/schemas/primero_case_update.yaml"));
    assert!(
        imported.files[0].yaml == checked_in,
        "primero_case_update.yaml is not the importer's output: re-run the import \
         (mappings/README.md, \"Import the W2 target schema\")"
    );
    // Every field W2 writes is in it (the importer dropped none silently).
    for field in [
        "sex",
        "physical_check_2",
        "mental_d2e118d",
        "mark_synced",
        "age_60ee953",
    ] {
        assert!(checked_in.contains(&format!("\n  {field}:")), "{field}");
    }
}
