//! A worker killed with SIGKILL in the middle of a Workflow 1 sync, ten times over: each killed
//! run is reported lost (exit 4) and resumed by another worker from the cursor, and in the end
//! the fake Child Shield holds exactly what one uninterrupted run leaves there (no record lost,
//! none duplicated), and the cursor is where that run leaves it.

use std::time::{Duration, Instant};

use mapwright::demo::{W1, start_fakes};
use serde_json::{Value, json};

use crate::cluster::{Cluster, hook, mappings_with, w1_on_a_webhook, wait_for, with_status};

const CASES: u64 = 600;
const KILLS: usize = 10;

fn small_pages(c: &Cluster) {
    let text = std::fs::read_to_string(&c.config).expect("config");
    let text = text.replacen(
        "[endpoints.primero]\n",
        "[endpoints.primero]\nper_page = 20\n",
        1,
    );
    std::fs::write(&c.config, text).expect("config");
}

/// Child Shield's interventions per person, for every generated case.
fn interventions(f: &mapwright::demo::Fakes) -> Vec<usize> {
    (0..CASES)
        .map(|i| f.moph.interventions(&f.data.cid(i)).len())
        .collect()
}

fn outcomes(run: &Value) -> Value {
    run["outcomes"]
        .as_array()
        .map(|o| json!(o.len()))
        .unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_run_ten_times_loses_and_duplicates_nothing() {
    let wf = [("w1.yaml", w1_on_a_webhook())];
    // The reference: one uninterrupted run over identical fakes, in its own store.
    let rf = start_fakes(5, CASES, None, None)
        .await
        .expect("reference fakes");
    let reference = Cluster::with_store(&rf, |d| mappings_with(d, &wf), &[], "", None);
    small_pages(&reference);
    let ref_run = reference
        .command(&["run", W1])
        .env("RUST_LOG", "warn")
        .output()
        .expect("reference run");
    // Exit 1: the fakes hold a few cases that fail by design (they hold the cursor).
    assert!(matches!(ref_run.status.code(), Some(0 | 1)), "{ref_run:?}");

    let f = start_fakes(5, CASES, None, None).await.expect("fakes");
    f.moph.faults().set_latency(Duration::from_millis(60));
    // W1 is a cron workflow: its lost runs are resumed (`lost_other_runs`, default `resume`);
    // this webhook stand-in gets the same policy.
    let extra =
        "[serve.queue]\nlease_secs = 2\nmax_attempts = 100\nlost_webhook_runs = \"resume\"\n";
    let mut c = Cluster::new(&f, |d| mappings_with(d, &wf), &["w1"], extra);
    small_pages(&c);
    let web = c.serve("web", 0).await;
    let mut active = c.worker("worker0", 2);
    let started = Instant::now();
    let (st, v) = hook(
        &reqwest::Client::new(),
        &c.base(web),
        "w1",
        &json!({}),
        "sync",
    )
    .await;
    assert_eq!(st, 202, "{v}");
    let first = v["run_id"].as_i64().expect("run id");
    let progress = || f.moph.requests("GET /api/interventions/findOne");
    for k in 0..KILLS {
        let before = progress();
        wait_for(
            "the sync to deliver more cases",
            Duration::from_secs(30),
            Duration::from_millis(50),
            || (progress() >= before + 20).then_some(()),
        )
        .await;
        let standby = c.worker(&format!("worker{}", k + 1), 2);
        let runs = c.runs(W1);
        assert_eq!(
            with_status(&runs, "running").len(),
            1,
            "kill {k} falls mid-run: {runs:?}"
        );
        c.kill(active);
        active = standby;
        // Lost once its lease expires, and resumed (a new run, `retry_of` it).
        wait_for(
            "the killed run to be lost and resumed",
            Duration::from_secs(30),
            Duration::from_millis(200),
            || {
                let runs = c.runs(W1);
                if std::env::var_os("CLUSTER_TRACE").is_some() {
                    let s: Vec<_> = runs
                        .iter()
                        .map(|r| (r["id"].clone(), r["status"].clone(), r["retry_of"].clone()))
                        .collect();
                    eprintln!("kill {k}: {s:?}");
                }
                let lost = with_status(&runs, "lost");
                (lost.len() == k + 1
                    && lost
                        .iter()
                        .all(|l| runs.iter().any(|r| r["retry_of"] == l["id"])))
                .then_some(())
            },
        )
        .await;
    }
    let runs = wait_for(
        "the resumed sync to finish",
        Duration::from_secs(60),
        Duration::from_millis(250),
        || {
            let runs = c.runs(W1);
            let ended = with_status(&runs, "success").len() + with_status(&runs, "failed").len();
            (ended == 1 && runs.len() == KILLS + 1).then_some(runs)
        },
    )
    .await;
    let elapsed = started.elapsed();
    // One chain: the first run, ten lost ones each resumed by the next, one success.
    assert_eq!(runs.len(), KILLS + 1, "{runs:?}");
    assert_eq!(with_status(&runs, "lost").len(), KILLS, "{runs:?}");
    for r in with_status(&runs, "lost") {
        assert_eq!(r["exit_code"], 4, "{r}");
    }
    assert!(runs.iter().any(|r| r["id"] == first));
    // Child Shield holds what one uninterrupted run leaves: no record lost, none twice.
    let got = interventions(&f);
    let want = interventions(&rf);
    let differ: Vec<usize> = (0..got.len()).filter(|i| got[*i] != want[*i]).collect();
    assert!(
        differ.is_empty(),
        "interventions differ from the uninterrupted run's for cases {differ:?}"
    );
    assert!(want.iter().sum::<usize>() > 0);
    // The cursor is where the uninterrupted run left it: one more run finds the same to do.
    let again = |c: &Cluster| {
        let out = c
            .command(&["run", W1])
            .env("RUST_LOG", "warn")
            .output()
            .expect("run again");
        assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
        let runs = c.runs(W1);
        let id = runs[0]["id"].as_i64().expect("id");
        outcomes(&c.show(id))
    };
    assert_eq!(again(&c), again(&reference), "the final cursors differ");
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
    println!(
        "{KILLS} workers killed mid-sync: {} runs, the sync finished {:.1}s after it started; Child Shield matches an uninterrupted run ({} interventions)",
        runs.len(),
        elapsed.as_secs_f64(),
        got.iter().sum::<usize>()
    );
    drop(c);
    drop(reference);
    f.shutdown().await;
    rf.shutdown().await;
}

/// A run started from the command line holds a lease that its process renews: another
/// `mapwright run` opening the store while it goes on (which marks the runs of vanished
/// processes lost) leaves it `running`; once its process is killed and its lease has run out,
/// the next `mapwright run` reports it lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_line_run_in_progress_is_not_taken_for_lost_until_its_process_dies() {
    let f = start_fakes(5, 10, None, None).await.expect("fakes");
    let record = f.data.case_meta(0).id;
    let wf = [("ping.yaml", crate::cluster::ping_workflow("ping", "ping"))];
    let c = Cluster::new(&f, |d| mappings_with(d, &wf), &["ping"], "");
    let input = c.dir.path().join("input.json");
    std::fs::write(&input, json!({"data": {"record_id": record}}).to_string()).expect("input");
    let input = input.to_str().expect("utf-8 path");
    let run = || {
        c.command(&["run", "ping", "--input", input])
            .spawn()
            .expect("run")
    };
    let status_of = |id: &Value| {
        c.runs("ping")
            .into_iter()
            .find(|r| &r["id"] == id)
            .map(|r| r["status"].as_str().unwrap_or_default().to_owned())
    };

    // Each request to the fake Primero takes 12 s: the first run outlives its lease's first
    // renewal (every 5 s), and a second run opens the store while it goes on.
    f.primero.faults().set_latency(Duration::from_secs(12));
    let mut first = run();
    let first_id = wait_for(
        "the first run to start",
        Duration::from_secs(60),
        Duration::from_millis(100),
        || c.runs("ping").first().map(|r| r["id"].clone()),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(6)).await;
    let mut second = run();
    wait_for(
        "the second run to start",
        Duration::from_secs(60),
        Duration::from_millis(100),
        || (c.runs("ping").len() == 2).then_some(()),
    )
    .await;
    assert_eq!(
        status_of(&first_id).as_deref(),
        Some("running"),
        "the second run's start took the first, still in progress, for lost"
    );
    for p in [&mut first, &mut second] {
        let exit = p.wait().expect("wait");
        assert!(exit.success(), "{exit:?}");
    }
    let runs = c.runs("ping");
    assert!(runs.iter().all(|r| r["status"] == "success"), "{runs:?}");

    // A run killed with SIGKILL part-way: still `running` while its lease lasts, lost after.
    f.primero.faults().set_latency(Duration::from_secs(120));
    let mut killed = run();
    let killed_id = wait_for(
        "the third run to start",
        Duration::from_secs(60),
        Duration::from_millis(100),
        || (c.runs("ping").len() == 3).then(|| c.runs("ping")[0]["id"].clone()),
    )
    .await;
    killed.kill().expect("kill -9");
    killed.wait().expect("reap");
    f.primero.faults().set_latency(Duration::ZERO);
    // The lease (15 s) was renewed at most 5 s before the kill.
    tokio::time::sleep(Duration::from_secs(16)).await;
    let exit = run().wait().expect("the next run");
    assert!(exit.success(), "{exit:?}");
    let lost = c
        .runs("ping")
        .into_iter()
        .find(|r| r["id"] == killed_id)
        .expect("the killed run");
    assert_eq!(lost["status"], "lost", "{lost}");
    assert_eq!(lost["exit_code"], 4, "{lost}");
}
