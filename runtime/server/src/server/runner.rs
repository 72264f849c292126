//! Starting runs inside the server (Run now, Run again, webhooks, cron): each run is a task of
//! its own under the workflow's concurrency limit; the caller gets the run id as soon as the run
//! exists. Engines are built per run so a rotated credential is used by the next run.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

use super::AppState;
use super::hookstore::{STARTED, StartSlot};
use crate::engine::{DEFAULT_TIMEOUT, Engine, RunRequest};
use crate::store::{RunId, Scrubber};
use crate::workflow::{Trigger, Workflow};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no workflow named `{0}`")]
    UnknownWorkflow(String),
    #[error("workflow `{0}` is disabled")]
    Disabled(String),
    #[error("the run could not start: {0}")]
    NotStarted(String),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Db(#[from] crate::admin::db::DbError),
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
    pub fn new(workflows: &[Workflow], settings: &super::settings::ServeSettings) -> Limits {
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

async fn engine_for(
    state: &AppState,
    wf: &Workflow,
) -> Result<Arc<Engine<super::hookstore::HookStore>>, StartError> {
    let mut config = state.app.config.clone();
    // Credentials stored on the admin page win over the config file's.
    for (name, fields) in state.db.decrypted_credentials().await? {
        config.credentials.insert(name, fields);
    }
    let (ops, secrets) = crate::connectors::for_workflow(&config, wf)?;
    let timeout = config
        .run_timeout_secs
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs);
    Ok(Arc::new(Engine {
        store: state.hook_store.clone(),
        ops,
        transforms: state.app.transforms.clone(),
        scrubber: Scrubber::new(secrets),
        default_timeout: timeout,
    }))
}

/// Starts a run of `workflow`; returns once the run exists (or is queued, or was skipped).
pub async fn start(state: &AppState, workflow: &str, s: Start) -> Result<Started, StartError> {
    let wf = state
        .app
        .workflows
        .get(workflow)
        .cloned()
        .ok_or_else(|| StartError::UnknownWorkflow(workflow.to_owned()))?;
    if !s.even_if_disabled && !state.db.enabled(workflow).await? {
        return Err(StartError::Disabled(workflow.to_owned()));
    }
    let sem = state
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
    let engine = engine_for(state, &wf).await?;
    let settings = state.app.config.workflow(workflow);
    let req = RunRequest {
        trigger: Some(s.trigger.clone()),
        input: s.input,
        initial_cursor: settings.initial_cursor,
        timeout: settings.timeout_secs.map(Duration::from_secs),
        from_step: s.from_step,
        ..RunRequest::default()
    };
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
