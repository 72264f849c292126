//! Drift: what the other systems say now against what the mappings expect. Pure: the exports and
//! questionnaire documents come in as text and JSON values, findings and proposed edits go out.
//! The CLI (`mapwright drift`) reads the files or the live endpoints and writes the edits.
//!
//! Three comparisons, each in its own file:
//! - [`options`]: option sets with a `source:` against Primero's lookups (and inline options,
//!   locations): codes added or removed, labels changed per language;
//! - [`fields`]: schemas imported from Primero's forms against the forms export now: fields
//!   removed, or renamed (a removed field and a new field of the same type and a similar name);
//! - [`questions`]: the questions the rules expect against the questionnaires Child Shield sends:
//!   a rule whose text changed (with the nearest new text), a rule never seen, a question no rule
//!   reads.
//!
//! Every finding names the YAML file and line it concerns. Label and question-text findings carry
//! an [`Edit`]: a byte range of the file and its replacement, applied by [`apply_edits`] so that
//! comments and layout stay as they were.

mod edit;
pub mod fields;
pub mod options;
pub mod questions;

use serde::Serialize;

use crate::source::{FileId, SourceMap};
use crate::spec::{self, SpecFile};

pub use edit::{Edit, EditError, apply_edits};
pub use questions::{ExpectedQuestion, ObservedQuestion, observed_questions};

/// What a finding is about. The names are stable (JSON output, tests, e-mails).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A code the export has and the option set does not.
    OptionAdded,
    /// A code of the option set the export no longer has.
    OptionRemoved,
    /// The export labels a code differently (one finding per language).
    LabelChanged,
    /// An option set whose `source:` the export does not hold any more.
    OptionSetMissing,
    /// A schema field gone from the forms, with a new field of the same type and a similar name.
    FieldRenamed,
    /// A schema field gone from the forms.
    FieldRemoved,
    /// A rule's question text is no longer sent; a similar new text is (the proposed edit).
    QuestionChanged,
    /// A rule's question is not sent, although its questionnaire is, and nothing similar is.
    QuestionNotSeen,
    /// A question sent that no rule reads (informational: many questions are not mapped).
    QuestionUnmatched,
}

impl FindingKind {
    /// Informational findings do not count as drift (exit 0).
    pub fn is_drift(self) -> bool {
        !matches!(self, FindingKind::QuestionUnmatched)
    }
}

/// One difference, at the YAML line it concerns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The spec file (as named in the source map: `thailand/option-sets/gender.yaml`).
    pub file: String,
    /// 1-based line in `file`.
    pub line: usize,
    /// The option set, schema or questionnaire code.
    pub subject: String,
    /// The option code, field name (`parent.child` when nested) or question text.
    pub item: String,
    /// The questionnaire group, when the question sits in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The label language, for label findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// What the mapping says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// What the system says now: the new label, field name or question text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// Similarity of `old` and `new` (0..1, by character), for renames and changed questions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// The edits `--write` applies (a question text may be written twice on its line).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<Edit>,
}

impl Finding {
    fn new(kind: FindingKind, at: (&str, usize), subject: &str, item: &str) -> Self {
        Finding {
            kind,
            file: at.0.to_string(),
            line: at.1,
            subject: subject.to_string(),
            item: item.to_string(),
            group: None,
            lang: None,
            old: None,
            new: None,
            similarity: None,
            edits: Vec::new(),
        }
    }

    /// One line for a person: what changed and what to do.
    pub fn message(&self) -> String {
        let o = self.old.as_deref().unwrap_or("");
        let n = self.new.as_deref().unwrap_or("");
        let (s, i) = (&self.subject, &self.item);
        match self.kind {
            FindingKind::OptionAdded => {
                format!("option set `{s}`: Primero added the code `{i}` ({n})")
            }
            FindingKind::OptionRemoved => {
                format!("option set `{s}`: Primero no longer has the code `{i}`")
            }
            FindingKind::LabelChanged => format!(
                "option set `{s}`, code `{i}`: the {} label is now \"{n}\" (the mapping says \"{o}\")",
                self.lang.as_deref().unwrap_or("")
            ),
            FindingKind::OptionSetMissing => {
                format!("option set `{s}`: its source `{i}` is not in the export")
            }
            FindingKind::FieldRenamed => format!(
                "schema `{s}`: the field `{i}` is gone from Primero's forms; `{n}` (same type) looks like its new name"
            ),
            FindingKind::FieldRemoved => {
                format!("schema `{s}`: the field `{i}` is gone from Primero's forms")
            }
            FindingKind::QuestionChanged => format!(
                "questionnaire {s}: the question \"{o}\" is no longer sent; the nearest new question is \"{n}\""
            ),
            FindingKind::QuestionNotSeen => format!(
                "questionnaire {s}: the rule's question \"{i}\" is not sent (the questionnaire is)"
            ),
            FindingKind::QuestionUnmatched => format!(
                "questionnaire {s}: no rule reads \"{i}\"{}",
                if o.is_empty() {
                    String::new()
                } else {
                    format!(" (nearest rule: \"{o}\")")
                }
            ),
        }
    }
}

/// The result: findings in file and line order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether anything but informational findings was found.
    pub fn has_drift(&self) -> bool {
        self.findings.iter().any(|f| f.kind.is_drift())
    }

    /// The edits `--write` applies, per file name, in file order.
    pub fn edits(&self) -> Vec<&Edit> {
        let mut out: Vec<&Edit> = self.findings.iter().flat_map(|f| &f.edits).collect();
        out.sort_by(|a, b| (&a.file, a.start).cmp(&(&b.file, b.start)));
        out.dedup_by(|a, b| a.file == b.file && a.start == b.start);
        out
    }
}

/// Primero exports (JSON text as the API returns it: `{"data": [...]}` or a bare list).
#[derive(Debug, Clone, Copy, Default)]
pub struct PrimeroExports<'a> {
    pub forms: Option<&'a str>,
    pub lookups: Option<&'a str>,
    pub locations: Option<&'a str>,
}

/// Everything one drift check compares.
#[derive(Debug, Clone, Copy)]
pub struct DriftInput<'a> {
    /// The deployment's spec files (as `mapwright check` loads them).
    pub sources: &'a SourceMap,
    pub primero: PrimeroExports<'a>,
    /// Child Shield documents: HIS person responses or intervention documents (any JSON that
    /// holds questionnaires: objects with `questionnaire_code` and `questionsList`).
    pub questionnaires: &'a [serde_json::Value],
    /// The questions the rules expect.
    pub expected: &'a [ExpectedQuestion],
}

/// Why a drift check could not run (as opposed to drift found).
#[derive(Debug, thiserror::Error)]
pub enum DriftError {
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    #[error("{file}: the file does not parse ({message}); run `mapwright check` first")]
    Spec { file: String, message: String },
}

/// Compares the deployment with the exports and documents given. An export not given is not
/// compared (no finding comes from its absence).
pub fn check_drift(input: &DriftInput<'_>) -> Result<Report, DriftError> {
    let specs = parse_specs(input.sources)?;
    let mut findings = Vec::new();
    if let Some(lookups) = input.primero.lookups {
        findings.extend(options::compare(
            input.sources,
            &specs,
            lookups,
            input.primero,
        )?);
    }
    if let Some(forms) = input.primero.forms {
        findings.extend(fields::compare(input.sources, &specs, forms)?);
    }
    if !input.questionnaires.is_empty() {
        let observed = observed_questions(input.questionnaires);
        let mut found = questions::compare(input.expected, &observed);
        for f in &mut found {
            if let (FindingKind::QuestionChanged, Some(new)) = (f.kind, &f.new)
                && let Some((_, src)) = input.sources.files().find(|(_, s)| s.name == f.file)
            {
                f.edits = questions::question_edits(&src.text, &f.file, f.line, &f.item, new);
            }
        }
        findings.extend(found);
    }
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.kind, &a.item, &a.lang)
            .cmp(&(&b.file, b.line, b.kind, &b.item, &b.lang))
    });
    Ok(Report { findings })
}

/// The parsed spec files of a deployment (workflows and unparsable files left out: a file that
/// does not parse is an error, `check` explains it).
pub(crate) struct Specs {
    pub files: Vec<(FileId, SpecFile)>,
}

fn parse_specs(sources: &SourceMap) -> Result<Specs, DriftError> {
    let mut files = Vec::new();
    for (id, f) in sources.files() {
        match spec::parse_file(id, &f.text) {
            Ok(SpecFile::Workflow) => {}
            Ok(s) => files.push((id, s)),
            Err(d) => {
                return Err(DriftError::Spec {
                    file: f.name.clone(),
                    message: d.message,
                });
            }
        }
    }
    Ok(Specs { files })
}

/// The file name and 1-based line of a byte offset.
pub(crate) fn at(sources: &SourceMap, file: FileId, offset: u32) -> (String, usize) {
    sources
        .get(file)
        .map(|f| (f.name.clone(), f.line_col(offset).0))
        .unwrap_or_default()
}

/// Similarity of two texts by character (normalised Levenshtein over chars: Thai has no
/// spaces, so word measures do not apply).
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// A similarity as reported: three decimals.
pub(crate) fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests;

/// The questions the transforms of a checked deployment expect, from their questionnaire tables
/// (empty when the deployment has errors: drift is only measured against a deployment that
/// checks).
pub fn expected_questions(checked: &crate::Checked) -> Vec<ExpectedQuestion> {
    let Some(dep) = &checked.deployment else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for t in &dep.transforms {
        for q in crate::ir::expected_questions(t) {
            let Some(file) = checked.sources.get(q.span.file) else {
                continue;
            };
            let (line, _) = file.line_col(q.span.start);
            out.push(ExpectedQuestion {
                questionnaire_code: q.questionnaire,
                group: q.group,
                text: q.text,
                file: file.name.clone(),
                line,
            });
        }
    }
    out
}
