//! One scheduler among many: three `mapwright serve` processes on one store with a cron every
//! second fire each tick exactly once (no tick twice, none skipped) over 20 ticks and more; and
//! a tick missed while every server was down fires once when one starts again.

use std::collections::BTreeSet;
use std::time::Duration;

use mapwright::demo::start_fakes;

use crate::cluster::{Cluster, mappings_with, wait_for, with_status};

const TICKS: usize = 20;

fn tick_workflow(record: &str) -> String {
    format!(
        "workflow: tick\ntrigger:\n  cron: \"* * * * * *\"\nendpoints: [primero]\n\
         steps:\n  - id: mark\n    op: primero.set_sync_status\n    \
         args: {{ record_id: {{ const: \"{record}\" }}, status: {{ const: synced }} }}\n"
    )
}

/// The fire times the schedulers claimed, in `logs`: (stamp, catch-up). A claimed fire queued
/// a run or was skipped (a run of the previous fire still queued).
fn fires(logs: &str) -> Vec<(String, bool)> {
    logs.lines()
        .filter_map(|l| {
            let at = l.find("cron fire at ")? + "cron fire at ".len();
            let rest = &l[at..];
            (rest.contains(" queued") || rest.contains(" skipped"))
                .then(|| (rest.chars().take(20).collect(), l.contains("catch_up=true")))
        })
        .collect()
}

fn seconds(stamp: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .unwrap_or_else(|e| panic!("{stamp}: {e}"))
        .timestamp()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_servers_fire_each_tick_of_a_one_second_cron_exactly_once() {
    let f = start_fakes(3, 10, None, None).await.expect("fakes");
    let record = f.data.case_meta(0).id;
    let wf = [("tick.yaml", tick_workflow(&record))];
    let mut c = Cluster::new(&f, |d| mappings_with(d, &wf), &[], "");
    let servers = [
        c.serve("serve0", 1).await,
        c.serve("serve1", 1).await,
        c.serve("serve2", 1).await,
    ];
    let synced = || f.primero.sync_log(&record).len();
    wait_for(
        "more than 20 ticks",
        Duration::from_secs(60),
        Duration::from_millis(200),
        || (synced() > TICKS).then_some(()),
    )
    .await;
    for s in servers {
        c.term(s);
    }
    for s in servers {
        let status = c.wait_exit(s, Duration::from_secs(30)).await;
        assert!(status.success(), "{status:?}");
    }
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
    let fired = fires(&logs);
    let stamps: BTreeSet<&str> = fired.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(stamps.len(), fired.len(), "a tick fired twice: {fired:?}");
    let secs: Vec<i64> = stamps.iter().map(|s| seconds(s)).collect();
    let (first, last) = (secs[0], secs[secs.len() - 1]);
    assert_eq!(
        (last - first + 1) as usize,
        secs.len(),
        "every tick from the first to the last fired: {stamps:?}"
    );
    assert!(secs.len() > TICKS);
    // Each fire is one run, and each run reached the fake Primero once.
    let runs = c.runs("tick");
    let busy = logs.matches("skipped: a run of the previous fire").count();
    assert_eq!(
        runs.len() + busy,
        fired.len(),
        "one run per fire not skipped"
    );
    assert_eq!(with_status(&runs, "running").len(), 0, "{runs:?}");
    let done = with_status(&runs, "success").len();
    assert_eq!(synced(), done, "runs that reached Primero");
    let (a, b, d) = (
        fires(&c.log(0)).len(),
        fires(&c.log(1)).len(),
        fires(&c.log(2)).len(),
    );
    println!(
        "3 servers, cron every second: {} ticks fired once each ({a}/{b}/{d} by server), {} runs, {done} succeeded, {busy} skipped",
        secs.len(),
        runs.len()
    );

    // Down for three seconds: one server started again fires the latest missed tick, once.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let again = c.serve("serve3", 1).await;
    let catch_up = wait_for(
        "the missed tick",
        Duration::from_secs(20),
        Duration::from_millis(100),
        || {
            let f = fires(&c.log(again));
            f.iter().any(|(_, catch)| *catch).then_some(f)
        },
    )
    .await;
    let caught: Vec<&(String, bool)> = catch_up.iter().filter(|(_, c)| *c).collect();
    assert_eq!(caught.len(), 1, "{catch_up:?}");
    assert!(
        seconds(&caught[0].0) > last + 1,
        "the catch-up is a tick missed while down: {caught:?}, last {last}"
    );
    c.term(again);
    let _ = c.wait_exit(again, Duration::from_secs(30)).await;
    drop(c);
    f.shutdown().await;
}
