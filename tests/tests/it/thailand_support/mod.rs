//! Shared by the Thailand tests: load and check the deployment, run a transform over a record.

use std::path::{Path, PathBuf};

use mapping_dsl::ir::{Deployment, Transform};
use mapping_dsl::rt::{Context, TransformError};
use mapping_dsl::source::SourceFile;
use serde_json::Value;

pub const W1: &str = "thailand_w1_case_to_childshield";
pub const W2: &str = "thailand_w2_his_to_primero";

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn load_files(deployment: &str) -> Vec<SourceFile> {
    let dir = repo().join("mappings").join(deployment);
    spec_files::source_files(deployment, &dir).unwrap_or_else(|e| panic!("{e}"))
}

/// The checked Thailand deployment (checked once per test binary; WF2's PLH rules make the
/// check take seconds in debug builds).
pub fn deployment() -> Deployment {
    static DEP: std::sync::OnceLock<Deployment> = std::sync::OnceLock::new();
    DEP.get_or_init(check).clone()
}

/// Checks the Thailand deployment; panics with the diagnostics when it does not check.
pub fn check() -> Deployment {
    let checked = mapping_dsl::check_deployment("thailand", load_files("thailand"));
    match checked.deployment {
        Some(d) => d,
        None => {
            let msgs: Vec<String> = checked
                .diagnostics
                .iter()
                .map(|d| format!("{} {}", d.code.as_str(), d.message))
                .collect();
            panic!("the Thailand specs do not check:\n{}", msgs.join("\n"))
        }
    }
}

pub fn transform<'a>(dep: &'a Deployment, name: &str) -> &'a Transform {
    match dep.transforms.iter().find(|t| t.name == name) {
        Some(t) => t,
        None => panic!("no transform {name}"),
    }
}

/// A fixed clock: 2024-03-01 10:00 UTC (17:00 in Bangkok).
pub fn ctx() -> Context {
    // The clock's type is inferred from `Context::new` (the tests crate does not depend on chrono).
    match "2024-03-01T10:00:00Z".parse() {
        Ok(now) => Context::new(now),
        Err(e) => panic!("{e}"),
    }
}

/// The test clock plus the transform's parameter defaults (the runtime fills them in the same way).
pub fn ctx_for(t: &Transform) -> Context {
    let mut c = ctx();
    for p in &t.params {
        if let Some(d) = &p.default {
            c = c.with_param(p.name.clone(), d.clone());
        }
    }
    c
}

pub fn run(dep: &Deployment, name: &str, record: &Value) -> Result<Option<Value>, TransformError> {
    let t = transform(dep, name);
    mapping_dsl::interp::run_record(dep, t, record, &ctx_for(t))
}

/// Runs without the transform's `keep` filter (to see the mapping of any record).
pub fn run_unfiltered(
    dep: &Deployment,
    name: &str,
    record: &Value,
) -> Result<Option<Value>, TransformError> {
    let mut t = transform(dep, name).clone();
    t.keep = None;
    mapping_dsl::interp::run_record(dep, &t, record, &ctx_for(&t))
}

pub fn fixture(name: &str) -> Value {
    let p = repo().join("tests/fixtures/thailand").join(name);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A real export from `../shared` beside the repository, or None (and a note) when the shared
/// folder is absent; under `CI=true` its absence is a failure.
pub fn real(name: &str) -> Option<Value> {
    let p = fakes::shared::real_fixture(name)?;
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => panic!("{}: {e}", p.display()),
    }
}
