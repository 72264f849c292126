//! Workflow 1 end to end with the store on PostgreSQL (issue 12 item 3): `[store] url` names a
//! schema of its own in the test database; the run delivers every case into the fake Child
//! Shield once, its history, outcomes and cursor are read back from PostgreSQL (no SQLite file
//! is written), and a rerun creates no duplicate. Skipped with a printed line when PostgreSQL
//! is unreachable, except under `CI=true`.

use runtime::engine::RunRequest;
use runtime::store::{Dialect, RunFilter, Store};

use crate::e2e_support::*;
use crate::scratch_postgres::with_scratch_schema;

const CASES: u64 = 40;

/// Workflow 1 from the stored cursor (the fakes' epoch on the first run), or `from` it.
async fn run_w1(e: &Env, from: Option<&str>) -> runtime::engine::RunReport {
    let wf = e.app.workflow(W1).expect("w1");
    let engine = e.app.engine(wf).await.expect("engine");
    let req = RunRequest {
        cursor_override: from.map(str::to_owned),
        initial_cursor: Some(runtime::demo::FAKES_EPOCH.into()),
        ..RunRequest::default()
    };
    engine.run(wf, req).await.expect("run starts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w1_on_postgres_delivers_every_case_once_and_keeps_its_history_there() {
    with_scratch_schema(|url| async move {
        let e = env_with(CASES, |c| c.store.url = Some(url)).await;
        assert_eq!(e.app.store.dialect(), Dialect::Postgres);
        let r = run_w1(&e, None).await;
        let out = e.outcomes(r.run_id).await;
        assert_eq!(out.len() as u64, CASES, "one outcome per case");
        assert!(unexpected_failures(&out).is_empty(), "{out:?}");
        assert_eq!(r.exit_code, if failed(&out).is_empty() { 0 } else { 1 });
        let delivered: Vec<u64> = out
            .iter()
            .filter(|o| o.outcome == "created" || o.outcome == "updated")
            .map(|o| e.index_of(&o.record).expect("a known case"))
            .collect();
        assert!(delivered.len() > 10, "{delivered:?}");
        for &i in &delivered {
            assert_eq!(e.services(i).len(), 1, "case {i}");
        }
        let creates = e.fakes.moph.requests("POST /api/interventions");
        let cursor = e
            .app
            .store
            .cursor(W1, "last_updated_at")
            .await
            .expect("cursor");
        assert!(cursor.is_some(), "the cursor is stored");

        // A rerun from the same start finds every intervention: nothing new is created.
        let again = run_w1(&e, Some(runtime::demo::FAKES_EPOCH)).await;
        assert_eq!(e.outcomes(again.run_id).await.len() as u64, CASES);
        assert_eq!(
            e.fakes.moph.requests("POST /api/interventions"),
            creates,
            "the rerun created nothing"
        );
        for &i in &delivered {
            assert_eq!(e.services(i).len(), 1, "case {i} after the rerun");
        }
        let runs = e.app.store.runs(&RunFilter::default()).await.expect("runs");
        assert_eq!(runs.len(), 2);
        assert!(
            !e.app
                .config
                .data_dir()
                .expect("data dir")
                .join("mapwright.db")
                .exists(),
            "no SQLite store was written"
        );
    })
    .await;
}
