//! `mapwright schema json`: a JSON Schema per spec file kind, for editors. The spec files carry
//! a `# yaml-language-server: $schema=…` modeline pointing at the checked-in copies
//! (`mappings/json-schema/`), which a test keeps fresh like generated code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every schema: file name and text (pretty JSON, one trailing newline).
pub fn render() -> Vec<(String, String)> {
    let mut all = mapping_dsl::spec::json_schema::json_schemas();
    all.push(("workflow", crate::workflow::spec::json_schema()));
    all.into_iter()
        .map(|(kind, v)| {
            let text = serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
            (format!("{kind}.schema.json"), text)
        })
        .collect()
}

/// Writes the schemas into `dir`, or with `check` says which are missing or stale (exit 1).
pub fn run(dir: &Path, check: bool) -> ExitCode {
    let mut stale: Vec<PathBuf> = Vec::new();
    if !check && let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for (name, text) in render() {
        let path = dir.join(&name);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path);
            }
        } else if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if check {
        for p in &stale {
            eprintln!("stale: {} (run `mapwright schema json`)", p.display());
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    eprintln!("wrote the JSON Schemas to {}", dir.display());
    ExitCode::SUCCESS
}
