//! Drift checks for the runtime: reads a deployment and the other systems' exports (files, or
//! live through the adaptors, see [`live`]), runs `mapping_dsl::drift`, renders the report and
//! writes the proposed edits into the YAML files. Used by `mapwright drift` and by the
//! `drift.check` workflow operation.

pub mod live;

use std::path::{Path, PathBuf};

use mapping_dsl::drift::{self, DriftInput, Finding, PrimeroExports, Report, apply_edits};
use mapping_dsl::source::SourceMap;
use serde_json::Value;

use crate::specs;

#[derive(Debug, thiserror::Error)]
pub enum DriftRunError {
    #[error(transparent)]
    Specs(#[from] specs::SpecsError),
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not valid JSON: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("no deployment `{0}` under the mappings folder")]
    NoSuchDeployment(String),
    #[error("deployment `{deployment}`: {source}")]
    Drift {
        deployment: String,
        source: drift::DriftError,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Edit(#[from] drift::EditError),
    #[error("{0}")]
    Live(String),
}

/// What the other systems say now, as text and JSON.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub forms: Option<String>,
    pub lookups: Option<String>,
    pub locations: Option<String>,
    /// HIS person responses or Child Shield intervention documents.
    pub questionnaires: Vec<Value>,
}

impl Inputs {
    /// Reads export files and questionnaire documents.
    pub fn read(
        forms: Option<&Path>,
        lookups: Option<&Path>,
        locations: Option<&Path>,
        questionnaires: &[PathBuf],
    ) -> Result<Inputs, DriftRunError> {
        let text = |p: Option<&Path>| p.map(read_text).transpose();
        let mut docs = Vec::new();
        for p in questionnaires {
            let t = read_text(p)?;
            docs.push(
                serde_json::from_str(&t).map_err(|source| DriftRunError::Json {
                    path: p.clone(),
                    source,
                })?,
            );
        }
        Ok(Inputs {
            forms: text(forms)?,
            lookups: text(lookups)?,
            locations: text(locations)?,
            questionnaires: docs,
        })
    }
}

fn read_text(p: &Path) -> Result<String, DriftRunError> {
    std::fs::read_to_string(p).map_err(|source| DriftRunError::Read {
        path: p.to_owned(),
        source,
    })
}

/// The drift of one deployment.
#[derive(Debug)]
pub struct DeploymentDrift {
    pub deployment: String,
    /// The deployment folder (the files' names are relative to its parent).
    pub dir: PathBuf,
    pub sources: SourceMap,
    pub report: Report,
}

impl DeploymentDrift {
    /// The path of a file named in a finding (`thailand/option-sets/x.yaml`).
    pub fn path_of(&self, file: &str) -> PathBuf {
        let rel = file
            .strip_prefix(&format!("{}/", self.deployment))
            .unwrap_or(file);
        self.dir.join(rel)
    }
}

/// Checks every deployment under `dir` (or the one named `only`) against `inputs`.
pub fn check(
    dir: &Path,
    only: Option<&str>,
    inputs: &Inputs,
) -> Result<Vec<DeploymentDrift>, DriftRunError> {
    let mut deps = specs::deployments(dir)?;
    if let Some(name) = only {
        deps.retain(|(n, _)| n == name);
        if deps.is_empty() {
            return Err(DriftRunError::NoSuchDeployment(name.to_owned()));
        }
    }
    let mut out = Vec::new();
    for (name, path) in deps {
        let checked = specs::load_deployment(&name, &path)?;
        let expected = drift::expected_questions(&checked);
        let report = drift::check_drift(&DriftInput {
            sources: &checked.sources,
            primero: PrimeroExports {
                forms: inputs.forms.as_deref(),
                lookups: inputs.lookups.as_deref(),
                locations: inputs.locations.as_deref(),
            },
            questionnaires: &inputs.questionnaires,
            expected: &expected,
        })
        .map_err(|source| DriftRunError::Drift {
            deployment: name.clone(),
            source,
        })?;
        out.push(DeploymentDrift {
            deployment: name,
            dir: path,
            sources: checked.sources,
            report,
        });
    }
    Ok(out)
}

/// Writes every proposed edit into its file; returns how many edits were applied. Each file is
/// checked against the text the report was made from, so a file changed since is refused.
pub fn write_edits(d: &DeploymentDrift) -> Result<usize, DriftRunError> {
    let edits = d.report.edits();
    let mut files: Vec<&str> = edits.iter().map(|e| e.file.as_str()).collect();
    files.dedup();
    let mut n = 0;
    for file in files {
        let mine: Vec<_> = edits.iter().copied().filter(|e| e.file == file).collect();
        let path = d.path_of(file);
        let text = read_text(&path)?;
        let new = apply_edits(&text, &mine)?;
        std::fs::write(&path, new).map_err(|source| DriftRunError::Write {
            path: path.clone(),
            source,
        })?;
        n += mine.len();
    }
    Ok(n)
}

/// Whether any deployment drifted (informational findings do not count).
pub fn has_drift(all: &[DeploymentDrift]) -> bool {
    all.iter().any(|d| d.report.has_drift())
}

/// The report for people: one line per finding at its file and line, drift first, then the
/// informational notes, then a count.
pub fn human(all: &[DeploymentDrift], written: Option<usize>) -> String {
    let mut out = String::new();
    let findings: Vec<&Finding> = all.iter().flat_map(|d| &d.report.findings).collect();
    for f in findings.iter().filter(|f| f.kind.is_drift()) {
        out.push_str(&line(f));
    }
    let notes: Vec<&&Finding> = findings.iter().filter(|f| !f.kind.is_drift()).collect();
    if !notes.is_empty() {
        out.push_str(&format!(
            "\nnote: {} question(s) sent that no rule reads:\n",
            notes.len()
        ));
        for f in notes {
            out.push_str(&format!("  {} \"{}\"\n", f.subject, f.item));
        }
    }
    let drift = findings.iter().filter(|f| f.kind.is_drift()).count();
    let edits: usize = all.iter().map(|d| d.report.edits().len()).sum();
    out.push('\n');
    if drift == 0 {
        out.push_str("no drift\n");
    } else {
        out.push_str(&format!("{drift} finding(s); "));
        match written {
            Some(n) => out.push_str(&format!(
                "{n} edit(s) written: review them with `git diff`\n"
            )),
            None if edits > 0 => out.push_str(&format!(
                "{edits} edit(s) proposed: `--write` applies them\n"
            )),
            None => out.push_str("no edit proposed\n"),
        }
    }
    out
}

fn line(f: &Finding) -> String {
    let mut s = format!("{}:{}: {}: {}\n", f.file, f.line, kind_name(f), f.message());
    if let Some(e) = f.edits.first() {
        let times = if f.edits.len() > 1 {
            format!(" ({} places on the line)", f.edits.len())
        } else {
            String::new()
        };
        s.push_str(&format!("    edit{times}: {} -> {}\n", e.old, e.new));
    }
    s
}

fn kind_name(f: &Finding) -> String {
    serde_json::to_value(f.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The machine report: `{"drift": bool, "edits_written": n|null, "deployments": [{"deployment",
/// "findings": [...]}]}`.
pub fn json(all: &[DeploymentDrift], written: Option<usize>) -> Value {
    serde_json::json!({
        "drift": has_drift(all),
        "edits_written": written,
        "deployments": all.iter().map(|d| serde_json::json!({
            "deployment": d.deployment,
            "findings": d.report.findings,
        })).collect::<Vec<_>>(),
    })
}

/// Findings listed in a [`summary`], at most.
const MAX_SUMMARY: usize = 50;

/// What changed, for an e-mail or a run log: the drift findings (not the informational ones),
/// one line each at their file and line.
pub fn summary(all: &[DeploymentDrift]) -> String {
    let drift: Vec<&Finding> = all
        .iter()
        .flat_map(|d| &d.report.findings)
        .filter(|f| f.kind.is_drift())
        .collect();
    if drift.is_empty() {
        return "no drift".to_owned();
    }
    let mut s = format!(
        "drift: {} finding(s); run `mapwright drift` to see the proposed edits\n",
        drift.len()
    );
    for f in drift.iter().take(MAX_SUMMARY) {
        s.push_str(&format!("{}:{}: {}\n", f.file, f.line, f.message()));
    }
    if drift.len() > MAX_SUMMARY {
        s.push_str(&format!("… and {} more\n", drift.len() - MAX_SUMMARY));
    }
    s
}
