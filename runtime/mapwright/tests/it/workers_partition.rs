//! `partition_by` across processes (issue 12): two runs of Workflow 1 at once, in two
//! `mapwright worker` processes sharing one PostgreSQL store (`max_concurrent = 2`), over the
//! same cases (both read from the same cursor; some children also have a second case in the
//! same page), with a slow Child Shield so that the runs overlap. Each child must end with at
//! most one Primero intervention: the runs take a child's national id in the store before they look
//! for its intervention, so the second one finds what the first created.

use std::time::Duration;

use chrono::DateTime;
use fakes::{MophConfig, PrimeroConfig};
use mapwright::demo::{W1, start_fakes_with};
use serde_json::{Value, json};

use crate::cluster::{Cluster, hook, mappings_with, w1_on_a_webhook, wait_for, with_status};

const CASES: u64 = 160;

fn at(run: &Value, field: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(run[field].as_str().unwrap_or_default())
        .unwrap_or_else(|e| panic!("run {}'s {field}: {e}: {run}", run["id"]))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_never_create_two_interventions_for_one_child() {
    let primero = PrimeroConfig {
        duplicate_cases: 20,
        ..PrimeroConfig::default()
    };
    let f = start_fakes_with(7, CASES, None, None, primero, MophConfig::default())
        .await
        .expect("fakes");
    // Each Child Shield request lasts 40 ms: a child's look-up and create take long enough for
    // the other run to reach the same child meanwhile.
    f.moph.faults().set_latency(Duration::from_millis(40));
    let extra =
        format!("[serve.queue]\nlease_secs = 5\n[serve.workflows.{W1}]\nmax_concurrent = 2\n");
    let wf = [("w1.yaml", w1_on_a_webhook())];
    let mut c = Cluster::new(&f, |d| mappings_with(d, &wf), &["w1"], &extra);
    assert!(
        c.database_url.is_some(),
        "this test is about processes sharing a PostgreSQL store"
    );
    let web = c.serve("web", 0).await;
    let client = reqwest::Client::new();
    let mut ids = Vec::new();
    for key in ["sync-a", "sync-b"] {
        let (st, v) = hook(&client, &c.base(web), "w1", &json!({}), key).await;
        assert_eq!(st, 202, "{v}");
        ids.push(v["run_id"].as_i64().expect("run id"));
    }
    // Both runs are queued before the workers start: each worker claims one.
    c.worker("worker0", 1);
    c.worker("worker1", 1);
    let runs = wait_for(
        "both runs to finish",
        Duration::from_secs(120),
        Duration::from_millis(250),
        || {
            let runs = c.runs(W1);
            let ended = with_status(&runs, "success").len() + with_status(&runs, "failed").len();
            (ended == 2).then_some(runs)
        },
    )
    .await;
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
    // The two runs were in two processes, at the same time.
    let claimed: Vec<usize> = (1..=2)
        .map(|i| c.log(i).matches("claimed run").count())
        .collect();
    assert_eq!(claimed, [1, 1], "one run per worker:\n{logs}");
    let (a, b) = (&runs[0], &runs[1]);
    assert!(
        at(a, "started_at") < at(b, "finished_at") && at(b, "started_at") < at(a, "finished_at"),
        "the runs overlapped: {a} {b}"
    );
    // Every child has at most one intervention from Primero (Workflow 1's; the fake holds
    // others of its own), and many have one.
    let per_child: Vec<usize> = (0..CASES)
        .map(|i| {
            f.moph
                .interventions(&f.data.cid(i))
                .iter()
                .filter(|iv| {
                    iv.pointer("/activities/primeroservice/serviceType")
                        == Some(&Value::from("primero"))
                })
                .count()
        })
        .collect();
    let twice: Vec<u64> = (0..CASES).filter(|&i| per_child[i as usize] > 1).collect();
    let delivered = per_child.iter().filter(|n| **n == 1).count();
    println!(
        "two overlapping runs in two workers: {delivered} children with one intervention, {} with more",
        twice.len()
    );
    assert!(
        twice.is_empty(),
        "children with more than one intervention (cases {twice:?}): {} of {CASES}",
        twice.len()
    );
    assert!(delivered as u64 > CASES / 4, "{per_child:?}");
    // Both runs looked at every case: each delivered or skipped them, the second one updating
    // (or leaving alone) what the first created.
    for id in &ids {
        let detail = c.show(*id);
        let n = detail["outcomes"].as_array().map_or(0, Vec::len);
        assert!(n as u64 >= CASES, "run {id} saw {n} records");
    }
    drop(c);
    f.shutdown().await;
}
