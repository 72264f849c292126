//! Mapwright's spec language: YAML specs in, checked IR and diagnostics out. No I/O in the core:
//! the CLI reads files and hands their text to [`load`]. The interpreter and generated code share
//! [`rt`] and the implementation of [`stdlib`], which live in the run-time support crate
//! (`mapwright_rt`, re-exported here under these paths) so that generated code calls them
//! without depending on this crate.
//!
//! Data flows one way: text -> [`spec`] (YAML model with spans) -> [`check`] (resolve, type) ->
//! [`ir`] -> [`interp`] (run over `serde_json::Value`) or `codegen` (emit Rust).

pub mod check;
pub mod diag;
pub mod drift;
pub mod expr;
pub mod import;
pub mod interp;
pub mod ir;
pub mod labels;
pub mod rt;
pub mod source;
pub mod spec;
pub mod stdlib;
pub mod types;
pub mod yaml;

use diag::Diagnostic;
use source::{SourceFile, SourceMap};

/// The result of checking one deployment.
#[derive(Debug)]
pub struct Checked {
    /// The files, addressed by the spans of the diagnostics.
    pub sources: SourceMap,
    /// The checked IR: `Some` only when there is no error (warnings allowed).
    pub deployment: Option<ir::Deployment>,
    /// Errors and warnings, in file and position order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks one deployment. `files` are named by their path relative to the mappings root
/// (`thailand/transforms/w1.yaml`); every YAML kind is parsed, `workflow:` files are skipped
/// (the runtime loads them). Never panics on user input.
pub fn check_deployment(name: &str, files: Vec<SourceFile>) -> Checked {
    let mut files = files;
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut sources = SourceMap::default();
    let mut parsed = Vec::new();
    let mut diagnostics = Vec::new();
    for f in files {
        let id = sources.add(f);
        let Some(src) = sources.get(id) else { continue };
        match spec::parse_file(id, &src.text) {
            Ok(s) => parsed.push((id, s)),
            Err(d) => diagnostics.push(d),
        }
    }
    if parsed.is_empty() && diagnostics.is_empty() {
        diagnostics.push(Diagnostic::error(
            diag::codes::Code::NoDeployment,
            format!("the deployment `{name}` holds no spec file"),
        ));
    }
    let had_errors = !diagnostics.is_empty();
    let (deployment, mut more) = check::check(name, &sources, &parsed, had_errors);
    diagnostics.append(&mut more);
    check::sort(&sources, &mut diagnostics);
    let deployment = if diagnostics.iter().any(Diagnostic::is_error) {
        None
    } else {
        deployment
    };
    Checked {
        sources,
        deployment,
        diagnostics,
    }
}
