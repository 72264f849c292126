//! A [`Store`] that forwards to the SQLite store and watches what the engine writes: it feeds
//! the metrics, tells the notifier about runs that end badly, and tells whoever started a run
//! its id the moment it exists (a webhook answers 202 with the run id before the run ends).
//! Nothing in the engine had to change for this.

use std::sync::{Arc, Mutex};

use tokio::sync::{mpsc, oneshot};

use super::metrics::Metrics;
use crate::store::{
    CounterRow, Level, NewOutcome, NewRun, NewStepOutput, RunDetail, RunFilter, RunId, RunStatus,
    RunSummary, Scrubbed, SqliteStore, StepOutputRow, Store, StoreError,
};

/// Where a starter waits for its run id (or why the run could not start).
pub type StartSlot = Arc<Mutex<Option<oneshot::Sender<Result<RunId, String>>>>>;

tokio::task_local! {
    /// Set around one engine run by [`super::runner`]; the first `create_run` in the task fills it.
    pub static STARTED: StartSlot;
}

pub struct HookStore {
    pub inner: Arc<SqliteStore>,
    pub metrics: Arc<Metrics>,
    /// Runs that ended with a status other than success (for failure e-mails).
    pub failed: mpsc::UnboundedSender<RunId>,
}

impl Store for HookStore {
    async fn register_workflow(
        &self,
        name: &str,
        file: &str,
        trigger: &str,
    ) -> Result<(), StoreError> {
        self.inner.register_workflow(name, file, trigger).await
    }
    async fn save_input(
        &self,
        workflow: &str,
        body: &serde_json::Value,
    ) -> Result<i64, StoreError> {
        self.inner.save_input(workflow, body).await
    }
    async fn input(&self, id: i64) -> Result<Option<serde_json::Value>, StoreError> {
        self.inner.input(id).await
    }
    async fn create_run(&self, run: NewRun<'_>) -> Result<RunId, StoreError> {
        let workflow = run.workflow.to_owned();
        let id = self.inner.create_run(run).await?;
        self.metrics.run_created(id, &workflow);
        let slot = STARTED.try_with(Arc::clone).ok();
        if let Some(tx) = slot.and_then(|s| s.lock().ok().and_then(|mut g| g.take())) {
            let _ = tx.send(Ok(id));
        }
        Ok(id)
    }
    async fn finish_run(
        &self,
        id: RunId,
        status: RunStatus,
        error: Option<Scrubbed>,
    ) -> Result<(), StoreError> {
        self.inner.finish_run(id, status, error).await?;
        self.metrics.run_finished(id);
        if !matches!(status, RunStatus::Success | RunStatus::Running) {
            let _ = self.failed.send(id);
        }
        Ok(())
    }
    async fn start_step(&self, run: RunId, step: &str) -> Result<i64, StoreError> {
        let a = self.inner.start_step(run, step).await?;
        self.metrics.step_started(a, run, step);
        Ok(a)
    }
    async fn finish_step(
        &self,
        attempt: i64,
        ok: bool,
        error: Option<Scrubbed>,
    ) -> Result<(), StoreError> {
        self.metrics.step_finished(
            attempt,
            if ok {
                None
            } else {
                error.as_ref().map(Scrubbed::as_str)
            },
        );
        self.inner.finish_step(attempt, ok, error).await
    }
    async fn log(
        &self,
        run: RunId,
        step: Option<&str>,
        level: Level,
        message: Scrubbed,
    ) -> Result<(), StoreError> {
        self.inner.log(run, step, level, message).await
    }
    async fn record_outcomes(&self, run: RunId, rows: Vec<NewOutcome>) -> Result<(), StoreError> {
        let kinds: Vec<&'static str> = rows.iter().map(|r| r.outcome.as_str()).collect();
        self.inner.record_outcomes(run, rows).await?;
        self.metrics.outcomes(run, kinds.into_iter());
        Ok(())
    }
    async fn outcome_counts(
        &self,
        run: RunId,
    ) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        self.inner.outcome_counts(run).await
    }
    async fn add_counters(&self, run: RunId, rows: Vec<CounterRow>) -> Result<(), StoreError> {
        self.inner.add_counters(run, rows).await
    }
    async fn save_step_output(&self, run: RunId, o: NewStepOutput) -> Result<(), StoreError> {
        self.inner.save_step_output(run, o).await
    }
    async fn step_outputs(&self, run: RunId) -> Result<Vec<StepOutputRow>, StoreError> {
        self.inner.step_outputs(run).await
    }
    async fn cursor(&self, workflow: &str, name: &str) -> Result<Option<String>, StoreError> {
        self.inner.cursor(workflow, name).await
    }
    async fn cursor_sync_start(
        &self,
        workflow: &str,
        name: &str,
    ) -> Result<Option<String>, StoreError> {
        self.inner.cursor_sync_start(workflow, name).await
    }
    async fn set_cursor_progress(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        sync_start: &str,
        run: RunId,
    ) -> Result<(), StoreError> {
        self.inner
            .set_cursor_progress(workflow, name, value, sync_start, run)
            .await
    }
    async fn set_cursor(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        run: RunId,
    ) -> Result<(), StoreError> {
        self.inner.set_cursor(workflow, name, value, run).await
    }
    async fn runs(&self, filter: &RunFilter) -> Result<Vec<RunSummary>, StoreError> {
        self.inner.runs(filter).await
    }
    async fn run(&self, id: RunId) -> Result<Option<RunDetail>, StoreError> {
        self.inner.run(id).await
    }
    async fn mark_lost(&self) -> Result<u64, StoreError> {
        self.inner.mark_lost().await
    }
}
