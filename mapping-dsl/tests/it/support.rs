//! Helpers shared by the modules of this binary.

use chrono::TimeZone;
use mapping_dsl::interp::run_record;
use mapping_dsl::rt::Context;
use mapping_dsl::source::SourceFile;
use serde_json::Value;

/// Checks the deployment `d` made of `files` and runs its one transform over `input` at a fixed
/// clock (2024-05-01): the output as JSON text, `dropped`, `error: …`, or `check failed: …`
/// with the diagnostics.
pub fn check_and_run(files: Vec<SourceFile>, input: &Value) -> String {
    let c = mapping_dsl::check_deployment("d", files);
    let Some(dep) = c.deployment else {
        return format!(
            "check failed: {:?}",
            c.diagnostics
                .iter()
                .map(|d| (d.code.as_str(), &d.message))
                .collect::<Vec<_>>()
        );
    };
    let ctx = Context::new(chrono::Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap());
    match run_record(&dep, &dep.transforms[0], input, &ctx) {
        Ok(Some(v)) => v.to_string(),
        Ok(None) => "dropped".into(),
        Err(e) => format!("error: {e}"),
    }
}
