//! The durable queue's workers (see [`crate::store::RunQueue`]), in `mapwright serve
//! --workers N` and in `mapwright worker`:
//! - one claim loop per workflow: takes one of the process's slots and one under the
//!   workflow's concurrency limit (checked again by the store across all processes), claims the
//!   oldest queued run and runs it under its id;
//! - the heartbeat: renews the lease of every run this process executes;
//! - recovery: runs whose lease expired (their process was killed) become `lost`, and lost runs
//!   of a workflow with `on_lost: requeue` (the default) are re-queued or resumed by the
//!   `[serve.queue]` policy; with `on_lost: fail` they are left lost;
//! - at shutdown ([`crate::runner::Runner::drain`]), a run cancelled after the grace period is
//!   queued again (resumed from the step it was in) unless its workflow says `on_lost: fail`.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, OwnedSemaphorePermit};

use crate::engine::EngineError;
use crate::runner::Runner;
use crate::settings::Recovery;
use crate::store::{
    ClaimedRun, Enqueued, Level, LostRun, NewQueued, RunQueue, RunStatus, Scrubber, Store,
    StoreError,
};
use crate::workflow::{OnLost, Workflow};

/// How often an idle claim loop looks (with a read, no write lock) for runs queued by another
/// process (the web process, recovery elsewhere): it sets the claim latency across processes.
const PROBE: Duration = Duration::from_millis(50);
/// The longest wait between two claims while runs are queued but none could be claimed (the
/// workflow is at its limit in other processes): the probe backs off up to it.
const POLL: Duration = Duration::from_secs(1);

/// Starts the claim loops (when the process claims runs), the heartbeat and recovery; they
/// stop claiming once [`Runner::stop_claiming`] is called.
pub fn spawn(runner: &Arc<Runner>) {
    if let Some(slots) = &runner.slots {
        for wf in &runner.app.workflows.workflows {
            tokio::spawn(claim_loop(runner.clone(), wf.clone(), slots.clone()));
        }
    }
    tokio::spawn(heartbeat(runner.clone()));
    tokio::spawn(recovery(runner.clone()));
}

fn lease(runner: &Runner) -> Duration {
    Duration::from_secs(runner.queue.lease_secs.max(1))
}

/// A claimed run's slots: one of the process's, one under its workflow's limit.
type Permits = (OwnedSemaphorePermit, OwnedSemaphorePermit);

async fn claim_loop(runner: Arc<Runner>, wf: Workflow, slots: Arc<tokio::sync::Semaphore>) {
    let sem = runner.limits.semaphore(&wf.name);
    let limit = runner.limits.sizes.get(&wf.name).copied().unwrap_or(1);
    let Some(wake) = runner.wake(&wf.name) else {
        return;
    };
    let mut stop = runner.stop.subscribe();
    // Claims that found queued runs but got none (the limit is reached elsewhere).
    let mut misses = 0u32;
    while !*stop.borrow() {
        let Ok(permit) = sem.clone().acquire_owned().await else {
            return;
        };
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let claiming = runner.claiming.read().await;
        if *stop.borrow() {
            return;
        }
        let claimed = runner
            .app
            .store
            .claim_next(&wf.name, &runner.worker, lease(&runner), limit)
            .await;
        match claimed {
            Ok(Some(c)) => {
                tracing::debug!(workflow = %wf.name, attempt = c.attempts, "claimed run {}", c.id);
                let cancel = Arc::new(Notify::new());
                if let Ok(mut m) = runner.inflight.lock() {
                    m.insert(c.id, cancel.clone());
                }
                drop(claiming);
                let permits = (slot, permit);
                tokio::spawn(execute(runner.clone(), wf.clone(), c, cancel, permits));
                misses = 0;
                continue;
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(workflow = %wf.name, "cannot claim a queued run: {e}"),
        }
        drop((claiming, slot, permit));
        let backoff = (PROBE * 2u32.pow(misses.min(5))).min(POLL);
        tokio::select! {
            () = wake.notified() => misses = 0,
            found = until_queued(&runner, &wf.name, backoff) => {
                misses = if found { misses + 1 } else { 0 };
            }
            _ = stop.changed() => {}
        }
    }
}

/// Waits `first`, then probes the queue every [`PROBE`] until a run of `workflow` is queued;
/// true when one was queued already at the first probe (the last claim missed it: back off).
async fn until_queued(runner: &Runner, workflow: &str, first: Duration) -> bool {
    tokio::time::sleep(first).await;
    let mut at_once = true;
    loop {
        match runner.app.store.queued_count(workflow).await {
            Ok(n) if n > 0 => return at_once,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(workflow, "cannot look at the queue: {e}");
                tokio::time::sleep(POLL).await;
            }
        }
        at_once = false;
        tokio::time::sleep(PROBE).await;
    }
}

/// Runs a claimed run under its id. A run that cannot start (its input is gone, the engine
/// cannot be built, no cursor) ends `crashed` with the reason. A run cancelled by the
/// shutdown is queued again by its workflow's `on_lost`.
async fn execute(
    runner: Arc<Runner>,
    wf: Workflow,
    c: ClaimedRun,
    cancel: Arc<Notify>,
    _permits: Permits,
) {
    let id = c.id;
    let ended = run_claimed(&runner, &wf, &c, cancel).await;
    if matches!(ended, Ok(RunStatus::Cancelled))
        && *runner.stop.borrow()
        && let Err(e) = requeue_cancelled(&runner, &wf, &c).await
    {
        tracing::error!(run = id, "cannot queue the cancelled run again: {e}");
    }
    if let Ok(mut m) = runner.inflight.lock() {
        m.remove(&id);
    }
    if let Err(msg) = ended {
        tracing::warn!(workflow = %wf.name, run = id, "queued run did not start: {msg}");
        let why =
            Scrubber::new(Vec::<String>::new()).scrub(&format!("the run did not start: {msg}"));
        let store = &runner.app.store;
        if let Err(e) = store.finish_run(id, RunStatus::Crashed, Some(why)).await {
            tracing::error!(run = id, "cannot mark the run crashed: {e}");
        }
        let _ = runner.events.failed.send(id);
    }
}

async fn run_claimed(
    runner: &Runner,
    wf: &Workflow,
    c: &ClaimedRun,
    cancel: Arc<Notify>,
) -> Result<RunStatus, String> {
    let app = &runner.app;
    let text = |e: &dyn std::fmt::Display| e.to_string();
    let input = match c.input_id {
        Some(i) => Some(
            app.store
                .input(i)
                .await
                .map_err(|e| text(&e))?
                .ok_or_else(|| format!("the stored input of run {} is gone", c.id))?,
        ),
        None => None,
    };
    let engine = app
        .engine_observed(wf, runner.events.clone())
        .await
        .map_err(|e| text(&e))?;
    let request = |from_step: Option<String>| {
        let mut req = app.request(wf, input.clone());
        req.trigger = Some(c.trigger.clone());
        req.run_id = Some(c.id);
        req.retry_of = c.retry_of;
        req.from_step = from_step;
        req.cancel = Some(cancel.clone());
        req
    };
    match engine.run(wf, request(c.from_step.clone())).await {
        Ok(r) => Ok(r.status),
        Err(e @ (EngineError::NotResumable { .. } | EngineError::NoSuchStep { .. })) => {
            tracing::warn!(
                run = c.id,
                "cannot resume: {e}; running it from the first step"
            );
            engine
                .run(wf, request(None))
                .await
                .map(|r| r.status)
                .map_err(|e| text(&e))
        }
        Err(e) => Err(text(&e)),
    }
}

/// Renews the lease of every run this process executes, every third of the lease and as soon
/// as a run starts.
async fn heartbeat(runner: Arc<Runner>) {
    let every = lease(&runner) / 3;
    loop {
        let active = runner.events.alive.active();
        if let Err(e) = runner
            .app
            .store
            .renew_leases(&runner.worker, &active, lease(&runner))
            .await
        {
            tracing::warn!("cannot renew the leases of the runs in progress: {e}");
        }
        runner.events.alive.beat(every).await;
    }
}

/// Marks runs whose lease expired as lost, recovers lost runs by policy and forgets expired
/// idempotency keys; at start, then every half lease.
async fn recovery(runner: Arc<Runner>) {
    let every = (lease(&runner) / 2).clamp(Duration::from_millis(500), Duration::from_secs(30));
    let mut stop = runner.stop.subscribe();
    while !*stop.borrow() {
        if let Err(e) = recover_once(&runner).await {
            tracing::warn!("recovery of lost runs: {e}");
        }
        tokio::select! {
            () = tokio::time::sleep(every) => {}
            _ = stop.changed() => {}
        }
    }
}

/// One pass of [`recovery`].
pub async fn recover_once(runner: &Runner) -> Result<(), StoreError> {
    let store = &runner.app.store;
    let n = store.expire_leases(&runner.worker).await?;
    if n > 0 {
        tracing::warn!("{n} run(s) lost: their worker stopped (lease expired)");
    }
    for lost in store.lost_runs(100).await? {
        recover(runner, lost).await?;
    }
    store.forget_expired_keys().await?;
    Ok(())
}

async fn note(runner: &Runner, run: i64, level: Level, msg: &str) {
    let m = Scrubber::new(Vec::<String>::new()).scrub(msg);
    if let Err(e) = runner.app.store.log(run, None, level, m).await {
        tracing::warn!(run, "cannot write a log line: {e}");
    }
}

async fn recover(runner: &Runner, lost: LostRun) -> Result<(), StoreError> {
    let store = &runner.app.store;
    let q = &runner.queue;
    let Some(wf) = runner.app.workflows.get(&lost.workflow) else {
        store
            .leave_lost(lost.id, "its workflow is no longer loaded")
            .await?;
        return Ok(());
    };
    if wf.on_lost == OnLost::Fail {
        let why = "its worker stopped; the workflow says `on_lost: fail`: left lost";
        note(runner, lost.id, Level::Error, why).await;
        return store.leave_lost(lost.id, why).await;
    }
    if lost.attempts >= q.max_attempts {
        let why = format!(
            "lost {} times: left lost, to be run again by hand",
            lost.attempts
        );
        note(runner, lost.id, Level::Error, &why).await;
        return store.leave_lost(lost.id, &why).await;
    }
    let policy = if lost.trigger == "webhook" {
        q.lost_webhook_runs
    } else {
        q.lost_other_runs
    };
    match policy {
        Recovery::Requeue => {
            if store.requeue(lost.id).await? {
                note(
                    runner,
                    lost.id,
                    Level::Warn,
                    "its worker stopped: queued again, to run from the first step",
                )
                .await;
                tracing::info!(run = lost.id, "lost run queued again");
            }
        }
        Recovery::Resume => {
            let from = lost.steps.iter().find(|s| wf.steps.index_of(s).is_some());
            let done = store
                .enqueue(NewQueued {
                    workflow: &lost.workflow,
                    trigger: "retry",
                    input_id: lost.input_id,
                    retry_of: Some(lost.id),
                    from_step: from.map(String::as_str),
                    recovering: Some(lost.id),
                    prior_attempts: lost.attempts,
                    ..NewQueued::default()
                })
                .await?;
            let from = from.map_or("from the first step".to_owned(), |s| {
                format!("from step `{s}`")
            });
            if let Enqueued::New(new) = done {
                let msg = format!("its worker stopped: resumed as run {new}, {from}");
                note(runner, lost.id, Level::Warn, &msg).await;
                tracing::info!(run = lost.id, "lost run resumed as run {new}");
            }
        }
    }
    runner.wake(&lost.workflow);
    Ok(())
}

/// A run the shutdown cancelled: unless its workflow says `on_lost: fail`, a new queued run
/// (`retry_of` it) resumes it from the top-level step it was in, with the outputs it kept.
async fn requeue_cancelled(
    runner: &Runner,
    wf: &Workflow,
    c: &ClaimedRun,
) -> Result<(), StoreError> {
    if wf.on_lost == OnLost::Fail {
        note(
            runner,
            c.id,
            Level::Warn,
            "cancelled by the worker's shutdown; the workflow says `on_lost: fail`: not queued again",
        )
        .await;
        return Ok(());
    }
    let store = &runner.app.store;
    let steps = store
        .run(c.id)
        .await?
        .map(|d| d.steps.into_iter().map(|s| s.step).collect::<Vec<_>>())
        .unwrap_or_default();
    let from = steps.iter().rev().find(|s| wf.steps.index_of(s).is_some());
    let done = store
        .enqueue(NewQueued {
            workflow: &wf.name,
            trigger: "retry",
            input_id: c.input_id,
            retry_of: Some(c.id),
            from_step: from.map(String::as_str),
            recovering: Some(c.id),
            prior_attempts: c.attempts,
            ..NewQueued::default()
        })
        .await?;
    if let Enqueued::New(new) = done {
        let from = from.map_or("from the first step".to_owned(), |s| {
            format!("from step `{s}`")
        });
        let msg = format!("cancelled by the worker's shutdown: queued again as run {new}, {from}");
        note(runner, c.id, Level::Warn, &msg).await;
        tracing::info!(run = c.id, "cancelled run queued again as run {new}");
    }
    Ok(())
}
