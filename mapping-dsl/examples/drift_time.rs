//! Times the drift check of one deployment against export files (what `mapwright drift` does
//! after reading its arguments): load and check the specs, then compare.
//!
//! cargo run --release -p mapping-dsl --example drift_time -- DEPLOYMENT_DIR FORMS LOOKUPS LOCATIONS [QUESTIONNAIRE…]

use std::path::Path;
use std::time::Instant;

use mapping_dsl::drift::{self, DriftInput, PrimeroExports};
use mapping_dsl::source::SourceFile;

fn yaml_files(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            yaml_files(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "yaml") {
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(SourceFile::new(rel, t));
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: drift_time DEPLOYMENT_DIR FORMS LOOKUPS LOCATIONS [QUESTIONNAIRE…]");
        std::process::exit(2);
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let t0 = Instant::now();
    let dir = Path::new(&args[0]);
    let mut files = Vec::new();
    yaml_files(dir, dir.parent().unwrap_or(dir), &mut files);
    let (forms, lookups, locations) = (read(&args[1]), read(&args[2]), read(&args[3]));
    let docs: Vec<serde_json::Value> = args[4..]
        .iter()
        .filter_map(|p| serde_json::from_str(&read(p)).ok())
        .collect();
    let t_read = t0.elapsed();
    let checked = mapping_dsl::check_deployment("thailand", files);
    let t_check = t0.elapsed();
    let expected = drift::expected_questions(&checked);
    let report = drift::check_drift(&DriftInput {
        sources: &checked.sources,
        primero: PrimeroExports {
            forms: Some(&forms),
            lookups: Some(&lookups),
            locations: Some(&locations),
        },
        questionnaires: &docs,
        expected: &expected,
    });
    let t_all = t0.elapsed();
    let n = report.map(|r| r.findings.len()).unwrap_or(0);
    println!(
        "read {:?}, check {:?}, drift {:?}, total {:?}; {n} findings",
        t_read,
        t_check - t_read,
        t_all - t_check,
        t_all
    );
}
