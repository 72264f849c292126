//! `[retention]` while serving: a pass at start deletes runs past `runs_days`, keeps the others,
//! and the Workflows page says what is kept.

use std::time::Duration;

use runtime::store::{NewRun, RunStatus, SqliteStore, Store};

use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_prunes_old_runs_at_start_and_shows_the_policy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, recent) = {
        let store = SqliteStore::open(dir.path()).await.expect("store");
        let mut ids = Vec::new();
        for days in [40, 2] {
            let id = store
                .create_run(NewRun {
                    workflow: W1,
                    trigger: "cron",
                    input_id: None,
                    retry_of: None,
                })
                .await
                .expect("run");
            store
                .finish_run(id, RunStatus::Success, None)
                .await
                .expect("finish");
            let pool = sqlx::SqlitePool::connect(&format!(
                "sqlite://{}",
                dir.path().join("mapwright.db").display()
            ))
            .await
            .expect("pool");
            let at = (chrono::Utc::now() - chrono::Duration::days(days))
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            sqlx::query("UPDATE runs SET started_at = ? WHERE id = ?")
                .bind(at)
                .bind(id)
                .execute(&pool)
                .await
                .expect("backdate");
            pool.close().await;
            ids.push(id);
        }
        (ids[0], ids[1])
    };
    let s = serve_in(dir, runtime::secrets::MasterKey::random(), |c, _| {
        c.retention.runs_days = 30;
        c.retention.logs_days = 14;
    })
    .await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let mut gone = false;
    for _ in 0..100 {
        let runs: serde_json::Value = admin.get("/api/runs").await.json().await.expect("json");
        let ids: Vec<i64> = runs["runs"]
            .as_array()
            .expect("runs")
            .iter()
            .filter_map(|r| r["id"].as_i64())
            .collect();
        assert!(ids.contains(&recent), "the 2-day run is kept: {ids:?}");
        if !ids.contains(&old) {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(gone, "the 40-day run was pruned at start");
    let page = admin.get_text("/workflows").await;
    assert!(
        page.contains(
            "History kept: runs 30 days, log lines 14 days, step outputs and inputs 30 days"
        ),
        "{page}"
    );
    s.shutdown().await;
}
