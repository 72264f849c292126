//! Fault soak of Workflow 2 (webhook -> HIS / Child Shield -> Primero), issue 13 item 9: the
//! real `mapwright serve` as a child process over loopback, 500 webhook deliveries (one per
//! child), 10 % of them delivered a second time with the same idempotency key, HIS answering
//! 10 % of its requests with a 503, holding 2 % past the client's timeout and garbling or cutting
//! off 1 % each, and three SIGKILLs of the server part-way, each followed by a restart. A
//! delivery that gets no answer (the server was down) is sent again with its key, as a sender
//! would.
//!
//! Asserted: every delivery, first or replayed, is answered with the same run id; there is
//! exactly one run per delivery and no other; every run ends (none left queued or running);
//! every child's case in the fake Primero carries the sync status of its run, written once.
//!
//! `MAPWRIGHT_SOAK_DELIVERIES` (default 500, the size), `MAPWRIGHT_SOAK_KILLS`
//! (default 3), `MAPWRIGHT_SOAK_REPLAYS` (percent, default 10) and `MAPWRIGHT_SOAK_SEED`
//! (default 7) vary it.

mod soak_support;

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Child, ExitCode};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fakes::FaultConfig;
use runtime::demo::{W2, webhook_for};
use runtime::store::{RunFilter, SqliteStore, Store};
use serde_json::Value;
use soak_support::{Soak, env_u64, soak_main};

/// HIS's faults (Primero's answers stay clean, so its sync log counts syncs exactly).
const FAULTS: &str = "5xx=0.10,timeout=0.02,timeout_ms=1500,malformed=0.01,truncated=0.01";
const HOOK: &str = "thailand-sync";
const SECRET: &str = "soak-w2-hook-secret";
/// Deliveries in flight at once (the sender's connections).
const SENDERS: usize = 8;

fn main() -> ExitCode {
    let env = [
        ("MAPWRIGHT_MASTER_KEY", "cd".repeat(32)),
        (
            "MAPWRIGHT_ADMIN_PASSWORD",
            "soak-w2-admin-password".to_owned(),
        ),
    ];
    soak_main("soak_w2", &env, soak)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// One delivery: `(status, body)`, or an error when nothing answered.
async fn hook(
    client: &reqwest::Client,
    base: &str,
    body: &Value,
    key: &str,
) -> Result<(u16, Value), reqwest::Error> {
    let r = client
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

/// Sends until the server answers with a run: a refused connection (the server is down) or a
/// 429/503 is sent again after a pause. Returns the run id and whether it was a duplicate.
async fn deliver(client: &reqwest::Client, base: &str, body: &Value, key: &str) -> (i64, bool) {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        match hook(client, base, body, key).await {
            Ok((st @ (200 | 202), v)) => {
                let id = v["run_id"].as_i64().unwrap_or_else(|| panic!("{key}: {v}"));
                return (id, st == 200);
            }
            Ok((429 | 503, _)) | Err(_) => {}
            Ok((st, v)) => panic!("delivery {key}: {st} {v}"),
        }
        assert!(Instant::now() < deadline, "delivery {key} never answered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_healthy(base: &str) {
    let c = reqwest::Client::new();
    for _ in 0..600 {
        if let Ok(r) = c.get(format!("{base}/healthz")).send().await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("mapwright serve did not come up");
}

async fn w2_runs(store: &SqliteStore) -> BTreeMap<i64, String> {
    store
        .runs(&RunFilter {
            workflow: Some(W2.into()),
            status: None,
            limit: 100_000,
        })
        .await
        .expect("runs")
        .into_iter()
        .map(|r| (r.id, r.status))
        .collect()
}

fn soak(rt: &tokio::runtime::Runtime) {
    let deliveries = env_u64("MAPWRIGHT_SOAK_DELIVERIES", 500) as usize;
    let kills = env_u64("MAPWRIGHT_SOAK_KILLS", 3) as usize;
    let replay_pct = env_u64("MAPWRIGHT_SOAK_REPLAYS", 10) as usize;
    let seed = env_u64("MAPWRIGHT_SOAK_SEED", 7);
    let started = Instant::now();
    // Three cases per delivery leave enough children with a national id HIS knows.
    let cases = (deliveries as u64 * 3).max(30);
    let s = rt.block_on(Soak::start(seed, cases, FaultConfig::default(), 0));
    let faults = FaultConfig::parse_spec(&format!("{FAULTS},seed={seed}")).expect("fault spec");
    s.fakes.moph.faults().set_config(faults);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let serve_toml = format!(
        "[serve]\nlisten = \"127.0.0.1:{port}\"\nscheduler = false\n\
         [serve.queue]\nlease_secs = 2\n\
         [serve.workflows.{W2}]\nmax_concurrent = 4\nmax_queued = 100000\n\
         [serve.webhooks.{HOOK}]\nmode = \"header\"\nsecret = \"{SECRET}\"\n"
    );
    let mut toml = std::fs::read_to_string(&s.config).expect("config");
    toml.push_str(&serve_toml);
    std::fs::write(&s.config, toml).expect("config");

    let data = &s.fakes.data;
    let children: Vec<u64> = (0..cases)
        .filter(|&i| data.national_id_variant(i).is_some() && data.person_exists(i))
        .take(deliveries)
        .collect();
    assert_eq!(
        children.len(),
        deliveries,
        "not enough children: raise the cases"
    );
    // The send order: every delivery once, and every `100 / replay_pct`-th one again 25 places
    // later (a sender that did not trust the first answer).
    let mut order: Vec<usize> = (0..deliveries).collect();
    let every = (100 / replay_pct.max(1)).max(1);
    let replays: Vec<usize> = (0..deliveries).filter(|k| k % every == every - 1).collect();
    for (n, &k) in replays.iter().enumerate() {
        order.insert((k + 25 + n).min(order.len()), k);
    }
    let bodies: Arc<Vec<Value>> =
        Arc::new(children.iter().map(|&i| webhook_for(&s.fakes, i)).collect());

    let mut n = 1;
    let mut child = s.spawn(n, &["serve"]);
    rt.block_on(wait_healthy(&base));
    let answered = Arc::new(AtomicUsize::new(0));
    let sender = {
        let (bodies, base, answered) = (bodies.clone(), base.clone(), answered.clone());
        rt.spawn(async move {
            let client = reqwest::Client::new();
            let gate = Arc::new(tokio::sync::Semaphore::new(SENDERS));
            let mut tasks = Vec::new();
            for k in order {
                let permit = gate.clone().acquire_owned().await.expect("gate");
                let (client, base, bodies, answered) = (
                    client.clone(),
                    base.clone(),
                    bodies.clone(),
                    answered.clone(),
                );
                tasks.push(tokio::spawn(async move {
                    let r = deliver(&client, &base, &bodies[k], &format!("soak-{k}")).await;
                    answered.fetch_add(1, Ordering::SeqCst);
                    drop(permit);
                    (k, r)
                }));
            }
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.expect("delivery task"));
            }
            out
        })
    };
    // SIGKILL part-way, `kills` times, each followed by a restart.
    let total = deliveries + replays.len();
    let mut killed = 0;
    let mut running_at_kills = 0;
    let store = rt
        .block_on(SqliteStore::open(&s.dir.path().join("data")))
        .expect("store");
    while killed < kills {
        let at = total * (killed + 1) / (kills + 1);
        let deadline = Instant::now() + Duration::from_secs(300);
        while answered.load(Ordering::SeqCst) < at {
            assert!(Instant::now() < deadline, "deliveries stalled");
            std::thread::sleep(Duration::from_millis(5));
        }
        kill(&mut child);
        killed += 1;
        running_at_kills += rt
            .block_on(w2_runs(&store))
            .values()
            .filter(|st| *st == "running")
            .count();
        n += 1;
        child = s.spawn(n, &["serve"]);
        rt.block_on(wait_healthy(&base));
    }
    let answers = rt.block_on(sender).expect("sender");

    // Every delivery of a child has one run id; replays got the same.
    let mut run_of: BTreeMap<usize, i64> = BTreeMap::new();
    let mut duplicates_answered = 0;
    for (k, (id, dup)) in &answers {
        if *dup {
            duplicates_answered += 1;
        }
        let first = *run_of.entry(*k).or_insert(*id);
        assert_eq!(first, *id, "delivery {k} answered with two runs");
    }
    assert_eq!(run_of.len(), deliveries);
    let ids: BTreeSet<i64> = run_of.values().copied().collect();
    assert_eq!(ids.len(), deliveries, "two deliveries share a run");

    // Every run ends.
    let deadline = Instant::now() + Duration::from_secs(600);
    let runs = loop {
        let runs = rt.block_on(w2_runs(&store));
        if runs.values().all(|st| st == "success" || st == "failed") {
            break runs;
        }
        assert!(
            Instant::now() < deadline,
            "runs did not end: {:?}\n{}",
            runs.iter()
                .filter(|(_, st)| *st != "success" && *st != "failed")
                .collect::<Vec<_>>(),
            s.child_log(n)
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    kill(&mut child);
    let stored: BTreeSet<i64> = runs.keys().copied().collect();
    assert_eq!(stored, ids, "exactly one run per delivery, and no other");

    // The fake Primero: each child's case holds its run's sync status.
    let (mut synced_once, mut resynced, mut unsynced, mut wrong) = (0, Vec::new(), Vec::new(), 0);
    for (k, &i) in children.iter().enumerate() {
        let case = data.case_meta(i).id;
        let log = s.fakes.primero.sync_log(&case);
        let want = if runs[&run_of[&k]] == "success" {
            "synced"
        } else {
            "failed"
        };
        match log.len() {
            0 => unsynced.push(case),
            1 => synced_once += 1,
            _ => resynced.push((case.clone(), log.len())),
        }
        if log.last().is_some_and(|e| e.status != want) {
            wrong += 1;
        }
    }
    let failed = runs.values().filter(|st| *st == "failed").count();
    let his = s.fakes.moph.faults().stats();
    let his_503: u64 = his
        .values()
        .map(|r| r.statuses.get(&503).copied().unwrap_or(0))
        .sum();
    println!(
        "soak_w2: {deliveries} deliveries + {} replays ({duplicates_answered} answered as \
         duplicates), {killed} kill -9 ({running_at_kills} runs running at the kills), HIS \
         faults `{FAULTS},seed={seed}` ({his_503} answered 503), {:.1} s",
        replays.len(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "soak_w2: runs {} ({} success, {failed} failed); cases synced once {synced_once}, \
         synced more than once {}, never synced {}, wrong status {wrong}",
        runs.len(),
        runs.len() - failed,
        resynced.len(),
        unsynced.len()
    );
    assert_eq!(killed, kills);
    assert!(
        his_503 > 0,
        "no HIS request was answered 503: the soak proves nothing"
    );
    assert!(
        duplicates_answered >= replays.len(),
        "every replay is answered as a duplicate"
    );
    assert!(unsynced.is_empty(), "never synced: {unsynced:?}");
    assert_eq!(wrong, 0, "a case's last sync status is not its run's");
    assert!(resynced.is_empty(), "synced more than once: {resynced:?}");
    assert_eq!(synced_once, deliveries);
}

fn kill(child: &mut Child) {
    // std's kill is SIGKILL on Unix: no clean-up runs in the child.
    child.kill().expect("kill -9");
    child.wait().expect("reap");
}
