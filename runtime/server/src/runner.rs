//! Starting runs (Run now, Run again, webhooks, cron): every trigger stores a `queued` run in
//! the durable queue and answers with its id; the workers of [`crate::workers`] (in this
//! process, `serve --workers N`, or in `mapwright worker` processes sharing the store) claim
//! and execute it. Engines are built per run (by [`App::engine_observed`], the one engine
//! builder) so a rotated credential is used by the next run. The scheduler and the handlers
//! hold a [`Runner`], not the server's state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::{Notify, Semaphore, mpsc, watch};

use crate::app::{App, AppError};
use crate::engine::{KeepAlive, RunObserver};
use crate::metrics::Metrics;
use crate::settings::{QueueSettings, ServeSettings};
use crate::store::{Enqueued, NewQueued, Outcome, RunId, RunQueue, RunStatus, Store};
use crate::workflow::{Trigger, Workflow};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no workflow named `{0}`")]
    UnknownWorkflow(String),
    #[error("workflow `{0}` is disabled")]
    Disabled(String),
    #[error("the run could not start: {0}")]
    NotStarted(String),
    /// The workflow is held by a set-up problem (a credential or endpoint missing).
    #[error("{0}")]
    Held(String),
    /// The engine could not be built (config, stored credentials, store).
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// What a start request led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    /// Queued under this id (or, for a repeated idempotency key, the run it started).
    Run(RunId),
    /// Accepted without a run id yet (kept for callers; the queue always has the id).
    Queued,
    /// A cron fire found a run of the workflow still waiting in the queue and was skipped.
    Busy,
}

/// How a run is asked for.
#[derive(Debug, Default)]
pub struct Start {
    /// `manual`, `webhook`, `cron`; a retry is `retry` whatever this says.
    pub trigger: String,
    pub input: Option<Value>,
    pub retry_of: Option<RunId>,
    pub from_step: Option<String>,
    /// Skip (rather than queue) when a run of the workflow is queued already (cron).
    pub skip_if_busy: bool,
    /// Run even when the workflow is disabled (Run now, Run again).
    pub even_if_disabled: bool,
}

/// Per-workflow semaphores, their sizes and the queue bounds.
#[derive(Debug, Default)]
pub struct Limits {
    map: HashMap<String, Arc<Semaphore>>,
    pub(crate) sizes: HashMap<String, usize>,
    bounds: HashMap<String, u64>,
}

impl Limits {
    pub fn new(workflows: &[Workflow], settings: &ServeSettings) -> Limits {
        let sizes: HashMap<String, usize> = workflows
            .iter()
            .map(|w| {
                let default = if matches!(w.trigger, Trigger::Cron { .. }) {
                    1
                } else {
                    4
                };
                let n = settings
                    .workflows
                    .get(&w.name)
                    .and_then(|l| l.max_concurrent)
                    .unwrap_or(default)
                    .max(1);
                (w.name.clone(), n)
            })
            .collect();
        let map = sizes
            .iter()
            .map(|(w, n)| (w.clone(), Arc::new(Semaphore::new(*n))))
            .collect();
        let bounds = workflows
            .iter()
            .map(|w| {
                let b = settings.workflows.get(&w.name).and_then(|l| l.max_queued);
                (w.name.clone(), b.unwrap_or(settings.queue.max_queued))
            })
            .collect();
        Limits { map, sizes, bounds }
    }

    pub(crate) fn semaphore(&self, workflow: &str) -> Arc<Semaphore> {
        self.map
            .get(workflow)
            .cloned()
            .unwrap_or_else(|| Arc::new(Semaphore::new(1)))
    }

    pub fn running(&self, workflow: &str, limit: usize) -> usize {
        self.map
            .get(workflow)
            .map_or(0, |s| limit.saturating_sub(s.available_permits()))
    }
}

/// What the server watches in runs: the metrics, failure e-mails (runs that end other than
/// successfully go to the notifier), the id a starter waits for and the runs in progress (whose
/// leases the heartbeat renews).
pub struct Events {
    pub metrics: Arc<Metrics>,
    pub failed: mpsc::UnboundedSender<RunId>,
    /// Runs this process executes now (woken when one starts, so its lease is taken at once).
    pub(crate) alive: KeepAlive,
}

impl Events {
    pub fn new(metrics: Arc<Metrics>, failed: mpsc::UnboundedSender<RunId>) -> Events {
        Events {
            metrics,
            failed,
            alive: KeepAlive::default(),
        }
    }
}

impl RunObserver for Events {
    fn run_created(&self, run: RunId, workflow: &str) {
        self.alive.run_created(run, workflow);
        self.metrics.run_created(run, workflow);
    }
    fn run_finished(&self, run: RunId, workflow: &str, status: RunStatus) {
        self.alive.run_finished(run, workflow, status);
        self.metrics.run_finished(run);
        if !matches!(status, RunStatus::Success | RunStatus::Running) {
            let _ = self.failed.send(run);
        }
    }
    fn step_started(&self, attempt: i64, run: RunId, step: &str) {
        self.metrics.step_started(attempt, run, step);
    }
    fn step_finished(&self, attempt: i64, error: Option<&str>) {
        self.metrics.step_finished(attempt, error);
    }
    fn outcomes(&self, run: RunId, outcomes: &[Outcome]) {
        self.metrics
            .outcomes(run, outcomes.iter().map(|o| o.as_str()));
    }
}

/// Starts runs: the loaded app, the concurrency limits, the observer of every run and the
/// durable queue's settings.
pub struct Runner {
    pub app: Arc<App>,
    pub(crate) limits: Limits,
    pub(crate) events: Arc<Events>,
    pub(crate) queue: QueueSettings,
    /// This process as a queue worker (in `claimed_by`).
    pub worker: String,
    /// Per workflow: woken when a run of it is queued.
    wake: HashMap<String, Arc<Notify>>,
    /// Set to stop claiming queued runs (the server stopped).
    pub(crate) stop: watch::Sender<bool>,
    /// Runs executed at once by this process, all workflows together (`serve --workers N`,
    /// `worker --concurrency N`); `None`: this process claims nothing (web only).
    pub(crate) slots: Option<Arc<Semaphore>>,
    /// The runs this process claimed and executes, with what cancels each.
    pub(crate) inflight: Mutex<HashMap<RunId, Arc<Notify>>>,
    /// Held (read) by a claim loop from its claim until the run is in `inflight`; taken
    /// (write) by [`Runner::drain`], so no claim is half done when it looks.
    pub(crate) claiming: tokio::sync::RwLock<()>,
}

/// How long an idempotency key is remembered: twice the signature window, so a request signed
/// with a clock up to the window ahead is still recognised when replayed at its end.
pub const IDEMPOTENCY_WINDOW: Duration = Duration::from_secs(600);

impl Runner {
    /// `workers`: runs this process executes at once (0: it claims none).
    pub fn new(
        app: Arc<App>,
        limits: Limits,
        events: Events,
        queue: QueueSettings,
        workers: usize,
    ) -> Runner {
        let wake = app
            .workflows
            .workflows
            .iter()
            .map(|w| (w.name.clone(), Arc::new(Notify::new())))
            .collect();
        Runner {
            app,
            limits,
            events: Arc::new(events),
            queue,
            worker: format!("pid{}-{:08x}", std::process::id(), rand::random::<u32>()),
            wake,
            stop: watch::channel(false).0,
            slots: (workers > 0).then(|| Arc::new(Semaphore::new(workers))),
            inflight: Mutex::default(),
            claiming: tokio::sync::RwLock::new(()),
        }
    }

    /// Whether this process claims queued runs.
    pub fn claims(&self) -> bool {
        self.slots.is_some()
    }

    /// The runs this process claimed and still executes.
    pub fn inflight(&self) -> Vec<RunId> {
        self.inflight
            .lock()
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default()
    }

    /// Stops claiming, waits up to `grace` for the runs in progress to finish, then cancels
    /// the others (they end `cancelled`, exit 5, and are queued again by their workflow's
    /// `on_lost`) and waits for them to be recorded. Returns the runs it had to cancel.
    pub async fn drain(&self, grace: Duration) -> Vec<RunId> {
        self.stop_claiming();
        drop(self.claiming.write().await);
        let idle = |until: Instant| async move {
            while !self.inflight().is_empty() && Instant::now() < until {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        };
        idle(Instant::now() + grace).await;
        let left: Vec<(RunId, Arc<Notify>)> = self
            .inflight
            .lock()
            .map(|m| m.iter().map(|(id, n)| (*id, n.clone())).collect())
            .unwrap_or_default();
        if left.is_empty() {
            return Vec::new();
        }
        tracing::warn!(
            "{} run(s) still in progress after the {}s grace period: cancelling them",
            left.len(),
            grace.as_secs()
        );
        for (_, n) in &left {
            n.notify_one();
        }
        // Cancelling is prompt (the engine drops the run's work at once); the bound is for a
        // store that does not answer.
        idle(Instant::now() + Duration::from_secs(30)).await;
        let stuck = self.inflight();
        if !stuck.is_empty() {
            tracing::error!(
                "runs {stuck:?} did not record their end; their lease expires and another worker recovers them"
            );
        }
        left.into_iter().map(|(id, _)| id).collect()
    }

    /// Wakes the worker of `workflow` (a run of it was queued).
    pub(crate) fn wake(&self, workflow: &str) -> Option<Arc<Notify>> {
        let n = self.wake.get(workflow)?;
        n.notify_one();
        Some(n.clone())
    }

    /// Stops claiming queued runs (runs in progress go on).
    pub fn stop_claiming(&self) {
        self.stop.send_replace(true);
    }

    /// Stores `input` and a `queued` run of `workflow` for it, unless its idempotency `key` was
    /// seen within [`IDEMPOTENCY_WINDOW`] (the run it started) or the workflow's queue is at its
    /// bound. Returns once the run is stored: a worker runs it.
    pub async fn enqueue(
        &self,
        workflow: &str,
        trigger: &str,
        input: &Value,
        key: Option<&str>,
    ) -> Result<Enqueued, StartError> {
        if !self
            .app
            .workflows
            .workflows
            .iter()
            .any(|w| w.name == workflow)
        {
            return Err(StartError::UnknownWorkflow(workflow.to_owned()));
        }
        let store = &self.app.store;
        if !store.enabled(workflow).await? {
            return Err(StartError::Disabled(workflow.to_owned()));
        }
        let scope = format!("{trigger}:{workflow}");
        // Checked before the input is written (the store checks again, atomically).
        if let Some(k) = key
            && let Some(id) = store.idempotent_run(&scope, k).await?
        {
            return Ok(Enqueued::Duplicate(id));
        }
        let bound = self.limits.bounds.get(workflow).copied();
        let queued = store.queued_count(workflow).await?;
        if let Some(b) = bound
            && queued >= b
        {
            return Ok(Enqueued::Full { queued });
        }
        let input_id = store.save_input(workflow, input).await?;
        let expires = (chrono::Utc::now()
            + chrono::Duration::from_std(IDEMPOTENCY_WINDOW).unwrap_or_default())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let done = store
            .enqueue(NewQueued {
                workflow,
                trigger,
                input_id: Some(input_id),
                idempotency: key.map(|k| (scope.as_str(), k, expires)),
                bound,
                ..NewQueued::default()
            })
            .await?;
        if matches!(done, Enqueued::New(_)) {
            self.wake(workflow);
        }
        Ok(done)
    }

    /// Runs in progress of `workflow` under a limit of `limit`.
    pub fn running(&self, workflow: &str, limit: usize) -> usize {
        self.limits.running(workflow, limit)
    }

    /// Starts a run of `workflow`; returns once the run exists (or is queued, or was skipped).
    pub async fn start(&self, workflow: &str, s: Start) -> Result<Started, StartError> {
        start(self, workflow, s).await
    }
}

async fn start(runner: &Runner, workflow: &str, s: Start) -> Result<Started, StartError> {
    let wf = runner
        .app
        .workflows
        .get(workflow)
        .ok_or_else(|| StartError::UnknownWorkflow(workflow.to_owned()))?;
    let store = &runner.app.store;
    if !s.even_if_disabled && !store.enabled(workflow).await? {
        return Err(StartError::Disabled(workflow.to_owned()));
    }
    if let Some(step) = &s.from_step
        && wf.steps.index_of(step).is_none()
    {
        return Err(StartError::NotStarted(format!(
            "workflow `{workflow}` has no top-level step `{step}`"
        )));
    }
    let (trigger, input_id) = match s.retry_of {
        Some(of) => {
            let d = store
                .run(of)
                .await?
                .ok_or_else(|| StartError::NotStarted(format!("no run {of}")))?;
            let input = d
                .run
                .input_id
                .ok_or_else(|| StartError::NotStarted(format!("run {of} has no stored input")))?;
            ("retry", input)
        }
        None => {
            let input = s.input.unwrap_or_else(|| serde_json::json!({}));
            let input = match &wf.input_paths {
                Some(paths) => crate::workflow::project_input(&input, paths),
                None => input,
            };
            (
                s.trigger.as_str(),
                store.save_input(workflow, &input).await?,
            )
        }
    };
    let done = store
        .enqueue(NewQueued {
            workflow,
            trigger,
            input_id: Some(input_id),
            retry_of: s.retry_of,
            from_step: s.from_step.as_deref(),
            // A cron fire waits behind at most one queued run of its workflow.
            bound: s.skip_if_busy.then_some(1),
            ..NewQueued::default()
        })
        .await?;
    match done {
        Enqueued::New(id) | Enqueued::Duplicate(id) => {
            runner.wake(workflow);
            Ok(Started::Run(id))
        }
        Enqueued::Full { .. } => Ok(Started::Busy),
    }
}
