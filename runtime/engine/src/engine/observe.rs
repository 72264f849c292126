//! Watching runs: the engine tells a [`RunObserver`] what it stored (a run began or ended, a
//! step attempt began or ended, record outcomes), after the store accepted it. The server's
//! metrics, failure e-mails and "which run did my request start" listen here; the store stays
//! a store.

use std::collections::BTreeSet;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::Notify;

use crate::store::{Outcome, RUN_LEASE, RunId, RunStatus, Store};

/// Every method has an empty default, so an observer implements what it needs. Methods are
/// called on the engine's task and must not block.
pub trait RunObserver: Send + Sync + 'static {
    fn run_created(&self, _run: RunId, _workflow: &str) {}
    fn run_finished(&self, _run: RunId, _workflow: &str, _status: RunStatus) {}
    fn step_started(&self, _attempt: i64, _run: RunId, _step: &str) {}
    /// `error` is the scrubbed error of a failed attempt.
    fn step_finished(&self, _attempt: i64, _error: Option<&str>) {}
    fn outcomes(&self, _run: RunId, _outcomes: &[Outcome]) {}
}

/// Observes nothing (the CLI, tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoObserver;

impl RunObserver for NoObserver {}

/// The runs a process executes now, as it observes them start and end; woken when one starts.
/// The server's heartbeat renews their claimed leases from it, and [`KeepAlive::run_while`]
/// keeps the runs a process started outside the queue (`mapwright run`, `retry`) alive in the
/// store (see [`Store::keep_alive`]), so that another process opening the store tells a run in
/// progress from one whose process was killed (its lease expired: lost).
#[derive(Debug, Default)]
pub struct KeepAlive {
    active: Mutex<BTreeSet<RunId>>,
    started: Notify,
}

impl KeepAlive {
    /// The runs in progress.
    pub fn active(&self) -> Vec<RunId> {
        self.active
            .lock()
            .map(|a| a.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Waits until a run starts, or `every` at most.
    pub async fn beat(&self, every: Duration) {
        tokio::select! {
            () = self.started.notified() => {}
            () = tokio::time::sleep(every) => {}
        }
    }

    /// Awaits `work`, renewing the leases of the runs it starts meanwhile, as soon as one
    /// starts and every third of [`RUN_LEASE`].
    pub async fn run_while<S: Store, T>(&self, store: &S, work: impl Future<Output = T>) -> T {
        tokio::pin!(work);
        loop {
            tokio::select! {
                t = &mut work => return t,
                () = self.beat(RUN_LEASE / 3) => {}
            }
            let active = self.active();
            if active.is_empty() {
                continue;
            }
            if let Err(e) = store.keep_alive(&active, RUN_LEASE).await {
                tracing::warn!("cannot renew the lease of the run in progress: {e}");
            }
        }
    }
}

impl RunObserver for KeepAlive {
    fn run_created(&self, run: RunId, _workflow: &str) {
        if let Ok(mut a) = self.active.lock() {
            a.insert(run);
        }
        self.started.notify_one();
    }
    fn run_finished(&self, run: RunId, _workflow: &str, _status: RunStatus) {
        if let Ok(mut a) = self.active.lock() {
            a.remove(&run);
        }
    }
}
