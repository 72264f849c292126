//! Page latency of the activity history with many runs in the store, as a ratio to an empty
//! store, and webhook-to-run-start latency. Prints the figures; asserts only generous bounds
//! (keyset pagination must keep a full store within a small factor of an empty one).
//! `MAPWRIGHT_LATENCY_RUNS=100000` reproduces the report's figures (default 20,000).

use std::time::{Duration, Instant};

use crate::serve_support::*;

fn runs_wanted() -> i64 {
    std::env::var("MAPWRIGHT_LATENCY_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000)
}

/// Inserts `n` finished runs (a tenth failed, with one outcome each) in one transaction.
async fn seed(dir: &std::path::Path, n: i64) {
    let url = format!("sqlite://{}", dir.join("mapwright.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.expect("open store");
    let mut tx = pool.begin().await.unwrap();
    sqlx::query(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?)
         INSERT INTO runs (workflow, trigger, status, exit_code, started_at, finished_at, error)
         SELECT CASE WHEN x % 2 = 0 THEN 'thailand_w1_primero_to_childshield' ELSE 'thailand_w2_his_to_primero' END,
                'cron', CASE WHEN x % 10 = 0 THEN 'failed' ELSE 'success' END, CASE WHEN x % 10 = 0 THEN 1 ELSE 0 END,
                strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (x * 5) || ' minutes'),
                strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (x * 5 + 1) || ' minutes'),
                CASE WHEN x % 10 = 0 THEN 'HTTP 500' END
         FROM c",
    )
    .bind(n)
    .execute(&mut *tx)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO record_outcomes (run_id, record, outcome, at) SELECT id, 'case-' || id, CASE WHEN status = 'failed' THEN 'failed' ELSE 'updated' END, started_at FROM runs",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    pool.close().await;
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn measure(s: &Session, path: &str, n: usize) -> (Duration, Duration) {
    let mut t = Vec::with_capacity(n);
    for _ in 0..n {
        let t0 = Instant::now();
        let r = s.get(path).await;
        assert_eq!(r.status(), 200);
        let _ = r.bytes().await.unwrap();
        t.push(t0.elapsed());
    }
    t.sort();
    (percentile(&t, 0.5), percentile(&t, 0.99))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_latency_full_vs_empty_and_webhook_start() {
    let empty = serve().await;
    let a = login(&empty.base, "admin", &empty.admin_password).await;
    let (e50, e99) = measure(&a, "/runs", 100).await;

    // Webhook to run start (the 202 carries the id of the created run).
    let (_, body) = empty.found_case(0);
    let mut hook = Vec::new();
    for _ in 0..30 {
        let t0 = Instant::now();
        let r = empty.hook(&body).await;
        assert_eq!(r.status(), 202);
        hook.push(t0.elapsed());
        let id = r.json::<serde_json::Value>().await.unwrap()["run_id"]
            .as_i64()
            .unwrap();
        a.wait_run(id).await;
    }
    hook.sort();
    empty.shutdown().await;

    let n = runs_wanted();
    let full = serve().await;
    seed(full.dir.path(), n).await;
    let a = login(&full.base, "admin", &full.admin_password).await;
    let (f50, f99) = measure(&a, "/runs", 100).await;
    let (s50, s99) = measure(&a, "/runs?status=failed", 50).await;
    let (w50, w99) = measure(&a, &format!("/runs?workflow={W2}&before={}", n / 2), 50).await;
    let (q50, q99) = measure(&a, &format!("/runs?q=case-{}", n / 3), 20).await;
    println!("history page, empty store: median {e50:?} p99 {e99:?}");
    println!(
        "history page, {n} runs: median {f50:?} p99 {f99:?} (ratio {:.2} / {:.2})",
        ratio(f50, e50),
        ratio(f99, e99)
    );
    println!(
        "  status=failed: median {s50:?} p99 {s99:?}; workflow + page in the middle: median {w50:?} p99 {w99:?}"
    );
    println!("  record search: median {q50:?} p99 {q99:?}");
    println!(
        "webhook -> run created (202): median {:?} p99 {:?}",
        percentile(&hook, 0.5),
        percentile(&hook, 0.99)
    );
    assert!(
        ratio(f50, e50) < 10.0,
        "first page of a full store within 10x of an empty one"
    );
    full.shutdown().await;
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-6)
}
