//! Watching runs: the engine tells a [`RunObserver`] what it stored (a run began or ended, a
//! step attempt began or ended, record outcomes), after the store accepted it. The server's
//! metrics, failure e-mails and "which run did my request start" listen here; the store stays
//! a store.

use crate::store::{Outcome, RunId, RunStatus};

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
