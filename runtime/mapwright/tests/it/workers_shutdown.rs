//! Graceful shutdown of the real processes: SIGTERM to a `worker` whose run outlasts the grace
//! period cancels it (exit 5) and queues it again; SIGTERM to `serve` lets a run that ends
//! within the grace period finish; SIGTERM to the CLI `run` cancels its run like Ctrl-C. No
//! run is ever left `running`.

use std::time::{Duration, Instant};

use mapwright::demo::start_fakes;
use serde_json::json;

use crate::cluster::{Cluster, hook, mappings_with, ping_workflow, wait_for, with_status};

async fn running_once(c: &Cluster) {
    wait_for(
        "the run to be in progress",
        Duration::from_secs(30),
        Duration::from_millis(100),
        || (with_status(&c.runs("ping"), "running").len() == 1).then_some(()),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_mid_run_ends_it_cancelled_or_finished_never_running() {
    let f = start_fakes(13, 10, None, None).await.expect("fakes");
    let wf = [("ping.yaml", ping_workflow("ping", "ping"))];
    let mut c = Cluster::new(
        &f,
        |d| mappings_with(d, &wf),
        &["ping"],
        "[serve]\nshutdown_grace_secs = 1\n",
    );
    let web = c.serve("web", 0).await;
    let base = c.base(web);
    let client = reqwest::Client::new();
    let body = |i: u64| json!({"data": {"record_id": f.data.case_meta(i).id}});

    // 1. A worker, a run slower than the 1-second grace: cancelled, then queued again.
    f.primero.faults().set_latency(Duration::from_secs(8));
    let w = c.worker("worker", 1);
    let (st, v) = hook(&client, &base, "ping", &body(0), "slow").await;
    assert_eq!(st, 202, "{v}");
    let slow = v["run_id"].as_i64().expect("run id");
    running_once(&c).await;
    let t = Instant::now();
    c.term(w);
    let exit = c.wait_exit(w, Duration::from_secs(20)).await;
    let stopped_in = t.elapsed();
    assert!(exit.success(), "{exit:?}\n{}", c.log(w));
    let runs = c.runs("ping");
    assert_eq!(with_status(&runs, "running").len(), 0, "{runs:?}");
    let first = runs.iter().find(|r| r["id"] == slow).expect("the run");
    assert_eq!(
        (first["status"].as_str(), first["exit_code"].as_i64()),
        (Some("cancelled"), Some(5)),
        "{first}"
    );
    let again: Vec<_> = runs.iter().filter(|r| r["retry_of"] == slow).collect();
    assert_eq!(again.len(), 1, "queued again once: {runs:?}");
    assert_eq!(again[0]["status"], "queued");
    assert!(
        stopped_in < Duration::from_secs(8),
        "stopped after {stopped_in:?}"
    );

    // 2. `serve` with workers and a 10-second grace; a run of 2 seconds finishes.
    f.primero.faults().set_latency(Duration::from_millis(2000));
    let text = std::fs::read_to_string(&c.config).expect("config");
    std::fs::write(
        &c.config,
        text.replace("shutdown_grace_secs = 1", "shutdown_grace_secs = 10"),
    )
    .expect("config");
    let s = c.serve("serve", 1).await;
    // It takes up the run queued again at the worker's stop.
    running_once(&c).await;
    c.term(s);
    let exit = c.wait_exit(s, Duration::from_secs(30)).await;
    assert!(exit.success(), "{exit:?}\n{}", c.log(s));
    let runs = c.runs("ping");
    assert_eq!(with_status(&runs, "running").len(), 0, "{runs:?}");
    assert_eq!(again[0]["id"], runs[0]["id"]);
    assert_eq!(
        runs[0]["status"], "success",
        "finished within the grace: {runs:?}"
    );

    // 3. The CLI `run` takes SIGTERM like Ctrl-C: the run ends cancelled (exit 5).
    f.primero.faults().set_latency(Duration::from_secs(8));
    let input = c.dir.path().join("input.json");
    std::fs::write(&input, body(1).to_string()).expect("input");
    let input = input.to_string_lossy().into_owned();
    let r = c.start("run", &["run", "ping", "--input", &input], None);
    running_once(&c).await;
    c.term(r);
    let exit = c.wait_exit(r, Duration::from_secs(20)).await;
    assert_eq!(exit.code(), Some(5), "{}", c.log(r));
    let runs = c.runs("ping");
    assert_eq!(runs[0]["status"], "cancelled", "{runs:?}");
    assert_eq!(with_status(&runs, "running").len(), 0, "{runs:?}");
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
    println!(
        "SIGTERM: worker stopped in {stopped_in:?} (grace 1 s, run cancelled and queued again); serve let a 2 s run finish; `run` exited 5"
    );
    drop(c);
    f.shutdown().await;
}
