//! Per-record cost of compiled against interpreted transforms, in-process: bytes of one record
//! in, compact JSON out.
//!
//! usage: cargo bench -p generated --bench per_record
//! - `bench_reference`: the first 2,000 of bench/data/cases_10000.ndjson (bench/run.sh 10000
//!   writes it), else mappings/bench/samples/cases.json;
//! - `thailand_w1_case_to_childshield` and `thailand_w2_his_to_primero`: the repo's synthetic
//!   full fixtures (tests/fixtures/thailand/w1_case_full.json, a 25 KB Primero case with every
//!   subform; w2_person_full.json, a 133 KB HIS person with PLH questionnaires).

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

/// One fixture record's bytes.
fn fixture(name: &str) -> Vec<Vec<u8>> {
    let path = root().join("tests/fixtures/thailand").join(name);
    let v: Value = serde_json::from_slice(&std::fs::read(&path).expect("the fixture is readable"))
        .expect("the fixture is JSON");
    vec![serde_json::to_vec(&v).expect("serialises")]
}

/// A checked deployment, as `mapwright preview --dir mappings/NAME` loads it.
fn deployment(name: &str) -> Deployment {
    let dir = root().join("mappings");
    let mut files = Vec::new();
    let mut stack = vec![dir.join(name)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("the deployment's folder is readable") {
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
    mapping_dsl::check_deployment(name, files)
        .deployment
        .expect("the deployment checks without errors")
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
    compare(c, &deployment("bench"), "bench_reference", &records());
    let thailand = deployment("thailand");
    compare(
        c,
        &thailand,
        "thailand_w1_case_to_childshield",
        &fixture("w1_case_full.json"),
    );
    compare(
        c,
        &thailand,
        "thailand_w2_his_to_primero",
        &fixture("w2_person_full.json"),
    );
}

/// One group per transform: the compiled `run_into` against parse + interpreter + serialise.
fn compare(c: &mut Criterion, dep: &Deployment, name: &str, recs: &[Vec<u8>]) {
    let t = dep
        .transforms
        .iter()
        .find(|t| t.name == name)
        .expect("the transform is defined");
    let cx = ctx(t);
    let entry = generated::find(name).expect("the transform is compiled");
    // Both must produce output for these records, or the bench would time an early error.
    for r in recs.iter().take(50) {
        let mut out = Vec::new();
        let v: Value = serde_json::from_slice(r).expect("a record is JSON");
        let interp = mapping_dsl::interp::run_record(dep, t, &v, &cx).map(|o| o.is_some());
        let compiled = (entry.run_into)(r, &cx, &mut out);
        assert!(compiled.is_ok(), "{name}: {compiled:?}");
        assert_eq!(interp.is_ok(), compiled.is_ok(), "{name}: the two disagree");
    }
    let mut out = Vec::with_capacity(1 << 16);
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Elements(recs.len() as u64));
    g.bench_function("compiled", |b| {
        b.iter(|| {
            for r in recs {
                out.clear();
                let _ = black_box((entry.run_into)(r, &cx, &mut out));
            }
        })
    });
    g.bench_function("interpreter", |b| {
        b.iter(|| {
            for r in recs {
                out.clear();
                // As `mapwright preview` parses.
                let Ok(v) = mapping_dsl::stdlib::json::from_record_bytes::<Value>(r) else {
                    continue;
                };
                if let Ok(Some(o)) = mapping_dsl::interp::run_record(dep, t, &v, &cx) {
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
