//! Per-record cost of a compiled transform, in-process (no criterion dependency: a plain timed
//! loop, best of 5 rounds).
//!
//! usage: cargo run --release -p generated --example per_record -- [TRANSFORM] [NDJSON]
//! defaults: bench_reference, bench/data/cases_10000.ndjson (bench/run.sh creates it).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "bench_reference".to_owned());
    let path = args
        .next()
        .unwrap_or_else(|| "bench/data/cases_10000.ndjson".to_owned());
    let Some(entry) = generated::find(&name) else {
        eprintln!("no compiled transform `{name}`");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read(&path) else {
        eprintln!("skipped: {path} not found (run bench/run.sh or gen_cases.py first)");
        return;
    };
    let records: Vec<&[u8]> = text
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let ctx = mapping_dsl::rt::Context::new(chrono::Utc::now());
    let mut out = Vec::with_capacity(1 << 16);
    let mut best = f64::MAX;
    let (mut kept, mut failed) = (0usize, 0usize);
    for _ in 0..5 {
        kept = 0;
        failed = 0;
        let t = Instant::now();
        for r in &records {
            out.clear();
            match (entry.run_into)(r, &ctx, &mut out) {
                Ok(true) => kept += 1,
                Ok(false) => {}
                Err(_) => failed += 1,
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let n = records.len().max(1) as f64;
    println!(
        "{name}: {} records ({kept} kept, {failed} failed): {:.0} ns/record, {:.0} MB/s input",
        records.len(),
        best / n * 1e9,
        text.len() as f64 / best / 1e6
    );
}
