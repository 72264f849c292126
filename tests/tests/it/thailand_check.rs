//! The Thailand specs check clean (errors fail the test; warnings are printed, and only the
//! expected kinds are allowed).

use std::path::{Path, PathBuf};

use mapping_dsl::diag::Severity;
use mapping_dsl::source::SourceFile;

fn mappings_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../mappings")
}

fn load(deployment: &str) -> Vec<SourceFile> {
    let dir = mappings_root().join(deployment);
    spec_files::source_files(deployment, &dir).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn thailand_specs_check_clean() {
    let checked = mapping_dsl::check_deployment("thailand", load("thailand"));
    let mut errors = 0;
    for d in &checked.diagnostics {
        let at = d
            .primary_span()
            .and_then(|s| {
                checked
                    .sources
                    .get(s.file)
                    .map(|f| (f.name.clone(), f.line_col(s.start)))
            })
            .map(|(n, (l, c))| format!("{n}:{l}:{c}"))
            .unwrap_or_default();
        eprintln!(
            "{:?} {} {at}: {} {:?} {:?}",
            d.severity,
            d.code.as_str(),
            d.message,
            d.notes,
            d.hint
        );
        if d.severity == Severity::Error {
            errors += 1;
        }
    }
    assert_eq!(errors, 0, "the Thailand specs have errors (listed above)");
    let dep = checked.deployment.as_ref().map(|d| {
        d.transforms
            .iter()
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
    });
    assert_eq!(
        dep,
        Some(vec![
            "thailand_w1_case_to_childshield".to_string(),
            "thailand_w2_his_to_primero".to_string()
        ])
    );
}
