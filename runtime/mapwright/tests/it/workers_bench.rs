//! Measurements for BENCHMARKS.md ("Workers"), not run by default:
//! `cargo test -p mapwright --test it workers_bench:: -- --ignored --nocapture --test-threads 1`.
//! - run throughput with 1, 2 and 4 `mapwright worker` processes against a fake Primero that
//!   answers after 50 ms (each run: one request);
//! - claim latency, queued → running, across processes (web-only `serve` queues, workers claim);
//! - peak RSS (VmHWM) of one worker over a long series of runs.

use std::time::{Duration, Instant};

use mapwright::demo::{Fakes, start_fakes};
use serde_json::{Value, json};

use crate::cluster::{
    Cluster, hook, mappings_with, ping_workflow, proc_status_kib, wait_for, with_status,
};

const LATENCY: Duration = Duration::from_millis(50);

fn cluster(f: &Fakes) -> Cluster {
    Cluster::new(
        f,
        |d| mappings_with(d, &[("ping.yaml", ping_workflow("ping", "ping"))]),
        &["ping"],
        "[serve.queue]\nmax_queued = 100000\n[serve.workflows.ping]\nmax_concurrent = 64\n",
    )
}

async fn queue(c: &Cluster, base: &str, f: &Fakes, from: u64, n: u64) {
    let client = reqwest::Client::new();
    let ids: Vec<u64> = (from..from + n).collect();
    for chunk in ids.chunks(20) {
        let mut sends = Vec::new();
        for i in chunk {
            let (client, base) = (client.clone(), base.to_owned());
            let id = f.data.case_meta(*i).id;
            sends.push(tokio::spawn(async move {
                hook(
                    &client,
                    &base,
                    "ping",
                    &json!({"data": {"record_id": id}}),
                    &id,
                )
                .await
            }));
        }
        for s in sends {
            assert_eq!(s.await.expect("task").0, 202);
        }
    }
    let _ = c;
}

fn millis(stamp: &Value) -> i64 {
    chrono::DateTime::parse_from_rfc3339(stamp.as_str().unwrap_or(""))
        .map(|t| t.timestamp_millis())
        .unwrap_or(0)
}

async fn all_done(c: &Cluster, n: usize) -> Vec<Value> {
    wait_for(
        "every run to finish",
        Duration::from_secs(600),
        Duration::from_millis(500),
        || {
            let runs = c.runs("ping");
            (with_status(&runs, "success").len() == n).then_some(runs)
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement: run it by hand (see the module documentation)"]
async fn throughput_with_1_2_and_4_workers() {
    const RUNS: u64 = 400;
    const CONCURRENCY: usize = 2;
    let mut rates = Vec::new();
    for workers in [1usize, 2, 4] {
        let f = start_fakes(21, RUNS, None, None).await.expect("fakes");
        f.primero.faults().set_latency(LATENCY);
        let mut c = cluster(&f);
        let web = c.serve("web", 0).await;
        let base = c.base(web);
        queue(&c, &base, &f, 0, RUNS).await;
        for w in 0..workers {
            c.worker(&format!("worker{w}"), CONCURRENCY);
        }
        let runs = all_done(&c, RUNS as usize).await;
        let first = runs
            .iter()
            .map(|r| millis(&r["started_at"]))
            .min()
            .unwrap_or(0);
        let last = runs
            .iter()
            .map(|r| millis(&r["finished_at"]))
            .max()
            .unwrap_or(0);
        let secs = (last - first) as f64 / 1000.0;
        let rate = RUNS as f64 / secs;
        println!(
            "{workers} worker(s) x {CONCURRENCY}: {RUNS} runs in {secs:.2}s = {rate:.1} runs/s"
        );
        rates.push(rate);
        drop(c);
        f.shutdown().await;
    }
    println!(
        "throughput ratios: 2/1 = {:.2}x, 4/1 = {:.2}x",
        rates[1] / rates[0],
        rates[2] / rates[0]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement: run it by hand (see the module documentation)"]
async fn claim_latency_queued_to_running() {
    const RUNS: u64 = 200;
    let f = start_fakes(22, RUNS, None, None).await.expect("fakes");
    f.primero.faults().set_latency(LATENCY);
    let mut c = cluster(&f);
    let web = c.serve("web", 0).await;
    let base = c.base(web);
    c.worker("worker0", 2);
    c.worker("worker1", 2);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let client = reqwest::Client::new();
    let mut queued_at = std::collections::HashMap::new();
    for i in 0..RUNS {
        let id = f.data.case_meta(i).id;
        let (st, v) = hook(
            &client,
            &base,
            "ping",
            &json!({"data": {"record_id": id}}),
            &id,
        )
        .await;
        assert_eq!(st, 202);
        queued_at.insert(
            v["run_id"].as_i64().expect("id"),
            chrono::Utc::now().timestamp_millis(),
        );
        // One at a time, spaced: each run finds an idle worker.
        tokio::time::sleep(Duration::from_millis(80)).await;
    }
    let runs = all_done(&c, RUNS as usize).await;
    let mut lat: Vec<i64> = runs
        .iter()
        .map(|r| (millis(&r["started_at"]) - queued_at[&r["id"].as_i64().expect("id")]).max(0))
        .collect();
    lat.sort_unstable();
    let p = |q: f64| lat[((lat.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "claim latency over {RUNS} runs (2 workers, web-only serve queues): p50 {} ms, p99 {} ms, max {} ms",
        p(0.5),
        p(0.99),
        lat[lat.len() - 1]
    );
    drop(c);
    f.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement: run it by hand (see the module documentation)"]
async fn peak_rss_of_one_worker_over_a_long_series() {
    const RUNS: u64 = 4000;
    let f = start_fakes(23, RUNS, None, None).await.expect("fakes");
    let mut c = cluster(&f);
    let web = c.serve("web", 0).await;
    let base = c.base(web);
    let w = c.worker("worker", 4);
    let pid = c.pid(w);
    let started = Instant::now();
    let mut marks = Vec::new();
    for part in 0..4 {
        queue(&c, &base, &f, part * RUNS / 4, RUNS / 4).await;
        all_done(&c, ((part + 1) * RUNS / 4) as usize).await;
        marks.push(proc_status_kib(pid, "VmHWM"));
        println!(
            "after {} runs ({:.0}s): worker peak RSS {} KiB",
            (part + 1) * RUNS / 4,
            started.elapsed().as_secs_f64(),
            marks[marks.len() - 1]
        );
    }
    println!(
        "worker peak RSS: {:.1} MiB after {} runs, {:.1} MiB after {RUNS}: {:.2}x",
        marks[0] as f64 / 1024.0,
        RUNS / 4,
        marks[3] as f64 / 1024.0,
        marks[3] as f64 / marks[0] as f64
    );
    drop(c);
    f.shutdown().await;
}
