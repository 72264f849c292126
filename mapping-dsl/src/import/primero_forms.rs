//! `/api/v2/forms` -> a schema: every field of the record type's top-level forms, typed, with
//! subforms as lists of objects. Option sets are referenced by the names the lookups importer
//! gives them ([`lookup_set_name`], the field name for inline options, [`LOCATIONS_SET`]).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::json_in::{bool_of, id_text, label, records, str_of};
use super::naming::{LOCATIONS_SET, inline_set_name, lookup_set_name};
use super::yaml_out::{comment_text, scalar};
use super::{Finding, FindingKind, ImportError, Imported, ImportedFile};

/// What to import.
#[derive(Debug, Clone)]
pub struct FormsOptions {
    /// `parent_form` of the top-level forms to read (`case`, `incident`, `tracing_request`).
    pub record_type: String,
    /// The `schema:` name written.
    pub schema_name: String,
    /// Only what a transform writes, plus declared extras (`None`: every field).
    pub narrow: Option<super::narrow::Narrow>,
}

impl Default for FormsOptions {
    fn default() -> Self {
        FormsOptions {
            record_type: "case".into(),
            schema_name: "primero_case".into(),
            narrow: None,
        }
    }
}

/// Subforms nest at most this deep (Primero allows one level; this guards against cycles).
const MAX_DEPTH: usize = 4;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Scalar(&'static str),
    Select {
        set: String,
        multi: bool,
    },
    List(Vec<Field>),
    /// A list of scalars (a multi select whose options are not exported).
    ScalarList(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Field {
    pub(super) name: String,
    pub(super) kind: Kind,
    /// Where the options come from, for conflict detection (`lookup X`, `inline [..]`, …).
    pub(super) source: Option<String>,
    pub(super) form: String,
    pub(super) notes: Vec<String>,
}

/// One form's output: a header comment, its fields, and skipped-field notes.
pub(super) struct FormOut {
    pub(super) title: String,
    pub(super) fields: Vec<Field>,
    pub(super) skipped: Vec<String>,
}

/// Imports the schema. Findings cover conflicting definitions, skipped field types and
/// subforms that cannot be resolved.
pub fn import_primero_forms(
    forms_json: &str,
    opts: &FormsOptions,
) -> Result<Imported, ImportError> {
    let forms = records(forms_json, "the forms export")?;
    let by_id: BTreeMap<String, &Value> = forms
        .iter()
        .filter_map(|f| Some((f.get("id").and_then(id_text)?, f)))
        .collect();
    let mut top: Vec<&Value> = forms
        .iter()
        .filter(|f| {
            str_of(f, "parent_form") == Some(opts.record_type.as_str()) && !bool_of(f, "is_nested")
        })
        .collect();
    top.sort_by_key(|f| (num(f, "order_form_group"), num(f, "order")));
    if top.is_empty() {
        return Err(ImportError::Shape {
            what: "the forms export",
            message: format!("no top-level form has parent_form `{}`", opts.record_type),
        });
    }

    let mut cx = Cx {
        by_id: &by_id,
        findings: Vec::new(),
        conflicts: option_conflicts(&forms),
    };
    for (name, by_source) in &cx.conflicts {
        let list: Vec<String> = by_source
            .iter()
            .map(|(src, forms)| format!("{} in {}", describe(Some(src)), forms.join(", ")))
            .collect();
        cx.findings.push(Finding {
            kind: FindingKind::ConflictingOptions,
            message: format!(
                "field `{name}` has different option sources across forms: {}",
                list.join("; ")
            ),
        });
    }
    let mut seen: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut outs: Vec<FormOut> = Vec::new();
    for form in &top {
        let form_name = str_of(form, "unique_id").unwrap_or("?").to_string();
        let title = label(form, "name", "en").unwrap_or_default();
        let (fields, skipped) = cx.fields_of(form, &form_name, 0, &mut BTreeSet::new());
        let mut kept = Vec::new();
        for f in fields {
            match seen.get(&f.name) {
                Some(&(fi, ki)) => {
                    let first = if fi == outs.len() {
                        &mut kept[ki]
                    } else {
                        &mut outs[fi].fields[ki]
                    };
                    cx.merge_duplicate(first, &f);
                }
                None => {
                    seen.insert(f.name.clone(), (outs.len(), kept.len()));
                    kept.push(f);
                }
            }
        }
        outs.push(FormOut {
            title: format!("form {form_name}: {title}"),
            fields: kept,
            skipped,
        });
    }

    if let Some(n) = &opts.narrow {
        super::narrow::apply(&mut outs, n);
    }
    let yaml = emit(opts, &outs, top.len());
    Ok(Imported {
        files: vec![ImportedFile {
            file_name: format!("{}.yaml", opts.schema_name),
            yaml,
        }],
        findings: cx.findings,
    })
}

fn num(v: &Value, key: &str) -> i64 {
    v.get(key).and_then(Value::as_i64).unwrap_or(0)
}

struct Cx<'a> {
    by_id: &'a BTreeMap<String, &'a Value>,
    findings: Vec<Finding>,
    /// Field name -> option source -> forms, for names with more than one source.
    conflicts: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// Every select field name, in every form of the export (any record type, nested or not), with
/// more than one option source. The legacy job resolved these by "last form wins"; we report them.
fn option_conflicts(forms: &[Value]) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut all: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for form in forms {
        let form_name = str_of(form, "unique_id").unwrap_or("?");
        for f in form
            .get("fields")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (Some(name), Some(ty)) = (str_of(f, "name"), str_of(f, "type")) else {
                continue;
            };
            if ty != "select_box" && ty != "radio_button" {
                continue;
            }
            let src = match (
                str_of(f, "option_strings_source"),
                f.get("option_strings_text").filter(|v| !v.is_null()),
            ) {
                (Some(s), _) => s.to_string(),
                (None, Some(o)) => format!("inline {o}"),
                (None, None) => "none".to_string(),
            };
            let forms = all
                .entry(name.to_string())
                .or_default()
                .entry(src)
                .or_default();
            if !forms.iter().any(|f| f == form_name) {
                forms.push(form_name.to_string());
            }
        }
    }
    all.retain(|_, by_source| by_source.len() > 1);
    all
}

impl Cx<'_> {
    fn find(&mut self, kind: FindingKind, message: String) {
        self.findings.push(Finding { kind, message });
    }

    /// The fields of one form section in `order`, and notes on the fields it skipped.
    fn fields_of(
        &mut self,
        form: &Value,
        form_name: &str,
        depth: usize,
        path: &mut BTreeSet<String>,
    ) -> (Vec<Field>, Vec<String>) {
        let mut raw: Vec<&Value> = form
            .get("fields")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        raw.sort_by_key(|f| num(f, "order"));
        let mut fields = Vec::new();
        let mut skipped = Vec::new();
        for f in raw {
            let Some(name) = str_of(f, "name") else {
                continue;
            };
            let ty = str_of(f, "type").unwrap_or("");
            match self.field(f, name, ty, form_name, depth, path) {
                Ok(field) => fields.push(field),
                Err(note) => skipped.push(note),
            }
        }
        (fields, skipped)
    }

    fn field(
        &mut self,
        f: &Value,
        name: &str,
        ty: &str,
        form: &str,
        depth: usize,
        path: &mut BTreeSet<String>,
    ) -> Result<Field, String> {
        let mk = |kind, source| Field {
            name: name.to_string(),
            kind,
            source,
            form: form.to_string(),
            notes: Vec::new(),
        };
        Ok(match ty {
            "text_field" | "textarea" => mk(Kind::Scalar("string"), None),
            "date_field" => mk(
                Kind::Scalar(if bool_of(f, "date_include_time") {
                    "datetime"
                } else {
                    "date"
                }),
                None,
            ),
            "numeric_field" => mk(Kind::Scalar("number"), None),
            "tick_box" => mk(Kind::Scalar("bool"), None),
            "select_box" | "radio_button" => return Ok(self.select(f, name, form)),
            "subform" => {
                let sub_id = f.get("subform_section_id").and_then(id_text);
                let Some(sub) = sub_id.as_ref().and_then(|id| self.by_id.get(id).copied()) else {
                    self.find(
                        FindingKind::MissingSubform,
                        format!(
                            "{form}.{name}: subform_section_id {} names no form section; skipped",
                            sub_id.as_deref().unwrap_or("(none)")
                        ),
                    );
                    return Err(format!("{name}: subform whose section is missing"));
                };
                let sub_name = str_of(sub, "unique_id").unwrap_or("?").to_string();
                if depth >= MAX_DEPTH || !path.insert(sub_name.clone()) {
                    self.find(
                        FindingKind::MissingSubform,
                        format!("{form}.{name}: subform {sub_name} nests into itself; skipped"),
                    );
                    return Err(format!("{name}: recursive subform {sub_name}"));
                }
                let (sub_fields, sub_skipped) = self.fields_of(sub, &sub_name, depth + 1, path);
                path.remove(&sub_name);
                let mut uniq: Vec<Field> = Vec::new();
                for sf in sub_fields {
                    if let Some(i) = uniq.iter().position(|u| u.name == sf.name) {
                        let mut first = uniq[i].clone();
                        self.merge_duplicate(&mut first, &sf);
                        uniq[i] = first;
                    } else {
                        uniq.push(sf);
                    }
                }
                let mut field = mk(Kind::List(uniq), Some(format!("subform {sub_name}")));
                field
                    .notes
                    .extend(sub_skipped.into_iter().map(|s| format!("skipped {s}")));
                field
            }
            "separator" => return Err(format!("{name}: separator (no data)")),
            other => {
                self.find(
                    FindingKind::SkippedField,
                    format!("{form}.{name}: field type `{other}` is not imported; skipped"),
                );
                return Err(format!("{name}: {other} (not imported)"));
            }
        })
    }

    fn select(&mut self, f: &Value, name: &str, form: &str) -> Field {
        let multi = bool_of(f, "multi_select");
        let mut field = Field {
            name: name.to_string(),
            kind: Kind::Scalar("string"),
            source: None,
            form: form.to_string(),
            notes: Vec::new(),
        };
        if let Some(by_source) = self.conflicts.get(name) {
            let others: Vec<String> = by_source
                .iter()
                .map(|(src, forms)| format!("{} ({})", describe(Some(src)), forms.join(", ")))
                .collect();
            field.notes.push(format!(
                "FINDING: this field name has different option sources across forms: {}",
                others.join("; ")
            ));
        }
        let inline = f.get("option_strings_text").filter(|v| !v.is_null());
        match (str_of(f, "option_strings_source"), inline) {
            (Some(src), _) if src.starts_with("lookup ") => {
                let id = src["lookup ".len()..].trim();
                field.kind = Kind::Select {
                    set: lookup_set_name(id),
                    multi,
                };
                field.source = Some(format!("lookup {id}"));
            }
            (Some("Location" | "ReportingLocation"), _) => {
                field.kind = Kind::Select {
                    set: LOCATIONS_SET.to_string(),
                    multi,
                };
                field.source = Some("locations".into());
            }
            (Some(other), _) => {
                self.find(
                    FindingKind::UntypedSource,
                    format!("{form}.{name}: options come from `{other}` (not exported as a lookup); read as text"),
                );
                field.kind = if multi {
                    Kind::ScalarList("string")
                } else {
                    Kind::Scalar("string")
                };
                field.source = Some(other.to_string());
                field
                    .notes
                    .push(format!("options from {other}: not imported"));
            }
            (None, Some(opts)) => {
                field.kind = Kind::Select {
                    set: inline_set_name(name),
                    multi,
                };
                field.source = Some(format!("inline {}", opts));
            }
            (None, None) => {
                self.find(
                    FindingKind::BadOptions,
                    format!("{form}.{name}: a select without options; read as text"),
                );
                field.kind = if multi {
                    Kind::ScalarList("string")
                } else {
                    Kind::Scalar("string")
                };
                field.notes.push("a select without options".into());
            }
        }
        field
    }

    /// A field name seen again: keep the first definition, report what differs.
    fn merge_duplicate(&mut self, first: &mut Field, again: &Field) {
        if first.source != again.source {
            // Reported once for the whole export by `option_conflicts`; the first definition is used.
            first.notes.push(format!(
                "form {} defines this field again; this schema uses form {}",
                again.form, first.form
            ));
        } else if kind_name(&first.kind) != kind_name(&again.kind) {
            self.find(
                FindingKind::ConflictingTypes,
                format!(
                    "field `{}` is {} in form {} and {} in form {}; the schema uses the first",
                    first.name,
                    kind_name(&first.kind),
                    first.form,
                    kind_name(&again.kind),
                    again.form
                ),
            );
            first.notes.push(format!(
                "FINDING: form {} declares this field as {}",
                again.form,
                kind_name(&again.kind)
            ));
        }
    }
}

fn describe(source: Option<&str>) -> String {
    match source {
        None => "no options".into(),
        Some(s) if s.starts_with("inline ") => "inline options".into(),
        Some(s) => s.to_string(),
    }
}

fn kind_name(k: &Kind) -> String {
    match k {
        Kind::Scalar(s) => (*s).to_string(),
        Kind::Select { set, multi: false } => format!("select({set})"),
        Kind::Select { set, multi: true } => format!("multi_select({set})"),
        Kind::List(_) => "list".into(),
        Kind::ScalarList(t) => format!("list<{t}>"),
    }
}

fn emit(opts: &FormsOptions, outs: &[FormOut], n_forms: usize) -> String {
    let n_fields: usize = outs.iter().map(|o| o.fields.len()).sum();
    let mut y = String::new();
    y.push_str("# Imported by `mapwright schema import-primero-forms` from a Primero /api/v2/forms export.\n");
    y.push_str(&format!(
        "# Record type `{}`: {n_forms} top-level forms, {n_fields} fields. Lines marked FINDING need a decision.\n",
        comment_text(&opts.record_type)
    ));
    y.push_str(&format!("schema: {}\n", scalar(&opts.schema_name)));
    match &opts.narrow {
        None => y.push_str(&format!(
            "description: A Primero `{}` record as returned by GET /api/v2/{}s (imported from the forms export).\n",
            comment_text(&opts.record_type),
            comment_text(&opts.record_type)
        )),
        Some(n) => y.push_str(&format!(
            "description: The Primero `{}` fields `{}` writes (imported from the forms export, plus declared extras).\n\
             # Narrowed to those fields; a select whose option set the deployment lacks is text.\n\
             # Do not edit: re-run the import (mappings/README.md, \"Import the W2 target schema\").\n",
            comment_text(&opts.record_type),
            comment_text(&n.written_by)
        )),
    }
    y.push_str("coercion: lenient\nfields:\n");
    if opts
        .narrow
        .as_ref()
        .is_none_or(|n| n.only.contains_key("id"))
    {
        y.push_str("  id: string    # the record id (a system field, not in the forms export)\n");
    }
    for o in outs {
        y.push_str(&format!("  # {}\n", comment_text(&o.title)));
        for s in &o.skipped {
            y.push_str(&format!("  # skipped {}\n", comment_text(s)));
        }
        for f in &o.fields {
            emit_field(&mut y, f, 1);
        }
    }
    if let Some(x) = opts.narrow.as_ref().and_then(|n| n.extras.as_ref()) {
        y.push_str(&format!(
            "  # declared extras ({}): fields the export lacks, each with its reason\n",
            comment_text(&x.file)
        ));
        y.push_str(&x.block);
    }
    y.push_str(&crate::spec::json_schema::modeline("schema"));
    y
}

fn emit_field(y: &mut String, f: &Field, depth: usize) {
    let pad = "  ".repeat(depth);
    for n in &f.notes {
        y.push_str(&format!("{pad}# {}\n", comment_text(n)));
    }
    let key = scalar(&f.name);
    match &f.kind {
        Kind::Scalar(t) => y.push_str(&format!("{pad}{key}: {t}?\n")),
        Kind::Select { set, multi } => {
            let t = if *multi { "multi_select" } else { "select" };
            y.push_str(&format!(
                "{pad}{key}: {{ type: {t}, options: {}, nullable: true }}\n",
                scalar(set)
            ));
        }
        Kind::ScalarList(t) => y.push_str(&format!(
            "{pad}{key}: {{ type: list, items: {t}, nullable: true }}\n"
        )),
        Kind::List(fields) => {
            y.push_str(&format!(
                "{pad}{key}:\n{pad}  type: list\n{pad}  nullable: true\n"
            ));
            if fields.is_empty() {
                y.push_str(&format!("{pad}  fields: {{}}\n"));
            } else {
                y.push_str(&format!("{pad}  fields:\n"));
                for sf in fields {
                    emit_field(y, sf, depth + 2);
                }
            }
        }
    }
}
