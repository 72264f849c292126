//! Narrowing an imported schema to a transform's target: only the fields the transform writes
//! (and, of a subform, the row fields it writes), a select whose option set the deployment does
//! not define read as text (its values are still Primero option ids), and declared extras (fields
//! the export lacks but the system is known to have, each with its reason) appended as written.

use std::collections::{BTreeMap, BTreeSet};

use super::ImportError;
use super::primero_forms::{Field, FormOut, Kind};
use crate::source::FileId;
use crate::spec::questionnaire::RowFields;
use crate::spec::transform::Rule;
use crate::spec::{SpecFile, parse_file};

/// How an import is narrowed.
#[derive(Debug, Clone, Default)]
pub struct Narrow {
    /// The transform whose writes select the fields (named in the header).
    pub written_by: String,
    /// Top-level field -> the row fields written of a subform (empty for other fields).
    pub only: BTreeMap<String, BTreeSet<String>>,
    /// The option sets the deployment defines (`None`: every select keeps its set).
    pub known_sets: Option<BTreeSet<String>>,
    pub extras: Option<Extras>,
}

/// A declared-extras file: a schema file whose fields are copied after the imported ones.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The file, as named in the output's comment.
    pub file: String,
    pub names: BTreeSet<String>,
    /// The lines of its `fields:` block, as written (comments and reasons kept).
    pub block: String,
}

fn bad(what: &'static str, message: impl Into<String>) -> ImportError {
    ImportError::Shape {
        what,
        message: message.into(),
    }
}

impl Extras {
    /// Reads a schema file of declared extras (`schema: …`, `fields:` with a `description:` per
    /// field saying why it is there).
    pub fn parse(file: &str, text: &str) -> Result<Extras, ImportError> {
        let what = "the extras file";
        let Ok(SpecFile::Schema(s)) = parse_file(FileId(0), text) else {
            return Err(bad(what, format!("{file} is not a schema file")));
        };
        let names: BTreeSet<String> = s
            .fields
            .value
            .entries
            .iter()
            .map(|(k, _)| k.value.clone())
            .collect();
        let mut lines = text
            .lines()
            .skip_while(|l| !l.starts_with("fields:"))
            .skip(1);
        let block: Vec<&str> = lines
            .by_ref()
            .take_while(|l| l.is_empty() || l.starts_with([' ', '#']))
            // The extras file's own editor modeline is not part of its fields (the importer
            // writes one for its output).
            .filter(|l| !l.starts_with("# yaml-language-server:"))
            .collect();
        Ok(Extras {
            file: file.to_owned(),
            names,
            block: block.join("\n").trim_end().to_owned() + "\n",
        })
    }
}

/// The fields a transform file writes: top-level keys of `fields:` and `copy:`, the fields of
/// questionnaire table rows, and the row fields of `each` rules (for subforms).
pub fn fields_written_by(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, ImportError> {
    let Ok(SpecFile::Transform(t)) = parse_file(FileId(0), text) else {
        return Err(bad(
            "the transform file",
            "not a transform file that parses",
        ));
    };
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in &t.copy {
        let name = c.value.rsplit('.').next().unwrap_or(&c.value);
        out.entry(name.to_owned()).or_default();
    }
    for (k, r) in &t.fields.entries {
        let rows = out.entry(k.value.clone()).or_default();
        if let Rule::Long(l) = &r.value
            && let Some(sub) = &l.fields
        {
            rows.extend(sub.entries.iter().map(|(n, _)| n.value.clone()));
        }
    }
    for (_, q) in &t.questionnaires.entries {
        for b in &q.value.answers {
            for (_, fields) in &b.value.rows {
                match fields {
                    RowFields::One(f) => {
                        out.entry(f.value.clone()).or_default();
                    }
                    RowFields::Weeks(ws) => {
                        for (_, f) in &ws.entries {
                            out.entry(f.value.clone()).or_default();
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Keeps the selected fields of `outs` (forms left empty are dropped); declared extras are left
/// to [`Extras::block`].
pub fn apply(outs: &mut Vec<FormOut>, n: &Narrow) {
    for o in outs.iter_mut() {
        o.skipped.clear();
        o.fields.retain(|f| {
            n.only.contains_key(&f.name)
                && !n.extras.as_ref().is_some_and(|x| x.names.contains(&f.name))
        });
        for f in &mut o.fields {
            let rows = n.only.get(&f.name).cloned().unwrap_or_default();
            narrow_field(f, &rows, n.known_sets.as_ref());
        }
    }
    outs.retain(|o| !o.fields.is_empty());
}

fn narrow_field(f: &mut Field, rows: &BTreeSet<String>, known: Option<&BTreeSet<String>>) {
    match &mut f.kind {
        Kind::Select { set, multi } if known.is_some_and(|k| !k.contains(set.as_str())) => {
            f.notes.push(format!(
                "options from `{set}`, not an option set of the deployment: read as text"
            ));
            f.kind = if *multi {
                Kind::ScalarList("string")
            } else {
                Kind::Scalar("string")
            };
        }
        Kind::List(sub) => {
            sub.retain(|s| rows.contains(&s.name));
            for s in sub.iter_mut() {
                narrow_field(s, &BTreeSet::new(), known);
            }
            if rows.contains("unique_id") && !sub.iter().any(|s| s.name == "unique_id") {
                sub.insert(
                    0,
                    Field {
                        name: "unique_id".into(),
                        kind: Kind::Scalar("string"),
                        source: None,
                        form: f.form.clone(),
                        notes: vec!["the row id (a system field, not in the forms export)".into()],
                    },
                );
            }
        }
        _ => {}
    }
}
