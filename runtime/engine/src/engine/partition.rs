//! Key-partitioned fan-out: records with the same `partition_by` key (Workflow 1: the child's
//! national id) go through their steps one after another, within a run and across concurrent
//! runs of the same workflow in this process, so two cases of one child never both see "no
//! intervention" and both create one. Records with different keys still run concurrently.
//!
//! The locks are process-wide, keyed by workflow and key, and removed when nobody holds or
//! waits for them. Serialising across processes (two servers over one database) needs a lock
//! the database holds: that comes with the PostgreSQL store (advisory locks).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::{Mutex as AsyncMutex, OwnedMutexGuard};

type Slot = Arc<AsyncMutex<()>>;

#[derive(Default)]
pub(crate) struct KeyedLocks {
    slots: Mutex<HashMap<String, Slot>>,
}

/// Holds one key until dropped.
pub(crate) struct KeyGuard<'a> {
    locks: &'a KeyedLocks,
    name: String,
    slot: Slot,
    guard: Option<OwnedMutexGuard<()>>,
}

impl KeyedLocks {
    /// The process's locks.
    pub(crate) fn global() -> &'static KeyedLocks {
        static LOCKS: OnceLock<KeyedLocks> = OnceLock::new();
        LOCKS.get_or_init(KeyedLocks::default)
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, HashMap<String, Slot>> {
        // The map stays consistent whatever panicked while it was held.
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until nobody else holds `key` of `workflow`, then holds it.
    pub(crate) async fn lock(&self, workflow: &str, key: &str) -> KeyGuard<'_> {
        let name = format!("{workflow}\u{0}{key}");
        let slot = self.slots().entry(name.clone()).or_default().clone();
        let guard = slot.clone().lock_owned().await;
        KeyGuard {
            locks: self,
            name,
            slot,
            guard: Some(guard),
        }
    }

    /// Keys held or waited for (for tests).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots().len()
    }
}

impl Drop for KeyGuard<'_> {
    fn drop(&mut self) {
        self.guard.take();
        let mut slots = self.locks.slots();
        // Ours and the map's: nobody else holds or waits for it (they would hold a clone,
        // taken under this same map lock).
        if Arc::strong_count(&self.slot) == 2 {
            slots.remove(&self.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_key_at_a_time_other_keys_alongside_and_nothing_left_behind() {
        let locks = Arc::new(KeyedLocks::default());
        let inside = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for i in 0..24 {
            let (locks, inside, most) = (locks.clone(), inside.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                let key = if i % 2 == 0 { "a" } else { "b" };
                let _g = locks.lock("wf", key).await;
                if key == "a" {
                    let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(2)).await;
                    inside.fetch_sub(1, Ordering::SeqCst);
                }
            }));
        }
        for t in tasks {
            t.await.expect("task");
        }
        assert_eq!(
            most.load(Ordering::SeqCst),
            1,
            "key `a` was held twice at once"
        );
        assert_eq!(locks.len(), 0);
        // Different workflows do not share a key.
        let g1 = locks.lock("w1", "k").await;
        let g2 = tokio::time::timeout(Duration::from_secs(1), locks.lock("w2", "k")).await;
        assert!(g2.is_ok());
        drop(g2);
        drop(g1);
        assert_eq!(locks.len(), 0);
    }
}
