use std::time::Duration;

use crate::store::testing::{manual_run, on_both};
use crate::store::{RunQueue, RunStatus, SqlStore, Store};

async fn rows(s: &SqlStore) -> i64 {
    s.qs("SELECT COUNT(*) FROM key_locks")
        .fetch_one(&s.pool)
        .await
        .expect("count key locks")
}

on_both!(
    async fn a_key_is_held_by_one_run_until_it_gives_it_back(db: &TestDb) {
        let s = db.open().await;
        let (a, b) = (manual_run(&s).await, manual_run(&s).await);
        assert!(s.try_lock_key("w", "1234567890123", a).await.unwrap());
        // Another live run waits; the holder itself may take it again (a failed release).
        assert!(!s.try_lock_key("w", "1234567890123", b).await.unwrap());
        assert!(s.try_lock_key("w", "1234567890123", a).await.unwrap());
        // Other keys and other workflows are free.
        assert!(s.try_lock_key("w", "9999999999999", b).await.unwrap());
        assert!(s.try_lock_key("v", "1234567890123", b).await.unwrap());
        // Giving back a key one does not hold changes nothing.
        s.unlock_key("w", "1234567890123", b).await.unwrap();
        assert!(!s.try_lock_key("w", "1234567890123", b).await.unwrap());
        s.unlock_key("w", "1234567890123", a).await.unwrap();
        assert!(s.try_lock_key("w", "1234567890123", b).await.unwrap());
        assert_eq!(rows(&s).await, 3);
        // The key itself is not stored (a national id is personal data).
        let plain: i64 = s
            .qs("SELECT COUNT(*) FROM key_locks WHERE key_hash LIKE '%1234567890123%'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(plain, 0);
        // A run that ends gives back what it holds.
        s.finish_run(b, RunStatus::Success, None).await.unwrap();
        assert_eq!(rows(&s).await, 0);
        assert!(s.key_locks_in_store() == db.is_postgres());
    }
);

on_both!(
    async fn a_dead_holders_key_is_taken_over(db: &TestDb) {
        let s = db.open().await;
        let (a, b, c) = (
            manual_run(&s).await,
            manual_run(&s).await,
            manual_run(&s).await,
        );
        assert!(s.try_lock_key("w", "k1", a).await.unwrap());
        assert!(s.try_lock_key("w", "k2", b).await.unwrap());
        // Run `a` ended without its rows being deleted (as by an older version).
        s.q("UPDATE runs SET status = 'failed' WHERE id = ?")
            .bind(a)
            .execute(&s.pool)
            .await
            .unwrap();
        assert!(s.try_lock_key("w", "k1", c).await.unwrap());
        // Run `b`'s lease expired (its process was killed): it is still `running`, but dead.
        assert!(!s.try_lock_key("w", "k2", c).await.unwrap());
        s.keep_alive(&[b], Duration::ZERO).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(s.try_lock_key("w", "k2", c).await.unwrap());
        // Now `c` holds both: a live `b` no longer gets them.
        s.keep_alive(&[b], Duration::from_secs(60)).await.unwrap();
        assert!(!s.try_lock_key("w", "k2", b).await.unwrap());
        assert_eq!(rows(&s).await, 2);
    }
);

on_both!(
    async fn a_lost_runs_keys_are_deleted(db: &TestDb) {
        let s = db.open().await;
        let (a, b) = (manual_run(&s).await, manual_run(&s).await);
        assert!(s.try_lock_key("w", "k1", a).await.unwrap());
        assert!(s.try_lock_key("w", "k2", b).await.unwrap());
        s.keep_alive(&[a], Duration::ZERO).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(s.expire_leases("this-process").await.unwrap(), 1);
        assert_eq!(
            rows(&s).await,
            1,
            "the lost run's key is deleted, the live one's kept"
        );
        s.keep_alive(&[b], Duration::ZERO).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(s.mark_lost().await.unwrap(), 1);
        assert_eq!(rows(&s).await, 0);
    }
);

on_both!(
    async fn of_many_takers_at_once_one_wins(db: &TestDb) {
        let s = std::sync::Arc::new(db.open().await);
        let mut runs = Vec::new();
        for _ in 0..8 {
            runs.push(manual_run(&s).await);
        }
        let mut tasks = Vec::new();
        for run in runs {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                s.try_lock_key("w", "contended", run).await.unwrap()
            }));
        }
        let mut won = 0;
        for t in tasks {
            won += usize::from(t.await.unwrap());
        }
        assert_eq!(won, 1);
    }
);

on_both!(
    async fn a_pages_keys_are_taken_in_one_go_except_those_a_live_run_holds(db: &TestDb) {
        let s = db.open().await;
        let (a, b) = (manual_run(&s).await, manual_run(&s).await);
        assert!(s.try_lock_key("w", "k2", b).await.unwrap());
        // 600 keys (more than one statement's worth), one of them twice, one held by `b`.
        let mut keys: Vec<String> = (0..600).map(|i| format!("k{i}")).collect();
        keys.push("k7".into());
        let mut taken = s.try_lock_keys("w", &keys, a).await.unwrap();
        taken.sort();
        taken.dedup();
        assert_eq!(taken.len(), 599, "every distinct key but k2");
        assert!(!taken.contains(&"k2".to_owned()));
        assert!(taken.contains(&"k599".to_owned()) && taken.contains(&"k7".to_owned()));
        assert!(!s.try_lock_key("w", "k7", b).await.unwrap());
        // Giving back the page's keys frees them all, and only `a`'s.
        s.unlock_keys_of("w", a).await.unwrap();
        assert_eq!(rows(&s).await, 1);
        assert!(s.try_lock_key("w", "k7", b).await.unwrap());
        assert!(!s.try_lock_key("w", "k2", a).await.unwrap());
        assert!(s.try_lock_keys("w", &[], a).await.unwrap().is_empty());
    }
);
