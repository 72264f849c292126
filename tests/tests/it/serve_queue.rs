//! Webhooks over real HTTP into the durable queue: the timestamped signature and its window, the
//! legacy body-only signature only where allowed, replays answered with the same run id, unknown
//! paths answered as unauthorised ones, and the queue's bound (429 with `Retry-After`).

use std::time::Duration;

use runtime::server::signature::sign;
use runtime::settings::WebhookAuth;
use serde_json::{Value, json};

use crate::serve_support::*;

const KEY: &str = "hmac-key-for-tests-456";

fn hmac_hook(legacy: bool) -> WebhookAuth {
    WebhookAuth {
        mode: "hmac".into(),
        header: None,
        secret: KEY.into(),
        legacy_signature: legacy,
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Posts `body` to `path` with the given signature header and extra headers.
async fn post(
    s: &Served,
    path: &str,
    sig: &str,
    body: &[u8],
    extra: &[(&str, &str)],
) -> (u16, String) {
    let mut rq = client()
        .post(format!("{}/hooks/{path}", s.base))
        .header("content-type", "application/json")
        .header("X-Mapwright-Signature", sig)
        .body(body.to_vec());
    for (k, v) in extra {
        rq = rq.header(*k, *v);
    }
    let r = rq.send().await.expect("webhook request");
    (r.status().as_u16(), r.text().await.expect("body"))
}

fn run_id(text: &str) -> i64 {
    serde_json::from_str::<Value>(text).expect("json")["run_id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no run id in {text}"))
}

/// The W2 runs on the first page of the API's list.
async fn w2_list(admin: &Session) -> Vec<Value> {
    let v: Value = admin
        .get(&format!("/api/runs?workflow={W2}"))
        .await
        .json()
        .await
        .unwrap();
    v["runs"].as_array().cloned().unwrap_or_default()
}

async fn w2_runs(s: &Served) -> usize {
    w2_list(&login(&s.base, "admin", &s.admin_password).await)
        .await
        .len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timestamped_signatures_replays_and_unknown_paths() {
    let s = serve_with(|_, st| {
        st.webhooks.insert(HOOK.into(), hmac_hook(false));
    })
    .await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let (_, body) = s.found_case(0);
    let raw = serde_json::to_vec(&body).unwrap();

    // A fresh signature: accepted, 202 with the run id, and the run succeeds.
    let sig = sign(KEY, now(), &raw);
    let (st, text) = post(&s, HOOK, &sig, &raw, &[]).await;
    assert_eq!(st, 202, "{text}");
    let first = run_id(&text);
    assert_eq!(admin.wait_run(first).await["run"]["status"], "success");

    // The same signed request again (a replay), and again 30 s "later" with a fresh signature
    // of the same body: the same run id, 200, and no second run.
    let (st, text) = post(&s, HOOK, &sig, &raw, &[]).await;
    assert_eq!((st, run_id(&text)), (200, first), "{text}");
    let (st, text) = post(&s, HOOK, &sign(KEY, now() + 30, &raw), &raw, &[]).await;
    assert_eq!((st, run_id(&text)), (200, first), "{text}");
    assert_eq!(w2_runs(&s).await, 1);

    // An explicit Idempotency-Key names the delivery whatever the body.
    let (_, other) = s.found_case(5);
    let other = serde_json::to_vec(&other).unwrap();
    let keyed = [("Idempotency-Key", "primero-delivery-1")];
    let (st, text) = post(&s, HOOK, &sign(KEY, now(), &raw), &raw, &keyed).await;
    assert_eq!(st, 202, "{text}");
    let second = run_id(&text);
    assert_ne!(second, first);
    let (st, text) = post(&s, HOOK, &sign(KEY, now(), &other), &other, &keyed).await;
    assert_eq!((st, run_id(&text)), (200, second));
    admin.wait_run(second).await;
    assert_eq!(w2_runs(&s).await, 2);

    // Outside the 5-minute window, a wrong key, the legacy body-only form, no signature, an
    // unknown path: all answered alike, and none starts a run.
    let (st_unknown, unknown) =
        post(&s, "no-such-hook", &sign(KEY, now(), &other), &other, &[]).await;
    assert_eq!(st_unknown, 401);
    let legacy = {
        use hmac::{Hmac, Mac};
        let mut m = Hmac::<sha2::Sha256>::new_from_slice(KEY.as_bytes()).unwrap();
        m.update(&other);
        format!("sha256={}", runtime::auth::hex(&m.finalize().into_bytes()))
    };
    for sig in [
        sign(KEY, now() - 301, &other),
        sign(KEY, now() + 400, &other),
        sign("wrong-key", now(), &other),
        legacy.clone(),
        String::new(),
    ] {
        let (st, text) = post(&s, HOOK, &sig, &other, &[]).await;
        assert_eq!(
            (st, text.as_str()),
            (401, unknown.as_str()),
            "signature {sig:?}"
        );
    }
    assert_eq!(w2_runs(&s).await, 2);
    s.shutdown().await;

    // With `legacy_signature = true` the body-only form is accepted (and still deduplicated).
    let s = serve_with(|_, st| {
        st.webhooks.insert(HOOK.into(), hmac_hook(true));
    })
    .await;
    let (st, text) = post(&s, HOOK, &legacy, &other, &[]).await;
    assert_eq!(st, 202, "{text}");
    let id = run_id(&text);
    let (st, text) = post(&s, HOOK, &legacy, &other, &[]).await;
    assert_eq!((st, run_id(&text)), (200, id));
    s.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_bound_webhooks_answer_429_and_queued_runs_render() {
    let s = serve_with(|_, st| {
        st.workflows.insert(
            W2.into(),
            runtime::settings::WorkflowLimits {
                max_concurrent: Some(1),
                max_queued: Some(3),
            },
        );
        st.queue.retry_after_secs = 7;
    })
    .await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    s.fakes
        .moph
        .faults()
        .set_latency(Duration::from_millis(1500));
    let (_, body) = s.found_case(0);
    let (mut accepted, mut refused) = (Vec::new(), 0);
    for _ in 0..8 {
        let r = s.hook(&body).await;
        match r.status().as_u16() {
            202 => accepted.push(r.json::<Value>().await.unwrap()["run_id"].as_i64().unwrap()),
            429 => {
                assert_eq!(r.headers()["retry-after"], "7");
                refused += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    // One running (after its claim) and three queued at most: the rest refused.
    assert!((3..=4).contains(&accepted.len()), "{accepted:?}");
    assert_eq!(accepted.len() + refused, 8);
    assert_eq!(
        w2_runs(&s).await,
        accepted.len(),
        "a refused webhook creates no run"
    );

    // The activity page lists queued runs with their status, and offers it as a filter.
    let page = admin.get_text("/runs?status=queued").await;
    assert!(page.contains("badge queued"), "{page}");
    assert!(page.contains("<option value=\"queued\""), "{page}");
    let last = *accepted.last().unwrap();
    assert_eq!(admin.run_json(last).await["run"]["status"], "queued");

    s.fakes.moph.faults().set_latency(Duration::ZERO);
    for id in &accepted {
        assert_eq!(admin.wait_run(*id).await["run"]["status"], "success");
    }
    // Once drained, the queue takes webhooks again.
    assert_eq!(s.hook(&body).await.status(), 202);
    let _ = json!({});
    s.shutdown().await;
}

/// Runs a worker that is gone left behind: a webhook run (claimed, never finished) and a manual
/// run stopped at `upsert` after `person` and `map` kept their outputs. Once their leases expire,
/// the webhook run is queued again under its id and the manual run is resumed from `upsert` as a
/// new run; both succeed, and each is recovered once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lost_runs_are_requeued_or_resumed_by_policy() {
    use runtime::store::{NewQueued, RunQueue, Scrubber, Store};
    let s = serve_with(|_, st| st.queue.lease_secs = 1).await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let store = s.running.state.store.clone();
    let (_, body) = s.found_case(0);

    // A worker of another process claims the webhook run, with a lease already over. A claim
    // loop of this server may win the race instead: then it simply runs.
    let input = store.save_input(W2, &body).await.unwrap();
    let queued = NewQueued {
        workflow: W2,
        trigger: "webhook",
        input_id: Some(input),
        ..NewQueued::default()
    };
    let hooked = match store.enqueue(queued).await.unwrap() {
        runtime::store::Enqueued::New(id) => id,
        other => panic!("{other:?}"),
    };
    let gone = store
        .claim_next(W2, "gone", Duration::ZERO, 9)
        .await
        .unwrap();
    let first = wait_finished(&admin, hooked).await;
    assert_eq!(first["run"]["status"], "success", "{first}");
    if gone.is_some() {
        assert!(first.to_string().contains("queued again"), "{first}");
    }

    // A manual run of the gone worker: `person` and `map` done (their outputs kept), `upsert`
    // attempted.
    let manual = {
        let input = store.save_input(W2, &body).await.unwrap();
        let run = store
            .create_run(runtime::store::NewRun {
                workflow: W2,
                trigger: "manual",
                input_id: Some(input),
                retry_of: None,
            })
            .await
            .unwrap();
        store
            .renew_leases("gone", &[run], Duration::ZERO)
            .await
            .unwrap();
        run
    };
    for (step, value) in [
        ("person", done_output(&s, hooked, "person").await),
        ("map", done_output(&s, hooked, "map").await),
    ] {
        let a = store.start_step(manual, step).await.unwrap();
        store.finish_step(a, true, None).await.unwrap();
        let row = Scrubber::new(Vec::<String>::new()).step_output(step, true, &value);
        store.save_step_output(manual, row).await.unwrap();
    }
    store.start_step(manual, "upsert").await.unwrap();

    // Recovery (every half second here) finds it lost and resumes it from `upsert`.
    let resumed = wait_for(|| async {
        w2_list(&admin)
            .await
            .iter()
            .find(|r| r["retry_of"] == manual)
            .and_then(|r| r["id"].as_i64())
    })
    .await;
    let d = wait_finished(&admin, resumed).await;
    assert_eq!(d["run"]["status"], "success", "{d}");
    assert_eq!(d["run"]["trigger"], "retry");
    let steps: Vec<&str> = d["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["step"].as_str())
        .collect();
    assert_eq!(
        steps.first(),
        Some(&"upsert"),
        "resumed at upsert: {steps:?}"
    );
    let lost = admin.run_json(manual).await;
    assert_eq!(lost["run"]["status"], "lost");
    assert!(
        lost.to_string()
            .contains(&format!("resumed as run {resumed}")),
        "{lost}"
    );
    // Once: no second resumption of the same lost run.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let retries = w2_list(&admin)
        .await
        .iter()
        .filter(|r| r["retry_of"] == manual)
        .count();
    assert_eq!(retries, 1);
    s.shutdown().await;
}

async fn done_output(s: &Served, run: i64, step: &str) -> Value {
    use runtime::store::Store;
    let rows = s.running.state.store.step_outputs(run).await.unwrap();
    rows.into_iter()
        .find(|r| r.step == step && r.ok)
        .and_then(|r| r.value)
        .unwrap_or_else(|| panic!("run {run} kept no output of `{step}`"))
}

async fn wait_for<F, Fut>(probe: F) -> i64
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Option<i64>>,
{
    for _ in 0..100 {
        if let Some(v) = probe().await {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("not seen in 10 s");
}

/// Waits until run `id` succeeded or failed (`lost` is passed through on the way to `queued`).
async fn wait_finished(admin: &Session, id: i64) -> Value {
    for _ in 0..300 {
        let v = admin.run_json(id).await;
        if v["run"]["status"] == "success" || v["run"]["status"] == "failed" {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("run {id} did not finish");
}
