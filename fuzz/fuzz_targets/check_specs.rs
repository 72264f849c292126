//! The checker on parsed specs: the fuzzed text is a transform beside the example deployment's
//! schema and option sets. Checking never panics and every label points inside its file; a
//! transform that checks is run by the interpreter over the example's sample records, which
//! must not panic either (errors are fine).
#![no_main]

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use mapping_dsl::rt::Context;
use mapping_dsl::source::SourceFile;
use serde_json::Value;

const EXAMPLE: [(&str, &str); 3] = [
    (
        "example/schemas/child_case.yaml",
        include_str!("../../mappings/example/schemas/child_case.yaml"),
    ),
    (
        "example/option-sets/gender.yaml",
        include_str!("../../mappings/example/option-sets/gender.yaml"),
    ),
    (
        "example/option-sets/protection_concern.yaml",
        include_str!("../../mappings/example/option-sets/protection_concern.yaml"),
    ),
];
const SAMPLE: &str = include_str!("../../mappings/example/samples/case.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files: Vec<SourceFile> = EXAMPLE
        .iter()
        .map(|(name, text)| SourceFile::new(*name, *text))
        .collect();
    files.push(SourceFile::new("example/transforms/fuzzed.yaml", text));
    let checked = mapping_dsl::check_deployment("example", files);
    for d in &checked.diagnostics {
        for l in &d.labels {
            let len = checked.sources.get(l.span.file).map_or(0, |f| f.text.len());
            assert!(l.span.end as usize <= len, "label outside its file: {}", d.message);
        }
    }
    let Some(dep) = checked.deployment else {
        return;
    };
    let records: Vec<Value> = match serde_json::from_str(SAMPLE) {
        Ok(Value::Array(v)) => v,
        Ok(v) => vec![v],
        Err(_) => return,
    };
    let now = DateTime::from_timestamp(1_764_000_000, 0).unwrap_or_default();
    for t in &dep.transforms {
        for r in &records {
            let ctx = Context::new(now);
            let _ = mapping_dsl::interp::run_record(&dep, t, r, &ctx);
        }
    }
});
