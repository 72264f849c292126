//! Four `mapwright worker` processes beside one web-only `mapwright serve --workers 0`, all on
//! one store: 1,000 runs queued by webhooks each execute exactly once, counted on the fake
//! Primero (one sync-log entry per record), and the per-workflow concurrency limit holds across
//! the processes.

use std::time::{Duration, Instant};

use mapwright::demo::start_fakes;
use serde_json::json;

use crate::cluster::{Cluster, hook, mappings_with, ping_workflow, wait_for, with_status};

const RUNS: u64 = 1000;
/// The workflow's `max_concurrent`, across all workers.
const LIMIT: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_workers_execute_a_thousand_queued_runs_exactly_once() {
    let f = start_fakes(11, RUNS, None, None).await.expect("fakes");
    // Each run's one request lasts 30 ms: runs in progress at once are requests in flight.
    f.primero.faults().set_latency(Duration::from_millis(30));
    let extra = format!(
        "[serve.queue]\nmax_queued = 5000\nlease_secs = 10\n[serve.workflows.ping]\nmax_concurrent = {LIMIT}\n"
    );
    let mut c = Cluster::new(
        &f,
        |d| mappings_with(d, &[("ping.yaml", ping_workflow("ping", "ping"))]),
        &["ping"],
        &extra,
    );
    let web = c.serve("web", 0).await;
    let base = c.base(web);
    for n in 0..4 {
        c.worker(&format!("worker{n}"), 4);
    }
    let started = Instant::now();
    let client = reqwest::Client::new();
    let ids: Vec<String> = (0..RUNS).map(|i| f.data.case_meta(i).id).collect();
    for chunk in ids.chunks(25) {
        let mut sends = Vec::new();
        for id in chunk {
            let (client, base, id) = (client.clone(), base.clone(), id.clone());
            sends.push(tokio::spawn(async move {
                let body = json!({"data": {"record_id": id, "record_type": "case"}});
                hook(&client, &base, "ping", &body, &id).await
            }));
        }
        for s in sends {
            let (status, v) = s.await.expect("task");
            assert_eq!(status, 202, "{v}");
        }
    }
    let queued_in = started.elapsed();
    // Done when the fake Primero saw every record; then nothing more may arrive.
    let synced = || {
        ids.iter()
            .filter(|id| !f.primero.sync_log(id).is_empty())
            .count()
    };
    wait_for(
        "every queued run to reach the fake Primero",
        Duration::from_secs(150),
        Duration::from_millis(250),
        || (synced() == ids.len()).then_some(()),
    )
    .await;
    let runs = wait_for(
        "every run to be recorded as finished",
        Duration::from_secs(30),
        Duration::from_millis(500),
        || {
            let runs = c.runs("ping");
            (runs.len() as u64 == RUNS && with_status(&runs, "success").len() == runs.len())
                .then_some(runs)
        },
    )
    .await;
    let elapsed = started.elapsed();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let twice: Vec<&String> = ids
        .iter()
        .filter(|id| f.primero.sync_log(id).len() != 1)
        .collect();
    assert!(
        twice.is_empty(),
        "records not synced exactly once: {twice:?}"
    );
    // Every worker took a share, and every run was claimed once.
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
    let mut by_worker = std::collections::BTreeMap::new();
    for r in &runs {
        assert_eq!(r["exit_code"], 0, "{r}");
    }
    // The limit across processes: the fake Primero never had more than LIMIT requests at
    // once (and had that many: the runs did overlap).
    let overlap = f.primero.faults().peak_in_flight();
    for i in 0..4 {
        let log = c.log(i + 1);
        by_worker.insert(i, log.matches("claimed run").count());
    }
    println!(
        "{RUNS} runs over 4 worker processes: queued in {:.1}s, all done in {:.1}s; most in progress at once: {overlap}; claims per worker: {by_worker:?}",
        queued_in.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    assert_eq!(
        overlap, LIMIT as u64,
        "runs at once under a limit of {LIMIT}"
    );
    assert!(
        by_worker.values().filter(|n| **n > 0).count() >= 2,
        "the runs were shared among the workers: {by_worker:?}"
    );
    drop(c);
    f.shutdown().await;
}
