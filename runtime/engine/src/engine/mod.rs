//! The workflow engine: one run = the workflow's steps over a trigger input, with a whole-run
//! timeout, cancellation, step attempts, scrubbed logs, per-record outcomes and the cursor.
//!
//! Status and exit code: `success` (0) when every record was created, updated, skipped or not
//! found; `failed` (1) when a record failed or a step failed with no handler; `timed_out` (3);
//! `cancelled` (5). `crashed` (2) and `lost` (4) are set by the caller and by [`Store::mark_lost`].

mod counters;
mod exec;
mod fanout;
pub mod observe;
pub mod ops;
mod partition;
mod personal;
mod record;
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
pub use observe::{KeepAlive, NoObserver, RunObserver};
pub use ops::{OpError, OpSig, OpValue, Operation, Ops, Page};
pub use personal::PersonalKeys;
pub use transforms::Transforms;

use crate::store::{
    Level, NewLogLine, NewOutcome, NewRun, Outcome, RunId, RunStatus, Scrubber, StepOutputRow,
    Store, StoreError,
};
use crate::workflow::{StepKind, Workflow};
use personal::personal_values;
use scope::{Scope, Shared};

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
    #[error(
        "cannot run again from step `{step}`: it reads the output of step `{needs}`, which {why}; run again from `{needs}` or an earlier step"
    )]
    NotResumable {
        step: String,
        needs: String,
        why: String,
    },
}

/// Everything a run needs besides the workflow.
pub struct Engine<S: Store> {
    pub store: Arc<S>,
    pub ops: Ops,
    pub transforms: Transforms,
    /// Knows every secret of the configured credentials.
    pub scrubber: Scrubber,
    pub default_timeout: Duration,
    /// Told what the engine stored (see [`RunObserver`]).
    pub observer: Arc<dyn RunObserver>,
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
    /// Start at this top-level step (retry). The steps before it are not run again: their
    /// outputs are those `retry_of` stored.
    pub from_step: Option<String>,
    /// Start from this cursor whatever the store holds (replays, the demo).
    pub cursor_override: Option<String>,
    /// A run stored `queued` and claimed by the caller (see [`crate::store::RunQueue`]): run it
    /// under this id, with `input` as loaded from its stored input, instead of storing the
    /// input and creating a run.
    pub run_id: Option<RunId>,
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
    pub counters: counters::RunCounters,
}

impl<S: Store> RunCx<S> {
    /// Stores record outcomes (one transaction) and tells the observer.
    pub(crate) async fn record_outcomes(&self, rows: Vec<NewOutcome>) -> Result<(), StoreError> {
        self.record_page(rows, Vec::new()).await
    }

    /// Stores a page's outcomes with its records' log lines (one transaction) and tells the
    /// observer.
    pub(crate) async fn record_page(
        &self,
        rows: Vec<NewOutcome>,
        logs: Vec<NewLogLine>,
    ) -> Result<(), StoreError> {
        let kinds: Vec<Outcome> = rows.iter().map(|r| r.outcome).collect();
        self.engine
            .store
            .record_page(self.run_id, rows, logs)
            .await?;
        self.engine.observer.outcomes(self.run_id, &kinds);
        Ok(())
    }

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
        let restored = match (&req.from_step, req.retry_of) {
            (Some(_), Some(of)) => self.restore(wf, of, start).await?,
            _ => Vec::new(),
        };
        // `cursor`: where this run reads from; `sync_start`: where the sync it continues began
        // (behind `cursor` when the last run stopped part-way).
        let (stored, stored_start) = match (&wf.cursor, &req.cursor_override) {
            (Some(_), Some(o)) => (Some(o.clone()), None),
            (Some(c), None) => (
                store.cursor(&wf.name, c).await?,
                store.cursor_sync_start(&wf.name, c).await?,
            ),
            (None, _) => (None, None),
        };
        let (cursor, sync_start) = match &wf.cursor {
            None => (Value::Null, Value::Null),
            Some(c) => match stored.or(req.initial_cursor.clone()) {
                Some(v) => {
                    let start = stored_start.unwrap_or_else(|| v.clone());
                    (Value::String(v), Value::String(start))
                }
                None => {
                    return Err(EngineError::NoCursor {
                        workflow: wf.name.clone(),
                        cursor: c.clone(),
                    });
                }
            },
        };
        // Only what the workflow reads is kept (and run on, so a retry sees the same input).
        let input = req.input.clone().unwrap_or_else(|| json!({}));
        let input = match &wf.input_paths {
            Some(paths) => crate::workflow::project_input(&input, paths),
            None => input,
        };
        let trigger = req
            .trigger
            .clone()
            .unwrap_or_else(|| wf.trigger.kind().to_owned());
        let run_id = match req.run_id {
            Some(queued) => queued,
            None => {
                let input_id = store.save_input(&wf.name, &input).await?;
                store
                    .create_run(NewRun {
                        workflow: &wf.name,
                        trigger: &trigger,
                        input_id: Some(input_id),
                        retry_of: req.retry_of,
                    })
                    .await?
            }
        };
        self.observer.run_created(run_id, &wf.name);
        let cx = Arc::new(RunCx {
            engine: self.clone(),
            wf: wf.clone(),
            run_id,
            any_failed: AtomicBool::new(false),
            counters: Default::default(),
        });
        cx.log(
            None,
            Level::Info,
            &format!("run {run_id} of `{}` started ({trigger})", wf.name),
        )
        .await;

        let mut used = Vec::new();
        wf.steps.steps.iter().for_each(|s| s.transforms(&mut used));
        used.sort_unstable();
        used.dedup();
        for why in used.iter().filter_map(|t| self.transforms.stale(t)) {
            cx.log(None, Level::Warn, why).await;
        }
        if sync_start != cursor {
            cx.log(
                None,
                Level::Info,
                &format!(
                    "resuming the sync that began at {} from {}",
                    sync_start.as_str().unwrap_or("?"),
                    cursor.as_str().unwrap_or("?")
                ),
            )
            .await;
        }
        let shared = Arc::new(Shared::new(
            input,
            cursor,
            sync_start,
            json!({"id": run_id, "started_at": crate::store::now()}),
        ));
        let timeout = req.timeout.or(wf.timeout).unwrap_or(self.default_timeout);
        let body = cx.clone().execute(shared, start, restored);
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
        if let Err(e) = store.add_counters(run_id, cx.counters.take()).await {
            tracing::warn!("cannot store the transform counters: {e}");
        }
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
        self.observer.run_finished(run_id, &wf.name, status);
        // Counted in the store: a run's outcomes are never all held in memory.
        let mut outcomes = BTreeMap::new();
        for (o, n) in store.outcome_counts(run_id).await? {
            if let Some(x) = Outcome::parse(&o) {
                outcomes.insert(x, n);
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

impl<S: Store> Engine<S> {
    /// The outputs `of` stored before its first attempt of top-level step `start`, checked to
    /// hold every earlier step's output that `start` and the steps after it read.
    async fn restore(
        &self,
        wf: &Workflow,
        of: RunId,
        start: usize,
    ) -> Result<Vec<StepOutputRow>, EngineError> {
        let rows = self.store.step_outputs(of).await?;
        let sid = &wf.steps.steps[start].id;
        let cut = rows
            .iter()
            .position(|r| r.step == *sid)
            .unwrap_or(rows.len());
        let rows = rows[..cut].to_vec();
        let rest = &wf.steps.steps[start..];
        for earlier in &wf.steps.steps[..start] {
            if !rest.iter().any(|s| s.reads_step(&earlier.id)) {
                continue;
            }
            let why = match rows.iter().rev().find(|r| r.step == earlier.id) {
                Some(r) if r.ok && r.value.is_some() => continue,
                Some(r) if r.ok => r.note.clone().unwrap_or_else(|| "was not kept".into()),
                Some(_) => format!("failed in run {of}"),
                None => format!("did not run in run {of}"),
            };
            return Err(EngineError::NotResumable {
                step: sid.clone(),
                needs: earlier.id.clone(),
                why: why.replace(
                    "a record stream (not kept)",
                    "is a record stream (not kept)",
                ),
            });
        }
        Ok(rows)
    }
}

impl<S: Store> RunCx<S> {
    /// Puts the restored outputs of a retried run's earlier steps in scope (and keeps them with
    /// this run too, so a retry of the retry can resume as well).
    async fn resume(&self, scope: &mut Scope, restored: Vec<StepOutputRow>) {
        if restored.is_empty() {
            return;
        }
        let mut names = Vec::new();
        for r in restored {
            let Some(v) = r.value else { continue };
            let row = self.engine.scrubber.step_output(&r.step, r.ok, &v);
            if let Err(e) = self.engine.store.save_step_output(self.run_id, row).await {
                tracing::warn!("cannot keep a restored output: {e}");
            }
            if r.ok {
                self.learn_names(scope, &v);
                scope.set_step(&r.step, v);
                names.push(r.step);
            } else {
                scope.set_error(v);
            }
        }
        self.log(
            None,
            Level::Info,
            &format!(
                "outputs of earlier steps taken from the retried run: {}",
                names.join(", ")
            ),
        )
        .await;
    }

    /// The workflow's own list. With a fan-out, the records carry the outcomes; without one the
    /// whole run is one record, named by the workflow's `key`.
    async fn execute(
        self: Arc<Self>,
        shared: Arc<Shared>,
        start: usize,
        restored: Vec<StepOutputRow>,
    ) -> RecordEnd {
        let mut scrub = self.engine.scrubber.clone();
        if !self.wf.personal_fields.is_empty() {
            scrub = scrub.with_names(personal_values(
                shared.get("input"),
                &self.wf.personal_fields,
            ));
        }
        let mut scope = Scope::new(&shared, None, scrub);
        self.resume(&mut scope, restored).await;
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
            if let Err(e) = self.record_outcomes(vec![row]).await {
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
