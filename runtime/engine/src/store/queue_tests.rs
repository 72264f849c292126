use std::time::Duration;

use serde_json::json;

use super::*;
use crate::store::testing::on_both;
use crate::store::{NewRun, RunFilter};

const LEASE: Duration = Duration::from_secs(60);

async fn queue(s: &SqliteStore, wf: &str, key: Option<&str>, bound: Option<u64>) -> Enqueued {
    // A record id: the input has search terms (input_terms rows) like a real webhook's.
    let input = s
        .save_input(wf, &json!({"data": {"record_id": "case-1"}}))
        .await
        .unwrap();
    s.enqueue(NewQueued {
        workflow: wf,
        trigger: "webhook",
        input_id: Some(input),
        idempotency: key.map(|k| ("hook", k, later(Duration::from_secs(600)))),
        bound,
        ..NewQueued::default()
    })
    .await
    .unwrap()
}

fn id(e: Enqueued) -> RunId {
    match e {
        Enqueued::New(id) => id,
        other => panic!("not queued: {other:?}"),
    }
}

async fn status(s: &SqliteStore, run: RunId) -> String {
    s.run(run).await.unwrap().unwrap().run.status
}

on_both!(
    async fn claims_in_order_under_the_limit_and_per_workflow(db: &TestDb) {
        let s = db.open().await;
        let a = id(queue(&s, "w", None, None).await);
        let b = id(queue(&s, "w", None, None).await);
        let c = id(queue(&s, "w", None, None).await);
        let other = id(queue(&s, "v", None, None).await);
        assert_eq!(status(&s, a).await, "queued");
        assert_eq!(s.queued_count("w").await.unwrap(), 3);
        let first = s.claim_next("w", "p1", LEASE, 2).await.unwrap().unwrap();
        assert_eq!((first.id, first.attempts), (a, 1));
        assert_eq!(first.trigger, "webhook");
        assert!(first.input_id.is_some());
        let second = s.claim_next("w", "p2", LEASE, 2).await.unwrap().unwrap();
        assert_eq!(second.id, b);
        // Two runs of `w` hold a live lease: at a limit of 2 nothing more is claimed.
        assert_eq!(s.claim_next("w", "p1", LEASE, 2).await.unwrap(), None);
        // Another workflow has its own limit.
        assert_eq!(
            s.claim_next("v", "p1", LEASE, 1).await.unwrap().unwrap().id,
            other
        );
        s.finish_run(a, RunStatus::Success, None).await.unwrap();
        assert_eq!(
            s.claim_next("w", "p1", LEASE, 2).await.unwrap().unwrap().id,
            c
        );
        assert_eq!(s.claim_next("w", "p1", LEASE, 9).await.unwrap(), None);
        assert_eq!(status(&s, c).await, "running");
    }
);

on_both!(
    async fn the_bound_refuses_and_forgets_the_refused_input(db: &TestDb) {
        let s = db.open().await;
        id(queue(&s, "w", None, Some(2)).await);
        id(queue(&s, "w", None, Some(2)).await);
        assert_eq!(
            queue(&s, "w", None, Some(2)).await,
            Enqueued::Full { queued: 2 }
        );
        let inputs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM trigger_inputs")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(inputs, 2, "the refused request's input is not kept");
        let terms: i64 = s
            .qs("SELECT COUNT(*) FROM input_terms")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(terms, 2, "nor its search terms");
        // Also an input with search terms (which reference it).
        let searchable = s
            .save_input(
                "w",
                &json!({"data": {"record_id": "case-1234", "national_id_no": "1234567890123"}}),
            )
            .await
            .unwrap();
        let refused = s
            .enqueue(NewQueued {
                workflow: "w",
                trigger: "webhook",
                input_id: Some(searchable),
                bound: Some(2),
                ..NewQueued::default()
            })
            .await
            .unwrap();
        assert_eq!(refused, Enqueued::Full { queued: 2 });
        assert_eq!(s.input(searchable).await.unwrap(), None);
        // Claimed runs no longer count against the bound.
        s.claim_next("w", "p", LEASE, 4).await.unwrap().unwrap();
        id(queue(&s, "w", None, Some(2)).await);
    }
);

on_both!(
    async fn an_idempotency_key_gives_the_same_run_within_its_window(db: &TestDb) {
        let s = db.open().await;
        let first = id(queue(&s, "w", Some("k1"), None).await);
        assert_eq!(
            queue(&s, "w", Some("k1"), None).await,
            Enqueued::Duplicate(first)
        );
        assert_eq!(s.idempotent_run("hook", "k1").await.unwrap(), Some(first));
        assert_eq!(s.idempotent_run("other", "k1").await.unwrap(), None);
        assert_ne!(id(queue(&s, "w", Some("k2"), None).await), first);
        assert_eq!(s.runs(&RunFilter::default()).await.unwrap().len(), 2);
        // Past its window a key is forgotten.
        sqlx::query("UPDATE idempotency_keys SET expires_at = '2000-01-01T00:00:00.000Z'")
            .execute(&s.pool)
            .await
            .unwrap();
        assert_eq!(s.idempotent_run("hook", "k1").await.unwrap(), None);
        assert_eq!(s.forget_expired_keys().await.unwrap(), 2);
        assert!(matches!(
            queue(&s, "w", Some("k1"), None).await,
            Enqueued::New(_)
        ));
    }
);

on_both!(
    async fn expired_leases_become_lost_then_are_requeued_or_resumed_once(db: &TestDb) {
        let s = db.open().await;
        let a = id(queue(&s, "w", None, None).await);
        let b = id(queue(&s, "w", None, None).await);
        let mine = id(queue(&s, "w", None, None).await);
        for _ in 0..2 {
            s.claim_next("w", "dead", Duration::ZERO, 9).await.unwrap();
        }
        s.claim_next("w", "me", Duration::ZERO, 9).await.unwrap();
        let att = s.start_step(a, "fetch").await.unwrap();
        s.finish_step(att, true, None).await.unwrap();
        s.start_step(a, "push").await.unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
        // This process's own runs are never expired by its own recovery.
        assert_eq!(s.expire_leases("me").await.unwrap(), 2);
        assert_eq!(status(&s, mine).await, "running");
        let lost = s.lost_runs(10).await.unwrap();
        assert_eq!(lost.iter().map(|l| l.id).collect::<Vec<_>>(), vec![a, b]);
        assert_eq!(lost[0].steps, vec!["push".to_owned(), "fetch".to_owned()]);
        assert_eq!(lost[0].attempts, 1);

        // Re-queued under its id, once.
        assert!(s.requeue(a).await.unwrap());
        assert!(!s.requeue(a).await.unwrap());
        assert_eq!(status(&s, a).await, "queued");
        let again = s.claim_next("w", "me", LEASE, 9).await.unwrap().unwrap();
        assert_eq!((again.id, again.attempts), (a, 2));

        // Resumed as a new run that says so.
        let r = id(s
            .enqueue(NewQueued {
                workflow: "w",
                trigger: "retry",
                input_id: lost[1].input_id,
                retry_of: Some(b),
                from_step: Some("push"),
                recovering: Some(b),
                ..NewQueued::default()
            })
            .await
            .unwrap());
        assert!(s.lost_runs(10).await.unwrap().is_empty());
        // A second process recovering the same lost run (it read it before the first did) is
        // told it was resumed already: no second run.
        let twice = s
            .enqueue(NewQueued {
                workflow: "w",
                trigger: "retry",
                retry_of: Some(b),
                recovering: Some(b),
                ..NewQueued::default()
            })
            .await
            .unwrap();
        assert_eq!(twice, Enqueued::Duplicate(b));
        assert_eq!(s.queued_count("w").await.unwrap(), 1);
        let c = s.claim_next("w", "me", LEASE, 9).await.unwrap().unwrap();
        assert_eq!(
            (c.id, c.retry_of, c.from_step.as_deref()),
            (r, Some(b), Some("push"))
        );
    }
);

/// A run started outside the queue (`mapwright run`, Run now).
async fn manual_run(s: &SqliteStore) -> RunId {
    let run = NewRun {
        workflow: "w",
        trigger: "manual",
        input_id: None,
        retry_of: None,
    };
    s.create_run(run).await.unwrap()
}

on_both!(
    async fn leases_are_renewed_and_taken_for_runs_started_outside_the_queue(db: &TestDb) {
        let s = db.open().await;
        let run = manual_run(&s).await;
        assert_eq!(
            s.renew_leases("me", &[run], Duration::ZERO).await.unwrap(),
            1
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(s.expire_leases("other").await.unwrap(), 1);
        assert_eq!(s.lost_runs(10).await.unwrap()[0].id, run);
        // A lost run's lease is not renewed, and at start only runs without a live lease are lost.
        assert_eq!(s.renew_leases("me", &[run], LEASE).await.unwrap(), 0);
        let live = manual_run(&s).await;
        s.renew_leases("me", &[live], LEASE).await.unwrap();
        assert_eq!(s.mark_lost().await.unwrap(), 0);
        assert_eq!(status(&s, live).await, "running");
    }
);
