//! Starting runs inside the server (Run now, Run again, webhooks, cron): each run is a task of
//! its own under the workflow's concurrency limit; the caller gets the run id as soon as the run
//! exists. Engines are built per run (by [`App::engine_observed`], the one engine builder) so a
//! rotated credential is used by the next run. The scheduler and the handlers hold a
//! [`Runner`], not the server's state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};

use crate::app::{App, AppError};
use crate::engine::RunObserver;
use crate::metrics::Metrics;
use crate::settings::ServeSettings;
use crate::store::{Outcome, RunId, RunStatus};
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

/// Per-workflow semaphores.
#[derive(Debug, Default)]
pub struct Limits {
    map: HashMap<String, Arc<Semaphore>>,
}

impl Limits {
    pub fn new(workflows: &[Workflow], settings: &ServeSettings) -> Limits {
        let map = workflows
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
                (w.name.clone(), Arc::new(Semaphore::new(n)))
            })
            .collect();
        Limits { map }
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
/// successfully go to the notifier) and the id a starter waits for.
pub struct Events {
    pub metrics: Arc<Metrics>,
    pub failed: mpsc::UnboundedSender<RunId>,
}

impl RunObserver for Events {
    fn run_created(&self, run: RunId, workflow: &str) {
        self.metrics.run_created(run, workflow);
        let slot = STARTED.try_with(Arc::clone).ok();
        if let Some(tx) = slot.and_then(|s| s.lock().ok().and_then(|mut g| g.take())) {
            let _ = tx.send(Ok(run));
        }
    }
    fn run_finished(&self, run: RunId, _workflow: &str, status: RunStatus) {
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

/// Starts runs: the loaded app, the concurrency limits and the observer of every run.
pub struct Runner {
    pub app: Arc<App>,
    limits: Limits,
    events: Arc<Events>,
}

impl Runner {
    pub fn new(app: Arc<App>, limits: Limits, events: Events) -> Runner {
        Runner {
            app,
            limits,
            events: Arc::new(events),
        }
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
    let sem = runner
        .limits
        .map
        .get(workflow)
        .cloned()
        .unwrap_or_else(|| Arc::new(Semaphore::new(1)));
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
