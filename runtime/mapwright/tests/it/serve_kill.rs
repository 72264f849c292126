//! The real `mapwright serve` binary, killed with SIGKILL in the middle of a burst of webhooks
//! against a slow HIS, then started again: every request answered 202 ends in exactly one
//! finished run (none lost, none duplicated). And the queue's bound keeps memory flat: 300
//! webhooks of 200 KB against a slow upstream, with the bound at 100.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use mapwright::demo::{Fakes, W2, find_case, start_fakes, toml_for, webhook_for};
use mapwright::store::{RunFilter, SqliteStore, Store};
use serde_json::Value;

use crate::cluster::{free_port, proc_status_kib};

const SECRET: &str = "kill-test-hook-secret";
const HOOK: &str = "thailand-sync";

/// Writes `mapwright.toml` for the fakes with the given `[serve]` extras; returns its path.
fn write_config(dir: &Path, f: &Fakes, port: u16, serve_extra: &str) -> PathBuf {
    let text = format!(
        "data_dir = {:?}\nmappings = {:?}\n{}\n[serve]\nlisten = \"127.0.0.1:{port}\"\nscheduler = false\n\
         {serve_extra}\n[serve.webhooks.{HOOK}]\nmode = \"header\"\nsecret = \"{SECRET}\"\n",
        dir.join("data"),
        crate::cluster::thailand(),
        toml_for(f),
    );
    let path = dir.join("mapwright.toml");
    std::fs::write(&path, text).expect("write config");
    path
}

fn serve(config: &Path, log: &Path) -> Child {
    let out = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .expect("log file");
    Command::new(env!("CARGO_BIN_EXE_mapwright"))
        .args(["serve", "--config"])
        .arg(config)
        .env("MAPWRIGHT_MASTER_KEY", "ab".repeat(32))
        .env("MAPWRIGHT_ADMIN_PASSWORD", "kill-test-admin-password")
        .env("RUST_LOG", "warn")
        .stdout(out.try_clone().expect("log"))
        .stderr(out)
        .spawn()
        .expect("start mapwright serve")
}

async fn wait_healthy(base: &str) {
    assert!(
        crate::cluster::healthy(base).await,
        "mapwright serve did not come up"
    );
}

async fn hook(base: &str, body: &Value, key: &str) -> Result<(u16, Value), reqwest::Error> {
    let r = reqwest::Client::new()
        .post(format!("{base}/hooks/{HOOK}"))
        .header("X-Mapwright-Secret", SECRET)
        .header("Idempotency-Key", key)
        .json(body)
        .timeout(Duration::from_secs(20))
        .send()
        .await?;
    let status = r.status().as_u16();
    Ok((status, r.json().await.unwrap_or(Value::Null)))
}

async fn w2_runs(store: &SqliteStore) -> Vec<(i64, String)> {
    store
        .runs(&RunFilter {
            workflow: Some(W2.into()),
            status: None,
            limit: 10_000,
        })
        .await
        .expect("runs")
        .into_iter()
        .map(|r| (r.id, r.status))
        .collect()
}

/// The fakes (HIS answering after `latency`), a data directory, its config and a started
/// `mapwright serve`.
struct Setup {
    f: Fakes,
    dir: tempfile::TempDir,
    base: String,
    config: PathBuf,
    log: PathBuf,
    child: Child,
}

async fn setup(cases: u64, latency: Duration, serve_extra: &str) -> Setup {
    let f = start_fakes(7, cases, None, None).await.expect("fakes");
    f.moph.faults().set_latency(latency);
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let config = write_config(dir.path(), &f, port, serve_extra);
    let log = dir.path().join("serve.log");
    let child = serve(&config, &log);
    wait_healthy(&base).await;
    Setup {
        f,
        dir,
        base,
        config,
        log,
        child,
    }
}

fn finished(status: &str) -> bool {
    matches!(status, "success" | "failed")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_burst_loses_and_duplicates_no_accepted_webhook() {
    let extra =
        format!("[serve.workflows.{W2}]\nmax_concurrent = 2\n[serve.queue]\nlease_secs = 2\n");
    let Setup {
        f,
        dir,
        base,
        config,
        log,
        mut child,
    } = setup(60, Duration::from_millis(250), &extra).await;

    // 40 deliveries, one every 40 ms; SIGKILL after one second.
    let bodies: Vec<Value> = (0..40)
        .map(|n| {
            let i = find_case(&f, n, |i| f.data.national_id_variant(i).is_some()).expect("case");
            webhook_for(&f, i)
        })
        .collect();
    let mut sends = Vec::new();
    for (n, body) in bodies.iter().enumerate() {
        let (base, body) = (base.clone(), body.clone());
        sends.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(40 * n as u64)).await;
            hook(&base, &body, &format!("burst-{n}")).await
        }));
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");
    let mut accepted = Vec::new();
    let mut unanswered = Vec::new();
    for (n, s) in sends.into_iter().enumerate() {
        match s.await.expect("task") {
            Ok((202, v)) => accepted.push((n, v["run_id"].as_i64().expect("run id"))),
            Ok((st, v)) => panic!("delivery {n}: {st} {v}"),
            Err(_) => unanswered.push(n),
        }
    }
    assert!(
        !accepted.is_empty() && !unanswered.is_empty(),
        "the kill fell mid-burst: {} accepted",
        accepted.len()
    );
    let store = SqliteStore::open(&dir.path().join("data"))
        .await
        .expect("store");
    let at_kill = w2_runs(&store).await;
    let pending = at_kill.iter().filter(|(_, s)| !finished(s)).count();
    let running = at_kill.iter().filter(|(_, s)| s == "running").count();
    assert!(
        pending > running && running > 0,
        "runs were queued and running at the kill: {at_kill:?}"
    );

    // Start again: queued runs are taken up, lost ones re-queued.
    let mut child = serve(&config, &log);
    wait_healthy(&base).await;
    // Deliveries that got no answer are sent again, as Primero would: one stored before the kill
    // answers 200 with its run, the others are queued now.
    let mut resent = Vec::new();
    for n in &unanswered {
        let (st, v) = hook(&base, &bodies[*n], &format!("burst-{n}"))
            .await
            .expect("resend");
        assert!(st == 200 || st == 202, "resend {n}: {st} {v}");
        resent.push((*n, v["run_id"].as_i64().expect("run id")));
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    let runs = loop {
        let runs = w2_runs(&store).await;
        if runs.iter().all(|(_, s)| finished(s)) {
            break runs;
        }
        assert!(Instant::now() < deadline, "runs did not finish: {runs:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    child.kill().expect("stop");
    child.wait().expect("reap");
    // Exactly one run per delivery: every accepted id finished, every delivery has its own run,
    // and there is no other run.
    let mut ids: Vec<i64> = accepted.iter().chain(&resent).map(|(_, id)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), bodies.len(), "one run per delivery");
    let mut stored: Vec<i64> = runs.iter().map(|(id, _)| *id).collect();
    stored.sort_unstable();
    assert_eq!(stored, ids, "no run lost, none created twice");
    let logs = std::fs::read_to_string(&log).unwrap_or_default();
    println!(
        "kill -9 mid-burst: {} accepted before the kill, {} unanswered and sent again, {pending} queued or running at the kill ({running} running), {} runs, all finished",
        accepted.len(),
        unanswered.len(),
        runs.len()
    );
    assert!(!logs.contains("panicked"), "{logs}");
    f.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hundred_large_webhooks_against_a_slow_upstream_keep_memory_flat() {
    let extra = format!(
        "[serve.workflows.{W2}]\nmax_concurrent = 2\nmax_queued = 100\n[serve.queue]\nlease_secs = 5\n"
    );
    // `dir` is bound so the data directory outlives the server.
    let Setup {
        f,
        dir: _dir,
        base,
        mut child,
        log,
        ..
    } = setup(40, Duration::from_secs(3), &extra).await;
    let before = proc_status_kib(child.id(), "VmRSS");
    let i = find_case(&f, 0, |i| f.data.national_id_variant(i).is_some()).expect("case");
    let mut body = webhook_for(&f, i);
    body["data"]["pad"] = Value::String("x".repeat(200 * 1024));
    let body = std::sync::Arc::new(body);
    let (mut ok, mut too_many, mut other) = (0, 0, 0);
    let mut at_bound = 0;
    for chunk in (0..300).collect::<Vec<_>>().chunks(10) {
        if chunk[0] == 120 {
            at_bound = proc_status_kib(child.id(), "VmRSS");
        }
        let mut tasks = Vec::new();
        for n in chunk {
            let (base, body) = (base.clone(), body.clone());
            let n = *n;
            tasks.push(tokio::spawn(async move {
                hook(&base, &body, &format!("big-{n}")).await
            }));
        }
        for t in tasks {
            match t.await.expect("task") {
                Ok((202, _)) => ok += 1,
                Ok((429, _)) => too_many += 1,
                r => {
                    other += 1;
                    println!("other answer: {r:?}");
                }
            }
        }
    }
    let after = proc_status_kib(child.id(), "VmRSS");
    child.kill().expect("stop");
    child.wait().expect("reap");
    println!(
        "300 webhooks of 200 KB, bound 100, slow HIS: {ok} accepted (202), {too_many} refused (429), {other} other; RSS {} MiB before, {} MiB after 120, {} MiB after 300",
        before / 1024,
        at_bound / 1024,
        after / 1024
    );
    if other > 0 {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        for l in text
            .lines()
            .filter(|l| l.contains("ERROR") || l.contains("WARN"))
            .take(20)
        {
            println!("server: {l}");
        }
    }
    assert_eq!(other, 0);
    assert!((100..=104).contains(&ok), "{ok} accepted");
    assert_eq!(ok + too_many, 300);
    assert!(
        after.saturating_sub(before) < 40 * 1024,
        "RSS grew from {before} KiB to {after} KiB"
    );
    // Flat past the bound: the 180 refused webhooks after the 120th add (almost) nothing.
    assert!(
        after.saturating_sub(at_bound) < 12 * 1024,
        "RSS grew from {at_bound} KiB at the bound to {after} KiB"
    );
    f.shutdown().await;
}
