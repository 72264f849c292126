//! Per-record cost of the reference mapping, compiled against interpreted, in-process:
//! bytes of one record in, compact JSON out, for each record of a sample.
//!
//! usage: cargo bench -p generated --bench per_record
//! Records: the first 2,000 of bench/data/cases_10000.ndjson (bench/run.sh 10000 writes it),
//! else mappings/bench/samples/cases.json.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mapping_dsl::ir::{Deployment, Transform};
use mapping_dsl::rt::Context;
use serde_json::Value;
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Records as the bytes of one JSON object each.
fn records() -> Vec<Vec<u8>> {
    let ndjson = root().join("bench/data/cases_10000.ndjson");
    if let Ok(text) = std::fs::read(&ndjson) {
        return text
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .take(2000)
            .map(<[u8]>::to_vec)
            .collect();
    }
    let sample = std::fs::read(root().join("mappings/bench/samples/cases.json"))
        .expect("mappings/bench/samples/cases.json is readable");
    let v: Vec<Value> = serde_json::from_slice(&sample).expect("the sample is a JSON array");
    v.iter()
        .map(|r| serde_json::to_vec(r).expect("serialises"))
        .collect()
}

/// The checked `bench` deployment, as `mapwright preview --dir mappings/bench` loads it.
fn deployment() -> Deployment {
    let dir = root().join("mappings");
    let mut files = Vec::new();
    let mut stack = vec![dir.join("bench")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("mappings/bench is readable") {
            let p = e.expect("a directory entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                let name = p.strip_prefix(&dir).expect("under mappings/");
                let text = std::fs::read_to_string(&p).expect("a readable spec");
                files.push(mapping_dsl::source::SourceFile::new(
                    name.to_string_lossy().into_owned(),
                    text,
                ));
            }
        }
    }
    mapping_dsl::check_deployment("bench", files)
        .deployment
        .expect("mappings/bench checks without errors")
}

fn ctx(t: &Transform) -> Context {
    let mut c = Context::new(chrono::Utc::now());
    for p in &t.params {
        if let Some(d) = &p.default {
            c = c.with_param(p.name.clone(), d.clone());
        }
    }
    c
}

fn per_record(c: &mut Criterion) {
    let recs = records();
    let dep = deployment();
    let t = dep
        .transforms
        .iter()
        .find(|t| t.name == "bench_reference")
        .expect("bench_reference is defined");
    let cx = ctx(t);
    let entry = generated::find("bench_reference").expect("bench_reference is compiled");
    let mut out = Vec::with_capacity(1 << 16);
    let mut g = c.benchmark_group("bench_reference");
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.bench_function("compiled", |b| {
        b.iter(|| {
            for r in &recs {
                out.clear();
                let _ = black_box((entry.run_into)(r, &cx, &mut out));
            }
        })
    });
    g.bench_function("interpreter", |b| {
        b.iter(|| {
            for r in &recs {
                out.clear();
                let Ok(v) = serde_json::from_slice::<Value>(r) else {
                    continue;
                };
                if let Ok(Some(o)) = mapping_dsl::interp::run_record(&dep, t, &v, &cx) {
                    let _ = serde_json::to_writer(&mut out, &o);
                }
                black_box(&out);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, per_record);
criterion_main!(benches);
