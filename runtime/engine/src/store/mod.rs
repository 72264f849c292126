//! The store, the one owner of all SQL: the run history (workflows, runs, step attempts, log
//! lines, per-record outcomes, cursors, step outputs, trigger inputs) and the admin tables
//! (users, sessions, API tokens, credentials, audit, notification recipients, cron fires).
//! Nothing else opens a pool or names a database file. [`Store`] is the engine's seam;
//! [`SqlStore`] implements it on SQLite (the embedded default) and on PostgreSQL (`store.url`),
//! each statement written once (see `sql`).

use std::future::Future;
use std::time::Duration;

pub mod accounts;
pub mod admin;
mod backup;
pub use backup::BackupError;
mod embedded;
mod files;
pub mod history;
pub mod keys;
#[cfg(test)]
mod page_tests;
pub mod queue;
pub mod retention;
pub mod scratch;
pub mod scrub;
mod sealed;
#[cfg(all(test, unix))]
mod sealed_tests;
mod search;
mod sql;
mod sqlite;
pub mod stats;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod upgrade_tests;
pub mod vault;

pub use accounts::TokenRow;
pub use admin::{AuditRow, CredentialRow, SessionRow, UserRow};
pub use files::{create_private, private_dir, private_file, write_private};
pub use history::{HistoryQuery, StatusCount};
pub use queue::{ClaimedRun, Enqueued, LostRun, NewQueued, RunQueue};
pub use scrub::{Scrubbed, ScrubbedJson, Scrubber};
pub use sealed::Resealed;
pub use sql::{Dialect, numbered};
pub use sqlite::{SqlStore, SqliteStore};

pub type RunId = i64;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store: {0}")]
    Db(#[from] sqlx::Error),
    #[error("store migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("store holds invalid data: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Key(#[from] crate::secrets::KeyError),
    /// The password a URL may hold is never shown.
    #[error("store.url (or MAPWRIGHT_DATABASE_URL) must be a postgres://… URL")]
    Url,
}

impl StoreError {
    /// A write refused because the row already exists (a unique key): another process wrote it.
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Db(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

/// How a run ended; the exit code follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    /// Stored and acknowledged, waiting for a worker (see [`RunQueue`]).
    Queued,
    Running,
    /// Every record delivered, skipped or not found.
    Success,
    /// At least one record failed or a step failed without a handler.
    Failed,
    /// A bug or an invalid workflow (not the remote systems' fault).
    Crashed,
    TimedOut,
    /// The worker vanished while the run was `running`.
    Lost,
    Cancelled,
}

impl RunStatus {
    pub const ALL: [RunStatus; 8] = [
        RunStatus::Queued,
        RunStatus::Running,
        RunStatus::Success,
        RunStatus::Failed,
        RunStatus::Crashed,
        RunStatus::TimedOut,
        RunStatus::Lost,
        RunStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Queued => "queued",
            RunStatus::Running => "running",
            RunStatus::Success => "success",
            RunStatus::Failed => "failed",
            RunStatus::Crashed => "crashed",
            RunStatus::TimedOut => "timed_out",
            RunStatus::Lost => "lost",
            RunStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RunStatus> {
        RunStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// 0 success, 1 sync error, 2 crash, 3 timeout or killed, 4 lost, 5 cancelled.
    pub fn exit_code(self) -> u8 {
        match self {
            RunStatus::Success => 0,
            RunStatus::Failed => 1,
            RunStatus::Crashed | RunStatus::Running | RunStatus::Queued => 2,
            RunStatus::TimedOut => 3,
            RunStatus::Lost => 4,
            RunStatus::Cancelled => 5,
        }
    }
}

/// What happened to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Skipped,
    NotFound,
    Failed,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Created,
        Outcome::Updated,
        Outcome::Skipped,
        Outcome::NotFound,
        Outcome::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Skipped => "skipped",
            Outcome::NotFound => "not_found",
            Outcome::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warn,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

/// A new run about to start.
#[derive(Debug, Clone)]
pub struct NewRun<'a> {
    pub workflow: &'a str,
    /// `cron`, `webhook`, `manual` or `retry`.
    pub trigger: &'a str,
    pub input_id: Option<i64>,
    pub retry_of: Option<RunId>,
}

/// One record's outcome, about to be stored.
#[derive(Debug, Clone)]
pub struct NewOutcome {
    pub record: String,
    pub outcome: Outcome,
    pub step: Option<String>,
    pub reason: Option<Scrubbed>,
}

/// A log line kept back to be stored with its page's outcomes ([`Store::record_page`]).
#[derive(Debug, Clone)]
pub struct NewLogLine {
    pub step: Option<String>,
    pub level: Level,
    pub message: Scrubbed,
    /// When it was logged (RFC 3339), not when it was stored.
    pub at: String,
}

impl NewLogLine {
    pub fn now(step: Option<&str>, level: Level, message: Scrubbed) -> NewLogLine {
        NewLogLine {
            step: step.map(str::to_owned),
            level,
            message,
            at: now(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunSummary {
    pub id: RunId,
    pub workflow: String,
    pub trigger: String,
    pub status: String,
    pub exit_code: Option<i64>,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub input_id: Option<i64>,
    pub retry_of: Option<RunId>,
    pub error: Option<String>,
    /// Questionnaire drift its transforms counted: questions no rule read, and questions a
    /// table lists that a present questionnaire lacks.
    pub question_drift: i64,
    /// Option codes an option set or value map did not know, passed on by policy.
    pub unknown_codes: i64,
}

impl RunSummary {
    /// Why a run needs an analyst's look even when it succeeded: the drift its transforms
    /// counted (a relabelled question, an unknown option code). `None` when nothing was counted.
    pub fn attention(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.question_drift > 0 {
            parts.push(format!("{} questionnaire drift", self.question_drift));
        }
        if self.unknown_codes > 0 {
            parts.push(format!("{} unknown codes", self.unknown_codes));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StepRow {
    pub step: String,
    pub attempt: i64,
    pub status: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LogRow {
    pub at: String,
    pub level: String,
    pub step: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OutcomeRow {
    pub record: String,
    pub outcome: String,
    pub step: Option<String>,
    pub reason: Option<String>,
}

/// A transform counter of a run: `kind` is `coercion` (subject: field path, detail: coercion)
/// or `unknown_code` (subject: option set or value map, detail: the code).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CounterRow {
    pub transform: String,
    pub kind: String,
    pub subject: String,
    pub detail: String,
    pub count: u64,
}

/// A top-level step's output, about to be stored (see [`Scrubber::step_output`]).
#[derive(Debug, Clone)]
pub struct NewStepOutput {
    pub step: String,
    /// `false`: `value` is the error (`kind`, `message`, `step`) a failure branch read.
    pub ok: bool,
    pub value: Option<ScrubbedJson>,
    /// Why there is no value.
    pub note: Option<String>,
    pub bytes: u64,
}

/// A stored step output. `value` is `None` in [`RunDetail`] (only sizes are listed there).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StepOutputRow {
    pub step: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    pub note: Option<String>,
    pub bytes: u64,
}

/// Everything `mapwright show` prints.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunDetail {
    pub run: RunSummary,
    pub steps: Vec<StepRow>,
    pub logs: Vec<LogRow>,
    pub outcomes: Vec<OutcomeRow>,
    /// Transform counters, by transform, kind, subject and detail.
    pub counters: Vec<CounterRow>,
    /// The step outputs kept for a retry (without their values).
    pub outputs: Vec<StepOutputRow>,
}

#[derive(Debug, Clone, Default)]
pub struct RunFilter {
    pub workflow: Option<String>,
    pub status: Option<RunStatus>,
    pub limit: u32,
}

/// The run history. Every method is one short transaction; the engine calls them from many
/// tasks at once.
pub trait Store: Send + Sync + 'static {
    fn register_workflow(
        &self,
        name: &str,
        file: &str,
        trigger: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Stores a trigger input (webhook body, `--input` file); inputs are kept so retries reuse them.
    fn save_input(
        &self,
        workflow: &str,
        body: &serde_json::Value,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;
    fn input(
        &self,
        id: i64,
    ) -> impl Future<Output = Result<Option<serde_json::Value>, StoreError>> + Send;
    fn create_run(&self, run: NewRun<'_>)
    -> impl Future<Output = Result<RunId, StoreError>> + Send;
    fn finish_run(
        &self,
        id: RunId,
        status: RunStatus,
        error: Option<Scrubbed>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    fn start_step(
        &self,
        run: RunId,
        step: &str,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;
    fn finish_step(
        &self,
        attempt: i64,
        ok: bool,
        error: Option<Scrubbed>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    fn log(
        &self,
        run: RunId,
        step: Option<&str>,
        level: Level,
        message: Scrubbed,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Stores record outcomes in one transaction (a fan-out writes one page at a time).
    fn record_outcomes(
        &self,
        run: RunId,
        rows: Vec<NewOutcome>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Stores a page's record outcomes and the log lines its records wrote, in one
    /// transaction: both or neither.
    fn record_page(
        &self,
        run: RunId,
        rows: Vec<NewOutcome>,
        logs: Vec<NewLogLine>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Outcome counts of a run (without loading its outcomes).
    fn outcome_counts(
        &self,
        run: RunId,
    ) -> impl Future<Output = Result<std::collections::BTreeMap<String, u64>, StoreError>> + Send;
    /// Adds transform counters to a run's (summing with what is stored).
    fn add_counters(
        &self,
        run: RunId,
        rows: Vec<CounterRow>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    fn save_step_output(
        &self,
        run: RunId,
        output: NewStepOutput,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// A run's step outputs with their values, in the order the steps ended.
    fn step_outputs(
        &self,
        run: RunId,
    ) -> impl Future<Output = Result<Vec<StepOutputRow>, StoreError>> + Send;
    /// Where the next run starts reading.
    fn cursor(
        &self,
        workflow: &str,
        name: &str,
    ) -> impl Future<Output = Result<Option<String>, StoreError>> + Send;
    /// Where the sync in progress began (see [`Store::set_cursor_progress`]).
    fn cursor_sync_start(
        &self,
        workflow: &str,
        name: &str,
    ) -> impl Future<Output = Result<Option<String>, StoreError>> + Send;
    /// A sync completed at `value`: the next run reads from it and starts a new sync there.
    fn set_cursor(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        run: RunId,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// A sync that began at `sync_start` delivered everything before `value` (a page at a time):
    /// a run stopped part-way resumes reading at `value`.
    fn set_cursor_progress(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        sync_start: &str,
        run: RunId,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    fn runs(
        &self,
        filter: &RunFilter,
    ) -> impl Future<Output = Result<Vec<RunSummary>, StoreError>> + Send;
    fn run(&self, id: RunId) -> impl Future<Output = Result<Option<RunDetail>, StoreError>> + Send;
    /// Marks runs left `running` by a process that is gone as `lost`: those whose lease expired
    /// (see [`RunQueue`] and [`Store::keep_alive`]), and those without one (from a version that
    /// did not lease every run); returns how many.
    fn mark_lost(&self) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Extends the lease of `runs` still `running` to `lease` from now, without claiming them:
    /// a run started outside the queue (`mapwright run`, `retry`) is kept alive by its process,
    /// so that another process opening the store does not take it for lost. Returns how many.
    fn keep_alive(
        &self,
        runs: &[RunId],
        lease: Duration,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Whether the engine also holds `partition_by` keys in the store ([`Store::try_lock_key`]):
    /// on PostgreSQL, which workers and servers on several machines share. Not on SQLite, where
    /// it would cost two writes per record: there a partitioned workflow that several processes
    /// run is kept at `max_concurrent = 1` (README, "Scaling out").
    fn key_locks_in_store(&self) -> bool;
    /// Takes `key` of `workflow` for `run` (see [`keys`]): true when nobody held it, its holder
    /// run is no longer alive (ended, lost, lease expired), or its holder is `run`; false when
    /// another live run holds it.
    fn try_lock_key(
        &self,
        workflow: &str,
        key: &str,
        run: RunId,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
    /// Gives back `key` of `workflow` if `run` holds it.
    fn unlock_key(
        &self,
        workflow: &str,
        key: &str,
        run: RunId,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// [`Store::try_lock_key`] for many keys at once (a page's), in a statement per few
    /// hundred keys: the keys it took.
    fn try_lock_keys(
        &self,
        workflow: &str,
        keys: &[String],
        run: RunId,
    ) -> impl Future<Output = Result<Vec<String>, StoreError>> + Send;
    /// Gives back every key of `workflow` that `run` holds.
    fn unlock_keys_of(
        &self,
        workflow: &str,
        run: RunId,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// The lease a run created outside the queue starts with, and that its process renews every
/// third of it while the run goes on ([`Store::keep_alive`]). A run whose process was killed is
/// reported lost once it expires.
pub const RUN_LEASE: Duration = Duration::from_secs(15);

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
