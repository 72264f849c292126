//! Workflow 1 (Primero -> Child Shield) end to end over loopback against the fakes: final
//! records in the fake Child Shield, per-record outcomes, exit codes, the cursor, and that no
//! case is lost (each ends delivered, skipped, not found, or failed with its reason).

use std::time::Duration;

use std::sync::Arc;

use fakes::Fault;
use runtime::engine::RunRequest;
use runtime::store::{RunStatus, Store};

use crate::e2e_support::*;

const CASES: u64 = 40;

fn today_bangkok() -> String {
    chrono::Utc::now()
        .with_timezone(&chrono_tz_bangkok())
        .format("%Y-%m-%d")
        .to_string()
}

fn chrono_tz_bangkok() -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(7 * 3600).expect("offset")
}

async fn run_w1(e: &Env, cursor: Option<&str>) -> runtime::engine::RunReport {
    let wf = e.app.workflow(W1).expect("w1");
    let engine = e.app.engine(wf).await.expect("engine");
    let req = RunRequest {
        cursor_override: cursor.map(str::to_owned),
        initial_cursor: Some(runtime::demo::FAKES_EPOCH.into()),
        ..RunRequest::default()
    };
    engine.run(wf, req).await.expect("run starts")
}

/// Every delivered case has exactly one primeroservice intervention holding today's key.
fn assert_delivered(e: &Env, outcomes: &[runtime::store::OutcomeRow]) -> usize {
    let day = today_bangkok();
    let mut n = 0;
    for o in outcomes
        .iter()
        .filter(|o| o.outcome == "created" || o.outcome == "updated")
    {
        let i = e.index_of(&o.record).expect("a known case");
        let s = e.services(i);
        assert_eq!(s.len(), 1, "case {i}: {s:?}");
        assert!(
            s[0].pointer(&format!("/activities/primeroservice/{day}"))
                .is_some(),
            "case {i} lacks {day}: {:?}",
            s[0]
        );
        n += 1;
    }
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_delivers_every_case_and_a_rerun_creates_no_duplicate() {
    let e = env(CASES).await;
    let r = run_w1(&e, None).await;
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out.len() as u64, CASES, "one outcome per case");
    assert!(
        unexpected_failures(&out).is_empty(),
        "{:?}",
        unexpected_failures(&out)
    );
    assert_eq!(r.exit_code, if failed(&out).is_empty() { 0 } else { 1 });
    let delivered = assert_delivered(&e, &out);
    assert!(delivered > 10, "{delivered}");
    for o in out.iter().filter(|o| o.outcome == "not_found") {
        assert_eq!(o.step.as_deref(), Some("push"));
        assert!(
            o.reason
                .as_deref()
                .unwrap_or("")
                .contains("MODEL_NOT_FOUND"),
            "{o:?}"
        );
    }
    let cursor = e
        .app
        .store
        .cursor(W1, "last_updated_at")
        .await
        .expect("store")
        .expect("cursor saved");
    assert!(cursor.as_str() > runtime::demo::FAKES_EPOCH);

    // The same cases again: updates only, still one intervention per person.
    let r2 = run_w1(&e, Some(runtime::demo::FAKES_EPOCH)).await;
    let out2 = e.outcomes(r2.run_id).await;
    assert_eq!(
        out2.iter().filter(|o| o.outcome == "created").count(),
        0,
        "{out2:?}"
    );
    assert_eq!(assert_delivered(&e, &out2), delivered);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_create_500_fails_that_case_holds_the_cursor_and_the_next_run_delivers_it() {
    // One attempt per call: the first intervention creation fails (a POST is never repeated
    // blindly; with more attempts the case would be looked up again, then created).
    let e = env_with(CASES, |c| {
        if let Some(ep) = c.endpoints.get_mut("moph") {
            ep.max_attempts = Some(1);
        }
    })
    .await;
    e.fakes
        .moph
        .faults()
        .fail_next("POST /api/interventions", 1, Fault::status(500));
    let r = run_w1(&e, None).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1));
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out.len() as u64, CASES);
    let bad = unexpected_failures(&out);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(
        bad[0].reason.as_deref().unwrap_or("").contains("500"),
        "{bad:?}"
    );
    let i = e.index_of(&bad[0].record).expect("known");
    assert!(e.services(i).is_empty());
    // The cursor does not move past an undelivered case: the next run sees it again.
    let held = e
        .app
        .store
        .cursor(W1, "last_updated_at")
        .await
        .expect("store");
    let bad_updated = e.fakes.data.case(i)["last_updated_at"]
        .as_str()
        .expect("date")
        .to_owned();
    assert!(
        held.as_deref().is_none_or(|c| c <= bad_updated.as_str()),
        "{held:?} > {bad_updated}"
    );
    let r2 = run_w1(&e, None).await;
    let out2 = e.outcomes(r2.run_id).await;
    let again = out2
        .iter()
        .find(|o| o.record == bad[0].record)
        .expect("fetched again");
    assert_eq!(again.outcome, "created");
    assert_eq!(e.services(i).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_token_expiry_mid_run_logs_in_again() {
    let e = env(CASES).await;
    let moph = &e.fakes.moph;
    // Every HIS token is revoked once while the run is under way (after a few lookups).
    moph.faults().set_latency(Duration::from_millis(20));
    let expire = async {
        for _ in 0..2000 {
            if moph.requests("GET /api/interventions/findOne") >= 3 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        moph.expire_tokens();
    };
    let (r, ()) = tokio::join!(run_w1(&e, None), expire);
    let out = e.outcomes(r.run_id).await;
    assert!(
        unexpected_failures(&out).is_empty(),
        "{:?}",
        unexpected_failures(&out)
    );
    assert!(
        moph.requests("POST /api/Users/login") >= 2,
        "logins: {}",
        moph.requests("POST /api/Users/login")
    );
    assert_delivered(&e, &out);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_429_with_retry_after_is_waited_out() {
    let e = env(CASES).await;
    e.fakes.primero.faults().fail_next(
        "GET /api/v2/cases",
        1,
        Fault::Status {
            status: 429,
            retry_after: Some(Duration::from_millis(200)),
        },
    );
    let r = run_w1(&e, None).await;
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out.len() as u64, CASES);
    assert!(unexpected_failures(&out).is_empty());
    assert_eq!(e.fakes.primero.status_count("GET /api/v2/cases", 429), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_a_hanging_call_times_out_and_fails_only_that_case() {
    let e = env_with(CASES, |c| {
        for ep in c.endpoints.values_mut() {
            ep.timeout_secs = Some(1);
            ep.max_attempts = Some(1);
        }
    })
    .await;
    e.fakes.moph.faults().fail_next(
        "GET /api/interventions/findOne",
        1,
        Fault::Hang(Duration::from_secs(5)),
    );
    let r = run_w1(&e, None).await;
    assert_eq!(r.exit_code, 1);
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out.len() as u64, CASES);
    let bad = unexpected_failures(&out);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(
        bad[0].reason.as_deref().unwrap_or("").contains("timed out"),
        "{bad:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_malformed_page_fails_the_run_and_keeps_the_cursor() {
    let e = env(CASES).await;
    e.fakes
        .primero
        .faults()
        .fail_next("GET /api/v2/cases", 2, Fault::MalformedJson);
    let r = run_w1(&e, None).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1));
    assert!(
        r.error.as_deref().unwrap_or("").contains("malformed"),
        "{r:?}"
    );
    assert!(e.outcomes(r.run_id).await.is_empty());
    assert_eq!(
        e.app
            .store
            .cursor(W1, "last_updated_at")
            .await
            .expect("store"),
        None
    );
    assert_eq!(e.fakes.moph.requests("POST /api/interventions"), 0);
    assert_eq!(e.fakes.moph.requests("PATCH /api/interventions/{id}"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_whole_run_timeout_exits_3() {
    let e = env(CASES).await;
    e.fakes
        .moph
        .faults()
        .set_latency(Duration::from_millis(300));
    let wf = e.app.workflow(W1).expect("w1");
    let engine = e.app.engine(wf).await.expect("engine");
    let req = RunRequest {
        initial_cursor: Some(runtime::demo::FAKES_EPOCH.into()),
        timeout: Some(Duration::from_millis(500)),
        ..RunRequest::default()
    };
    let r = engine.run(wf, req).await.expect("run");
    assert_eq!((r.status, r.exit_code), (RunStatus::TimedOut, 3));
    assert_eq!(
        e.app
            .store
            .cursor(W1, "last_updated_at")
            .await
            .expect("store"),
        None
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_killed_part_way_resumes_at_the_last_delivered_page_without_duplicates() {
    // Pages of 10 cases, HIS slow enough that the run is still under way after its first page.
    let e = env_with(CASES, |c| {
        if let Some(p) = c.endpoints.get_mut("primero") {
            p.per_page = Some(10);
        }
    })
    .await;
    e.fakes.moph.faults().set_latency(Duration::from_millis(15));
    let wf = e.app.workflow(W1).expect("w1");
    let engine = e.app.engine(wf).await.expect("engine");
    let kill = Arc::new(tokio::sync::Notify::new());
    let req = RunRequest {
        initial_cursor: Some(runtime::demo::FAKES_EPOCH.into()),
        cancel: Some(kill.clone()),
        ..RunRequest::default()
    };
    // Killed as soon as the cursor moved (a page was delivered).
    let store = e.app.store.clone();
    let watch = async {
        for _ in 0..20_000 {
            if store
                .cursor(W1, "last_updated_at")
                .await
                .expect("store")
                .is_some()
            {
                kill.notify_one();
                return;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    };
    let (r1, ()) = tokio::join!(engine.run(wf, req), watch);
    let r1 = r1.expect("run");
    assert_eq!(
        (r1.status, r1.exit_code),
        (RunStatus::Cancelled, 5),
        "{r1:?}"
    );
    let cursor = store
        .cursor(W1, "last_updated_at")
        .await
        .expect("store")
        .expect("cursor saved part-way");
    assert!(cursor.as_str() > runtime::demo::FAKES_EPOCH);
    assert_eq!(
        store
            .cursor_sync_start(W1, "last_updated_at")
            .await
            .expect("store")
            .as_deref(),
        Some(runtime::demo::FAKES_EPOCH),
        "the sync is not complete"
    );
    let updated = |i: u64| {
        e.fakes.data.case(i)["last_updated_at"]
            .as_str()
            .expect("date")
            .to_owned()
    };
    // Every case before the cursor ended in the killed run.
    let out1 = e.outcomes(r1.run_id).await;
    // Outcome keys are the case ids, as they are (the scrubber leaves UUIDs alone).
    let key = |i: u64| e.fakes.data.case_meta(i).id;
    for i in (0..CASES).filter(|&i| updated(i) < cursor) {
        assert!(out1.iter().any(|o| o.record == key(i)), "case {i} lost");
    }
    assert!(unexpected_failures(&out1).is_empty(), "{out1:?}");

    // The next run reads from the cursor only, and delivers the rest once.
    e.fakes.moph.faults().set_latency(Duration::ZERO);
    let r2 = run_w1(&e, None).await;
    assert_eq!(
        r2.status == RunStatus::Success,
        failed(&e.outcomes(r2.run_id).await).is_empty()
    );
    let out2 = e.outcomes(r2.run_id).await;
    assert!(unexpected_failures(&out2).is_empty(), "{out2:?}");
    assert!(
        (out2.len() as u64) < CASES,
        "read from the start: {}",
        out2.len()
    );
    for o in &out2 {
        let i = e.index_of(&o.record).expect("a known case");
        assert!(
            updated(i) >= cursor,
            "case {i} read again before the cursor"
        );
    }
    // Every case ended in one of the two runs; each delivered person has one intervention.
    for i in 0..CASES {
        assert!(
            out1.iter().chain(out2.iter()).any(|o| o.record == key(i)),
            "case {i} lost"
        );
    }
    let delivered = assert_delivered(&e, &out1) + assert_delivered(&e, &out2);
    assert!(delivered > 10, "{delivered}");
    let created: Vec<&str> = out1
        .iter()
        .chain(out2.iter())
        .filter(|o| o.outcome == "created")
        .map(|o| o.record.as_str())
        .collect();
    let mut unique = created.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), created.len(), "created twice: {created:?}");
    let d2 = e.detail(r2.run_id).await;
    assert!(
        d2.logs
            .iter()
            .any(|l| l.message.contains("resuming the sync")),
        "{:?}",
        d2.logs
    );
}
