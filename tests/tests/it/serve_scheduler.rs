//! The scheduler: a cron fire missed while the server was down runs once on start (not once
//! per missed tick), claimed in the store; a wrong master key stops the start.

use std::time::Duration;

use runtime::secrets::MasterKey;
use runtime::store::SqliteStore;

use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missed_fires_run_once_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::random();
    // The last fire of W1 (every 5 minutes) was two hours ago: 24 ticks were missed.
    let two_hours_ago = chrono::Utc::now() - chrono::Duration::hours(2);
    {
        let db = SqliteStore::open(dir.path()).await.unwrap();
        db.check_key(&key).await.unwrap();
        let stamp = two_hours_ago.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert!(db.claim_fire(W1, &stamp).await.unwrap());
    }
    let started = chrono::Utc::now();
    let s = serve_in(dir, key, |_, settings| settings.scheduler = true).await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let mut cron_runs = Vec::new();
    // Up to 30 s: on a loaded 2-core CI machine the first run can take several seconds to start.
    for _ in 0..300 {
        let v: serde_json::Value = admin
            .get(&format!("/api/runs?workflow={W1}"))
            .await
            .json()
            .await
            .unwrap();
        cron_runs = v["runs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["trigger"] == "cron")
            .cloned()
            .collect();
        if !cron_runs.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!cron_runs.is_empty(), "the missed fire ran");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let v: serde_json::Value = admin
        .get(&format!("/api/runs?workflow={W1}"))
        .await
        .json()
        .await
        .unwrap();
    let n = v["runs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["trigger"] == "cron")
        .count();
    // A natural 5-minute tick may fall inside the test; never one run per missed tick.
    let ticks_during = (chrono::Utc::now().timestamp() / 300 - started.timestamp() / 300) as usize;
    assert!(n >= 1 && n <= 1 + ticks_during, "{n} cron runs");
    // The workflows page shows the next fire in Bangkok time.
    assert!(
        admin.get_text("/workflows").await.contains("+07"),
        "next fire in the workflow's zone"
    );
    let dir = s.shutdown().await;
    let dir_path = dir.path().to_path_buf();

    // Another key over the same data directory is refused with a clear error.
    let store = SqliteStore::open(&dir_path).await.unwrap();
    let err = store
        .check_key(&MasterKey::random())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("master key does not match"), "{err}");
}
