//! Starting runs inside the server (Run now, Run again, webhooks, cron): each run is a task of
//! its own under the workflow's concurrency limit; the caller gets the run id as soon as the run
//! exists. Engines are built per run (by [`App::engine_observed`], the one engine builder) so a
//! rotated credential is used by the next run. The scheduler and the handlers hold a
//! [`Runner`], not the server's state.
//!
//! Webhooks go through the durable queue instead ([`Runner::enqueue`]): the run is stored
//! `queued` before the caller is answered, and the workers of [`crate::workers`] claim it.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, mpsc, oneshot, watch};

use crate::app::{App, AppError};
use crate::engine::RunObserver;
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
    /// The engine could not be built (config, stored credentials, store).
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// What a start request led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Run(RunId),
    /// Waiting for a slot under the workflow's concurrency limit.
    Queued,
    /// A cron fire found the workflow still running and was skipped.
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
    /// Skip (rather than queue) when the workflow is at its limit (cron).
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

/// How long a starter waits for the run id before answering "queued".
const WAIT_FOR_ID: Duration = Duration::from_secs(5);

/// Where a starter waits for its run id (or why the run could not start).
type StartSlot = Arc<Mutex<Option<oneshot::Sender<Result<RunId, String>>>>>;

tokio::task_local! {
    /// Set around one engine run by [`Runner::start`]; the run's creation fills it.
    static STARTED: StartSlot;
}

/// What the server watches in runs: the metrics, failure e-mails (runs that end other than
/// successfully go to the notifier), the id a starter waits for and the runs in progress (whose
/// leases the heartbeat renews).
pub struct Events {
    pub metrics: Arc<Metrics>,
    pub failed: mpsc::UnboundedSender<RunId>,
    /// Runs this process executes now.
    pub(crate) active: Mutex<BTreeSet<RunId>>,
    /// Woken when a run starts, so its lease is taken at once.
    pub(crate) started: Notify,
}

impl Events {
    pub fn new(metrics: Arc<Metrics>, failed: mpsc::UnboundedSender<RunId>) -> Events {
        Events {
            metrics,
            failed,
            active: Mutex::default(),
            started: Notify::new(),
        }
    }

    /// The runs this process executes now.
    pub(crate) fn active(&self) -> Vec<RunId> {
        self.active
            .lock()
            .map(|a| a.iter().copied().collect())
            .unwrap_or_default()
    }
}

impl RunObserver for Events {
    fn run_created(&self, run: RunId, workflow: &str) {
        if let Ok(mut a) = self.active.lock() {
            a.insert(run);
        }
        self.started.notify_one();
        self.metrics.run_created(run, workflow);
        let slot = STARTED.try_with(Arc::clone).ok();
        if let Some(tx) = slot.and_then(|s| s.lock().ok().and_then(|mut g| g.take())) {
            let _ = tx.send(Ok(run));
        }
    }
    fn run_finished(&self, run: RunId, _workflow: &str, status: RunStatus) {
        if let Ok(mut a) = self.active.lock() {
            a.remove(&run);
        }
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
}

/// How long an idempotency key is remembered: twice the signature window, so a request signed
/// with a clock up to the window ahead is still recognised when replayed at its end.
pub const IDEMPOTENCY_WINDOW: Duration = Duration::from_secs(600);

impl Runner {
    pub fn new(app: Arc<App>, limits: Limits, events: Events, queue: QueueSettings) -> Runner {
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
        }
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
        .cloned()
        .ok_or_else(|| StartError::UnknownWorkflow(workflow.to_owned()))?;
    if !s.even_if_disabled && !runner.app.store.enabled(workflow).await? {
        return Err(StartError::Disabled(workflow.to_owned()));
    }
    let sem = runner.limits.semaphore(workflow);
    let early: Option<OwnedSemaphorePermit> = if s.skip_if_busy {
        match sem.clone().try_acquire_owned() {
            Ok(p) => Some(p),
            Err(_) => return Ok(Started::Busy),
        }
    } else {
        None
    };
    let engine = runner
        .app
        .engine_observed(&wf, runner.events.clone())
        .await?;
    let mut req = runner.app.request(&wf, s.input);
    req.trigger = Some(s.trigger.clone());
    req.from_step = s.from_step;
    let (tx, rx) = oneshot::channel();
    let slot: StartSlot = Arc::new(Mutex::new(Some(tx)));
    let retry_of = s.retry_of;
    tokio::spawn(async move {
        let _permit = match early {
            Some(p) => Some(p),
            None => sem.acquire_owned().await.ok(),
        };
        let run = async {
            match retry_of {
                Some(id) => engine.retry(&wf, id, req).await,
                None => engine.run(&wf, req).await,
            }
        };
        let result = STARTED.scope(slot.clone(), run).await;
        if let Err(e) = result {
            tracing::warn!(workflow = %wf.name, "run did not start: {e}");
            if let Some(tx) = slot.lock().ok().and_then(|mut g| g.take()) {
                let _ = tx.send(Err(e.to_string()));
            }
        }
    });
    match tokio::time::timeout(WAIT_FOR_ID, rx).await {
        Ok(Ok(Ok(id))) => Ok(Started::Run(id)),
        Ok(Ok(Err(msg))) => Err(StartError::NotStarted(msg)),
        Ok(Err(_)) => Err(StartError::NotStarted(
            "the run task ended without a run".into(),
        )),
        Err(_) => Ok(Started::Queued),
    }
}
