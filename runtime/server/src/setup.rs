//! Set-up problems where the admin looks. `serve` checks every workflow's endpoints and
//! credentials at start ([`App::preflight`]); each problem goes to the log and the Workflows
//! page, and a workflow with a problem is held: its cron fires are skipped and its webhook
//! answers 503, until a check finds it fixed (after a credential is saved or deleted on the
//! page, and on each visit of the Workflows page). A run asked for by hand that cannot start
//! is recorded as a run that crashed (exit 2) with its cause, so its page says why.

use std::collections::BTreeMap;
use std::sync::RwLock;

use crate::app::App;
use crate::store::{NewRun, RunId, RunStatus, Scrubber, SqliteStore, Store, StoreError};

/// The set-up problems found by the last check, per workflow.
#[derive(Debug, Default)]
pub struct Setup {
    problems: RwLock<BTreeMap<String, Vec<String>>>,
    /// The last cron fire held, per workflow (RFC 3339).
    held_fires: RwLock<BTreeMap<String, String>>,
}

/// Where an admin fixes what `problem` names.
pub fn where_to_fix(problem: &str) -> &'static str {
    if problem.contains("endpoint") {
        "set the endpoint under [endpoints] in mapwright.toml and restart"
    } else if problem.contains("master key") {
        "set MAPWRIGHT_MASTER_KEY or MAPWRIGHT_MASTER_KEY_FILE and restart"
    } else if problem.contains("credential") {
        "set it on the Credentials page (/credentials), or in mapwright.toml and restart"
    } else {
        "see mapwright.toml; `mapwright config check` names every problem"
    }
}

/// A problem and where to fix it, as shown and stored.
pub fn explained(problem: &str) -> String {
    format!("{problem}: {}", where_to_fix(problem))
}

impl Setup {
    /// Checks every workflow now; logs what changed (a new problem at ERROR, a fixed workflow
    /// at INFO). Returns the number of workflows held.
    pub async fn check(&self, app: &App) -> usize {
        let mut found = BTreeMap::<String, Vec<String>>::new();
        for p in app.preflight().await {
            found
                .entry(p.workflow)
                .or_default()
                .push(explained(&p.message));
        }
        let mut cur = match self.problems.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        for (wf, list) in &found {
            if cur.get(wf) != Some(list) {
                for p in list {
                    tracing::error!(workflow = %wf, "set-up problem, its triggers are held: {p}");
                }
            }
        }
        for wf in cur.keys().filter(|w| !found.contains_key(*w)) {
            tracing::info!(workflow = %wf, "set-up problem fixed, its triggers run again");
        }
        *cur = found;
        cur.len()
    }

    /// The problems of a workflow (empty: ready).
    pub fn problems(&self, workflow: &str) -> Vec<String> {
        match self.problems.read() {
            Ok(g) => g.get(workflow).cloned().unwrap_or_default(),
            Err(poisoned) => poisoned
                .into_inner()
                .get(workflow)
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// Notes a cron fire of `workflow` at `at` that was held (shown on the Workflows page).
    pub fn note_held_fire(&self, workflow: &str, at: &str) {
        let mut g = match self.held_fires.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        g.insert(workflow.to_owned(), at.to_owned());
    }

    /// The last cron fire of `workflow` held, if any.
    pub fn last_held_fire(&self, workflow: &str) -> Option<String> {
        match self.held_fires.read() {
            Ok(g) => g.get(workflow).cloned(),
            Err(poisoned) => poisoned.into_inner().get(workflow).cloned(),
        }
    }

    /// Whether the workflow's cron and webhook triggers are held.
    pub fn held(&self, workflow: &str) -> bool {
        !self.problems(workflow).is_empty()
    }
}

/// Starts a run from the admin page or the API, unless its workflow is held by a set-up problem
/// that a fresh check still finds: then the start fails with [`StartError::Held`] (recorded as
/// a crashed run by the callers), rather than queue a run no worker could start.
pub async fn start_checked(
    state: &crate::state::Shared,
    workflow: &str,
    s: crate::runner::Start,
) -> Result<crate::runner::Started, crate::runner::StartError> {
    if state.setup.held(workflow) && state.setup.check(&state.app).await > 0 {
        let problems = state.setup.problems(workflow);
        if !problems.is_empty() {
            return Err(crate::runner::StartError::Held(problems.join("; ")));
        }
    }
    state.runner.start(workflow, s).await
}

/// What a start that failed was asked for, to record it as a run.
pub struct Asked<'a> {
    pub workflow: &'a str,
    pub trigger: &'a str,
    pub retry_of: Option<RunId>,
    /// Its input, stored with the run (so Run again reuses it once the problem is fixed).
    pub input: Option<&'a serde_json::Value>,
}

/// Records a run that could not start: a run of `asked.workflow` that crashed (exit 2) at
/// once, with `cause` (from [`setup_cause`]: where to fix it included; scrubbed) as its error
/// and its log line.
pub async fn record_not_started(
    store: &SqliteStore,
    asked: Asked<'_>,
    cause: &str,
) -> Result<RunId, StoreError> {
    let input_id = match asked.input {
        Some(v) => Some(store.save_input(asked.workflow, v).await?),
        None => None,
    };
    let id = store
        .create_run(NewRun {
            workflow: asked.workflow,
            trigger: asked.trigger,
            input_id,
            retry_of: asked.retry_of,
        })
        .await?;
    let scrubber = Scrubber::default();
    let text = format!("the run could not start: {cause}");
    store
        .log(id, None, crate::store::Level::Error, scrubber.scrub(&text))
        .await?;
    store
        .finish_run(id, RunStatus::Crashed, Some(scrubber.scrub(&text)))
        .await?;
    Ok(id)
}

/// The cause of a start that failed for want of set-up (its engine could not be built: a
/// credential, an endpoint, the master key), to be recorded as a run; `None` for a refusal
/// (unknown or disabled workflow, a retry from a step whose input was not kept) or a store
/// error.
pub fn setup_cause(e: &crate::runner::StartError) -> Option<String> {
    match e {
        crate::runner::StartError::App(a) => Some(explained(&a.to_string())),
        // Already explained (where to fix it included).
        crate::runner::StartError::Held(why) => Some(why.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_problem_says_where_to_fix_it() {
        assert!(
            explained("workflow `w` needs credential `primero`, which is not configured")
                .contains("Credentials page")
        );
        assert!(explained("workflow `w` needs endpoint `moph`").contains("[endpoints]"));
    }
}
