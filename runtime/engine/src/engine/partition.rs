//! Key-partitioned fan-out: records with the same `partition_by` key (Workflow 1: the child's
//! national id) go through their steps one after another, within a run, across concurrent runs
//! of the same workflow in this process, and across processes sharing a PostgreSQL store, so
//! two cases of one child never both see "no intervention" and both create one. Records with
//! different keys still run concurrently.
//!
//! Two layers, taken in this order and given back in the reverse one ([`hold`]):
//! - in the process, [`KeyedLocks`]: keyed by workflow and key, removed when nobody holds or
//!   waits for them. Records of one process wait here, never in the database;
//! - in the store, when other processes may share it ([`Store::key_locks_in_store`]:
//!   PostgreSQL): a row of `key_locks` held by the run (see [`crate::store::keys`]). A page's
//!   keys are taken together, in one statement, and given back together when the records
//!   holding them end ([`PageKeys`]); a record whose key a live run of another process holds
//!   goes after them, retrying its own key with a short backoff (10 ms doubling to 250 ms). A holder that died is recognised by its run's
//!   lease, so its keys are free once the lease expires. On SQLite this layer is skipped (it
//!   would cost two writes per record): the store cannot tell whether other processes share
//!   its file, and the README asks several processes on one SQLite data directory to keep a
//!   partitioned workflow at `max_concurrent = 1`.
//!
//! A record cancelled while it holds a key (the run timed out or was cancelled) gives the
//! store's row back from a task of its own, and a run that ends deletes whatever it still holds.

use std::time::Duration;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::{Mutex as AsyncMutex, OwnedMutexGuard};

use crate::store::{RunId, Store, StoreError};

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

/// The first and the longest wait between two tries to take a key another process holds.
const FIRST_WAIT: Duration = Duration::from_millis(10);
const LONGEST_WAIT: Duration = Duration::from_millis(250);

/// One key held for a record: in this process and, when the store is shared, in the store.
/// Give it back with [`HeldKey::release`]; dropped without that (a cancelled record), it gives
/// the store's row back from a task of its own.
pub(crate) struct HeldKey<S: Store> {
    local: Option<KeyGuard<'static>>,
    stored: Option<StoredKey<S>>,
}

struct StoredKey<S: Store> {
    store: Arc<S>,
    workflow: String,
    key: String,
    run: RunId,
}

impl<S: Store> StoredKey<S> {
    async fn give_back(self) {
        if let Err(e) = self
            .store
            .unlock_key(&self.workflow, &self.key, self.run)
            .await
        {
            // Not the key: it is personal data. The row goes when the run ends.
            tracing::warn!(
                "run {}: cannot give back a `partition_by` key of workflow `{}`: {e}",
                self.run,
                self.workflow
            );
        }
    }
}

/// Waits until `key` of `workflow` is free in this process and, when other processes share the
/// store, in the store, then holds it for `run`. While another process's run holds it, the
/// process's lock is let go between tries, so that a record of this process whose key its page
/// took ([`PageKeys`]) is not kept waiting behind one that waits for the store. An error is the
/// store's (the record cannot go on safely).
pub(crate) async fn hold<S: Store>(
    store: &Arc<S>,
    workflow: &str,
    key: &str,
    run: RunId,
) -> Result<HeldKey<S>, StoreError> {
    let mut wait = FIRST_WAIT;
    loop {
        let local = KeyedLocks::global().lock(workflow, key).await;
        if !store.key_locks_in_store() {
            return Ok(HeldKey {
                local: Some(local),
                stored: None,
            });
        }
        if store.try_lock_key(workflow, key, run).await? {
            return Ok(HeldKey {
                local: Some(local),
                stored: Some(StoredKey {
                    store: store.clone(),
                    workflow: workflow.to_owned(),
                    key: key.to_owned(),
                    run,
                }),
            });
        }
        drop(local);
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(LONGEST_WAIT);
    }
}

/// Holds `key` of `workflow` in this process only: its page took it in the store.
pub(crate) async fn hold_here<S: Store>(workflow: &str, key: &str) -> HeldKey<S> {
    HeldKey {
        local: Some(KeyedLocks::global().lock(workflow, key).await),
        stored: None,
    }
}

/// The keys a page's run took in the store together, before any of its records started: one
/// statement for the page instead of two per record. The page's records with these keys run
/// first, waiting only for each other ([`hold_here`]); then the keys are given back together,
/// and the records whose key another run held go on, each waiting for its own key ([`hold`])
/// while its run holds no other. So no run ever waits for a key while it holds one that
/// another run waits for: two runs with crossed keys cannot block each other for good.
pub(crate) struct PageKeys {
    /// The keys taken (all of them when the store holds no keys: then only the process's
    /// locks apply).
    taken: std::collections::HashSet<String>,
    /// Whether rows were written that [`PageKeys::give_back`] deletes.
    stored: bool,
}

impl PageKeys {
    pub(crate) async fn take<S: Store>(
        store: &Arc<S>,
        workflow: &str,
        keys: impl Iterator<Item = String>,
        run: RunId,
    ) -> PageKeys {
        let mut keys: Vec<String> = keys.collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() || !store.key_locks_in_store() {
            return PageKeys {
                taken: keys.into_iter().collect(),
                stored: false,
            };
        }
        match store.try_lock_keys(workflow, &keys, run).await {
            Ok(taken) => PageKeys {
                stored: !taken.is_empty(),
                taken: taken.into_iter().collect(),
            },
            Err(e) => {
                // Each record then takes its key itself (and fails if the store still errs).
                tracing::warn!(
                    "run {run}: cannot take a page's `partition_by` keys of workflow `{workflow}`: {e}"
                );
                PageKeys {
                    taken: Default::default(),
                    stored: false,
                }
            }
        }
    }

    pub(crate) fn holds(&self, key: &str) -> bool {
        self.taken.contains(key)
    }

    /// Gives back the page's keys; call it when the records holding them have ended.
    pub(crate) async fn give_back<S: Store>(self, store: &Arc<S>, workflow: &str, run: RunId) {
        if !self.stored {
            return;
        }
        if let Err(e) = store.unlock_keys_of(workflow, run).await {
            // Not the keys: they are personal data. The rows go when the run ends.
            tracing::warn!(
                "run {run}: cannot give back a page's `partition_by` keys of workflow `{workflow}`: {e}"
            );
        }
    }
}

impl<S: Store> HeldKey<S> {
    /// Gives the key back: the store's row first, then the process's lock.
    pub(crate) async fn release(mut self) {
        if let Some(k) = self.stored.take() {
            k.give_back().await;
        }
        self.local.take();
    }
}

impl<S: Store> Drop for HeldKey<S> {
    fn drop(&mut self) {
        let Some(k) = self.stored.take() else { return };
        // The process's lock is held until the row is gone, so that the next record of this
        // process does not find its own run's row taken.
        let local = self.local.take();
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move {
                k.give_back().await;
                drop(local);
            });
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
