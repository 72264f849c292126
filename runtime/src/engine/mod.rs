//! The workflow engine: one run = the workflow's steps over a trigger input, with a whole-run
//! timeout, cancellation, step attempts, scrubbed logs, per-record outcomes and the cursor.
//!
//! Status and exit code: `success` (0) when every record was created, updated, skipped or not
//! found; `failed` (1) when a record failed or a step failed with no handler; `timed_out` (3);
//! `cancelled` (5). `crashed` (2) and `lost` (4) are set by the caller and by [`Store::mark_lost`].

mod exec;
mod fanout;
pub mod ops;
mod scope;
#[cfg(test)]
mod tests;
pub mod transforms;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::Notify;

pub use exec::RecordEnd;
pub use ops::{OpError, OpSig, OpValue, Operation, Ops};
pub use transforms::Transforms;

use crate::store::{
    Level, NewOutcome, NewRun, Outcome, RunId, RunStatus, Scrubber, Store, StoreError,
};
use crate::workflow::{StepKind, Workflow};
use scope::{Scope, Shared, personal_values};

/// Default whole-run timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3600);

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "workflow `{workflow}` has no cursor `{cursor}` yet: set `initial_cursor` under [workflows.{workflow}] in mapwright.toml"
    )]
    NoCursor { workflow: String, cursor: String },
    #[error("run {0} does not exist")]
    NoSuchRun(RunId),
    #[error("run {run} has no stored input")]
    NoInput { run: RunId },
    #[error("workflow `{workflow}` has no top-level step `{step}`")]
    NoSuchStep { workflow: String, step: String },
}

/// Everything a run needs besides the workflow.
pub struct Engine<S: Store> {
    pub store: Arc<S>,
    pub ops: Ops,
    pub transforms: Transforms,
    /// Knows every secret of the configured credentials.
    pub scrubber: Scrubber,
    pub default_timeout: Duration,
}

/// Why and with what a run starts.
#[derive(Debug, Default)]
pub struct RunRequest {
    /// `cron`, `webhook`, `manual`, `retry`; default: the workflow's trigger kind.
    pub trigger: Option<String>,
    pub input: Option<Value>,
    pub retry_of: Option<RunId>,
    /// The cursor to start from when the store has none (from the config).
    pub initial_cursor: Option<String>,
    pub timeout: Option<Duration>,
    /// Notified to cancel the run (Ctrl-C).
    pub cancel: Option<Arc<Notify>>,
    /// Start at this top-level step (retry). Outputs of the steps before it are not available.
    pub from_step: Option<String>,
    /// Start from this cursor whatever the store holds (replays, the demo).
    pub cursor_override: Option<String>,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunReport {
    pub run_id: RunId,
    pub workflow: String,
    pub status: RunStatus,
    pub exit_code: u8,
    pub outcomes: BTreeMap<Outcome, u64>,
    pub error: Option<String>,
}

pub(crate) struct RunCx<S: Store> {
    pub engine: Arc<Engine<S>>,
    pub wf: Workflow,
    pub run_id: RunId,
    pub any_failed: AtomicBool,
}

impl<S: Store> RunCx<S> {
    pub(crate) async fn log(&self, step: Option<&str>, level: Level, msg: &str) {
        let m = self.engine.scrubber.scrub(msg);
        if let Err(e) = self.engine.store.log(self.run_id, step, level, m).await {
            tracing::warn!("cannot write a log line: {e}");
        }
    }
}

fn has_fanout(wf: &Workflow) -> bool {
    wf.steps
        .steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::ForEach { .. }))
}

impl<S: Store> Engine<S> {
    /// Runs `wf` once and records everything. Errors are only those that prevent a run from
    /// starting (store unavailable, no cursor); anything after that is in the report.
    pub async fn run(
        self: &Arc<Self>,
        wf: &Workflow,
        req: RunRequest,
    ) -> Result<RunReport, EngineError> {
        let store = &self.store;
        store
            .register_workflow(&wf.name, &wf.file, wf.trigger.kind())
            .await?;
        let start = match &req.from_step {
            None => 0,
            Some(s) => wf
                .steps
                .index_of(s)
                .ok_or_else(|| EngineError::NoSuchStep {
                    workflow: wf.name.clone(),
                    step: s.clone(),
                })?,
        };
        let stored = match (&wf.cursor, &req.cursor_override) {
            (Some(_), Some(o)) => Some(o.clone()),
            (Some(c), None) => store.cursor(&wf.name, c).await?,
            (None, _) => None,
        };
        let cursor = match &wf.cursor {
            None => Value::Null,
            Some(c) => match stored.or(req.initial_cursor.clone()) {
                Some(v) => Value::String(v),
                None => {
                    return Err(EngineError::NoCursor {
                        workflow: wf.name.clone(),
                        cursor: c.clone(),
                    });
                }
            },
        };
        let input = req.input.clone().unwrap_or_else(|| json!({}));
        let input_id = store.save_input(&wf.name, &input).await?;
        let trigger = req
            .trigger
            .clone()
            .unwrap_or_else(|| wf.trigger.kind().to_owned());
        let run_id = store
            .create_run(NewRun {
                workflow: &wf.name,
                trigger: &trigger,
                input_id: Some(input_id),
                retry_of: req.retry_of,
            })
            .await?;
        let cx = Arc::new(RunCx {
            engine: self.clone(),
            wf: wf.clone(),
            run_id,
            any_failed: AtomicBool::new(false),
        });
        cx.log(
            None,
            Level::Info,
            &format!("run {run_id} of `{}` started ({trigger})", wf.name),
        )
        .await;

        let shared = Arc::new(Shared {
            input,
            cursor,
            run: json!({"id": run_id, "started_at": crate::store::now()}),
            outer: Default::default(),
        });
        let timeout = req.timeout.or(wf.timeout).unwrap_or(self.default_timeout);
        let body = cx.clone().execute(shared, start);
        let cancel = req.cancel.clone();
        let cancelled = async move {
            match cancel {
                Some(n) => n.notified().await,
                None => std::future::pending().await,
            }
        };
        let result = tokio::select! {
            r = tokio::time::timeout(timeout, body) => r.map_err(|_| RunStatus::TimedOut),
            () = cancelled => Err(RunStatus::Cancelled),
        };
        let (status, error) = match result {
            Ok(end) => {
                let failed =
                    cx.any_failed.load(Ordering::Relaxed) || end.outcome == Outcome::Failed;
                let err = if end.outcome == Outcome::Failed {
                    end.reason.clone()
                } else {
                    None
                };
                (
                    if failed {
                        RunStatus::Failed
                    } else {
                        RunStatus::Success
                    },
                    err,
                )
            }
            Err(RunStatus::TimedOut) => (
                RunStatus::TimedOut,
                Some(format!(
                    "the run did not finish within {}s",
                    timeout.as_secs()
                )),
            ),
            Err(s) => (s, Some("the run was cancelled".to_owned())),
        };
        let error = error.map(|e| self.scrubber.scrub(&e));
        cx.log(
            None,
            if status == RunStatus::Success {
                Level::Info
            } else {
                Level::Error
            },
            &format!("run {run_id} ended: {}", status.as_str()),
        )
        .await;
        store.finish_run(run_id, status, error.clone()).await?;
        let detail = store.run(run_id).await?;
        let mut outcomes = BTreeMap::new();
        for o in detail.iter().flat_map(|d| d.outcomes.iter()) {
            if let Some(x) = Outcome::parse(&o.outcome) {
                *outcomes.entry(x).or_default() += 1;
            }
        }
        Ok(RunReport {
            run_id,
            workflow: wf.name.clone(),
            status,
            exit_code: status.exit_code(),
            outcomes,
            error: error.map(|e| e.into_string()),
        })
    }

    /// Runs `run_id`'s workflow again with the same input (a new run, `retry_of` set).
    pub async fn retry(
        self: &Arc<Self>,
        wf: &Workflow,
        run_id: RunId,
        mut req: RunRequest,
    ) -> Result<RunReport, EngineError> {
        let d = self
            .store
            .run(run_id)
            .await?
            .ok_or(EngineError::NoSuchRun(run_id))?;
        let input = match d.run.input_id {
            Some(id) => self
                .store
                .input(id)
                .await?
                .ok_or(EngineError::NoInput { run: run_id })?,
            None => return Err(EngineError::NoInput { run: run_id }),
        };
        req.input = Some(input);
        req.retry_of = Some(run_id);
        req.trigger = Some("retry".into());
        self.run(wf, req).await
    }
}

impl<S: Store> RunCx<S> {
    /// The workflow's own list. With a fan-out, the records carry the outcomes; without one the
    /// whole run is one record, named by the workflow's `key`.
    async fn execute(self: Arc<Self>, shared: Arc<Shared>, start: usize) -> RecordEnd {
        let mut scrub = self.engine.scrubber.clone();
        if !self.wf.personal_fields.is_empty() {
            scrub = scrub.with_names(personal_values(&shared.input, &self.wf.personal_fields));
        }
        let mut scope = Scope::new(shared, None, scrub);
        let end = self.pipeline(&self.wf.steps, &mut scope, true, start).await;
        if !has_fanout(&self.wf) {
            let key = match &self.wf.key {
                Some(k) => match exec::eval(k, &scope) {
                    Ok(Value::String(s)) => s,
                    Ok(Value::Number(n)) => n.to_string(),
                    _ => "input (no key)".to_owned(),
                },
                None => "input".to_owned(),
            };
            let row = NewOutcome {
                record: scope.scrub.scrub(&key).into_string(),
                outcome: end.outcome,
                step: end.step.clone(),
                reason: end.reason.as_deref().map(|r| scope.scrub.scrub(r)),
            };
            if let Err(e) = self
                .engine
                .store
                .record_outcomes(self.run_id, vec![row])
                .await
            {
                tracing::error!("cannot store the record outcome: {e}");
                self.any_failed.store(true, Ordering::Relaxed);
            }
            if end.outcome == Outcome::Failed {
                let msg = format!(
                    "failed at `{}`: {}",
                    end.step.as_deref().unwrap_or("?"),
                    end.reason.as_deref().unwrap_or("")
                );
                let m = scope.scrub.scrub(&msg);
                let _ = self
                    .engine
                    .store
                    .log(self.run_id, end.step.as_deref(), Level::Error, m)
                    .await;
            }
        }
        // The reason may name the person (learnt during the run): scrub with the run's scope.
        RecordEnd {
            reason: end.reason.map(|r| scope.scrub.scrub(&r).into_string()),
            ..end
        }
    }
}
