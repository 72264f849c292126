//! The store's opening and its run history. SQLite (the default) is one file `mapwright.db` in
//! the data directory, WAL mode; PostgreSQL is `store.url`. Migrations for both are embedded in
//! the binary and applied at open.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Row};

use super::sql::Dialect;

use super::queue::later;
use super::vault::Vault;
use super::{
    CounterRow, Level, LogRow, NewLogLine, NewOutcome, NewRun, NewStepOutput, RUN_LEASE, RunDetail,
    RunFilter, RunId, RunStatus, RunSummary, Scrubbed, StepOutputRow, StepRow, Store, StoreError,
    now,
};

/// The file name of the store inside the data directory.
pub const DB_FILE: &str = "mapwright.db";

/// Migrations, embedded so the deployed binary needs no migrations folder.
pub(super) const MIGRATIONS: super::embedded::Migrations = &[
    (
        1,
        "init",
        include_str!("../../migrations/sqlite/0001_init.sql"),
    ),
    (
        2,
        "outcomes by record",
        include_str!("../../migrations/sqlite/0002_outcomes_by_record.sql"),
    ),
    (
        3,
        "step outputs, counters, sync start",
        include_str!("../../migrations/sqlite/0003_resume_and_counters.sql"),
    ),
    (
        5,
        "sealed personal data",
        include_str!("../../migrations/sqlite/0005_sealed_personal_data.sql"),
    ),
    (
        20,
        "durable queue",
        include_str!("../../migrations/sqlite/0020_queue.sql"),
    ),
    (
        21,
        "key locks",
        include_str!("../../migrations/sqlite/0021_key_locks.sql"),
    ),
    (
        100,
        "admin",
        include_str!("../../migrations/sqlite/0100_admin.sql"),
    ),
    (
        101,
        "sessions",
        include_str!("../../migrations/sqlite/0101_sessions.sql"),
    ),
    (
        102,
        "token expiry, one-time passwords",
        include_str!("../../migrations/sqlite/0102_accounts.sql"),
    ),
    (
        110,
        "full-text search of errors and log lines",
        include_str!("../../migrations/sqlite/0110_search.sql"),
    ),
];

/// PostgreSQL migrations, mirroring [`MIGRATIONS`] version for version.
pub(super) const PG_MIGRATIONS: super::embedded::Migrations = &[
    (
        1,
        "init",
        include_str!("../../migrations/postgres/0001_init.sql"),
    ),
    (
        2,
        "outcomes by record",
        include_str!("../../migrations/postgres/0002_outcomes_by_record.sql"),
    ),
    (
        3,
        "step outputs, counters, sync start",
        include_str!("../../migrations/postgres/0003_resume_and_counters.sql"),
    ),
    (
        5,
        "sealed personal data",
        include_str!("../../migrations/postgres/0005_sealed_personal_data.sql"),
    ),
    (
        20,
        "durable queue",
        include_str!("../../migrations/postgres/0020_queue.sql"),
    ),
    (
        21,
        "key locks",
        include_str!("../../migrations/postgres/0021_key_locks.sql"),
    ),
    (
        100,
        "admin",
        include_str!("../../migrations/postgres/0100_admin.sql"),
    ),
    (
        101,
        "sessions",
        include_str!("../../migrations/postgres/0101_sessions.sql"),
    ),
    (
        102,
        "token expiry, one-time passwords",
        include_str!("../../migrations/postgres/0102_accounts.sql"),
    ),
    (
        110,
        "full-text search of errors and log lines",
        include_str!("../../migrations/postgres/0110_search.sql"),
    ),
];

/// The store: SQLite in the data directory (the default) or PostgreSQL (`store.url`), one
/// implementation over sqlx's `Any` driver (see [`super::sql`]).
#[derive(Debug, Clone)]
pub struct SqlStore {
    pub(super) pool: AnyPool,
    pub(super) dialect: Dialect,
    /// The keys sealing personal data, and the input paths kept per workflow.
    pub(super) vault: Arc<Vault>,
}

/// The store's name from before it ran on PostgreSQL too.
pub type SqliteStore = SqlStore;

/// SQLite's settings, applied to each new connection: WAL, a 10 s busy timeout, foreign keys,
/// and deleted content overwritten.
const SQLITE_FILE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
     PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";
const SQLITE_MEMORY_PRAGMAS: &str = "PRAGMA foreign_keys = ON;";

impl SqlStore {
    /// Opens the store `url` names (`store.url` or `MAPWRIGHT_DATABASE_URL`: `postgres://…`),
    /// or the SQLite store in `data_dir` when there is none. The keys sealing personal data
    /// stay in `data_dir` either way.
    pub async fn open_at(url: Option<&str>, data_dir: &Path) -> Result<SqlStore, StoreError> {
        match url {
            None => Self::open(data_dir).await,
            Some(url) => match Dialect::of_url(url) {
                Some(Dialect::Postgres) => Self::open_postgres(url, data_dir).await,
                _ => Err(StoreError::Url),
            },
        }
    }

    /// Opens (creating if needed) `<data_dir>/mapwright.db`, applies the migrations and imports
    /// the `admin.db` an older version kept beside it. The folder is made 0700 and the store's
    /// files 0600 (created so, and tightened when an older version left them readable).
    pub async fn open(data_dir: &Path) -> Result<SqlStore, StoreError> {
        let io = |e: std::io::Error| {
            StoreError::Corrupt(format!("cannot secure {}: {e}", data_dir.display()))
        };
        super::files::private_dir(data_dir).map_err(io)?;
        let db = data_dir.join(DB_FILE);
        super::files::create_private(&db).map_err(io)?;
        let url = SqliteConnectOptions::new()
            .filename(&db)
            .create_if_missing(true)
            .to_url_lossy();
        let vault = Vault::in_dir(data_dir)?;
        let opts = AnyConnectOptions::from_url(&url)?;
        let store = Self::connect(opts, Dialect::Sqlite, 4, SQLITE_FILE_PRAGMAS, vault).await?;
        // SQLite gives `-wal` and `-shm` the database's mode; older ones are tightened here.
        for suffix in ["-wal", "-shm"] {
            let f = data_dir.join(format!("{DB_FILE}{suffix}"));
            super::files::private_file(&f).map_err(io)?;
        }
        super::admin::import_admin_db(&store, data_dir).await?;
        Ok(store)
    }

    /// Opens the PostgreSQL database `url` and applies the migrations; the sealing keys are
    /// read from (or created in) `data_dir`.
    pub async fn open_postgres(url: &str, data_dir: &Path) -> Result<SqlStore, StoreError> {
        let opts = AnyConnectOptions::from_str(url).map_err(|_| StoreError::Url)?;
        super::files::private_dir(data_dir).map_err(|e| {
            StoreError::Corrupt(format!("cannot secure {}: {e}", data_dir.display()))
        })?;
        let vault = Vault::in_dir(data_dir)?;
        Self::connect(opts, Dialect::Postgres, 10, "", vault).await
    }

    /// An in-memory SQLite store (tests).
    pub async fn in_memory() -> Result<SqlStore, StoreError> {
        let opts = AnyConnectOptions::from_str("sqlite::memory:")?;
        // One connection: each in-memory connection would be its own database.
        Self::connect(
            opts,
            Dialect::Sqlite,
            1,
            SQLITE_MEMORY_PRAGMAS,
            Vault::ephemeral(),
        )
        .await
    }

    async fn connect(
        opts: AnyConnectOptions,
        dialect: Dialect,
        max: u32,
        pragmas: &'static str,
        vault: Vault,
    ) -> Result<SqlStore, StoreError> {
        sqlx::any::install_default_drivers();
        let mut pool = AnyPoolOptions::new().max_connections(max);
        if !pragmas.is_empty() {
            pool = pool.after_connect(move |conn, _| {
                Box::pin(async move {
                    sqlx::Executor::execute(&mut *conn, pragmas).await?;
                    Ok(())
                })
            });
        }
        let pool = pool.connect_with(opts).await?;
        let migrations = match dialect {
            Dialect::Sqlite => MIGRATIONS,
            Dialect::Postgres => PG_MIGRATIONS,
        };
        Migrator::new(super::embedded::Embedded(migrations))
            .await?
            .run(&pool)
            .await?;
        Ok(SqlStore {
            pool,
            dialect,
            vault: Arc::new(vault),
        })
    }
}

pub(super) fn summary(r: &AnyRow) -> Result<RunSummary, sqlx::Error> {
    Ok(RunSummary {
        id: r.try_get("id")?,
        workflow: r.try_get("workflow")?,
        trigger: r.try_get("trigger")?,
        status: r.try_get("status")?,
        exit_code: r.try_get("exit_code")?,
        started_at: r.try_get("started_at")?,
        finished_at: r.try_get("finished_at")?,
        input_id: r.try_get("input_id")?,
        retry_of: r.try_get("retry_of")?,
        error: r.try_get("error")?,
        question_drift: r.try_get("question_drift")?,
        unknown_codes: r.try_get("unknown_codes")?,
    })
}

/// The columns of a [`RunSummary`], selected `FROM runs` (the drift counts are summed from the
/// run's transform counters).
pub(super) const RUN_COLUMNS: &str = "id, workflow, trigger, status, exit_code, started_at, \
     finished_at, input_id, retry_of, error, \
     (SELECT CAST(COALESCE(SUM(c.count), 0) AS BIGINT) FROM run_counters c \
      WHERE c.run_id = runs.id AND c.kind IN ('unmatched_question', 'missing_question')) \
      AS question_drift, \
     (SELECT CAST(COALESCE(SUM(c.count), 0) AS BIGINT) FROM run_counters c \
      WHERE c.run_id = runs.id AND c.kind = 'unknown_code') AS unknown_codes";

impl Store for SqlStore {
    async fn register_workflow(
        &self,
        name: &str,
        file: &str,
        trigger: &str,
    ) -> Result<(), StoreError> {
        self.q(
            "INSERT INTO workflows (name, file, trigger, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET file = excluded.file, trigger = excluded.trigger, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(file)
        .bind(trigger)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn save_input(
        &self,
        workflow: &str,
        body: &serde_json::Value,
    ) -> Result<i64, StoreError> {
        self.insert_input(workflow, body).await
    }

    async fn input(&self, id: i64) -> Result<Option<serde_json::Value>, StoreError> {
        self.read_input(id).await
    }

    async fn create_run(&self, run: NewRun<'_>) -> Result<RunId, StoreError> {
        let r = self.q(
            "INSERT INTO runs (workflow, trigger, status, input_id, retry_of, started_at, lease_until) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(run.workflow)
        .bind(run.trigger)
        .bind(RunStatus::Running.as_str())
        .bind(run.input_id)
        .bind(run.retry_of)
        .bind(now())
        .bind(later(RUN_LEASE))
        .fetch_one(&self.pool)
        .await?;
        Ok(r.try_get(0)?)
    }

    async fn finish_run(
        &self,
        id: RunId,
        status: RunStatus,
        error: Option<Scrubbed>,
    ) -> Result<(), StoreError> {
        self.q(
            "UPDATE runs SET status = ?, exit_code = ?, finished_at = ?, error = ? WHERE id = ?",
        )
        .bind(status.as_str())
        .bind(i64::from(status.exit_code()))
        .bind(now())
        .bind(error.map(Scrubbed::into_string))
        .bind(id)
        .execute(&self.pool)
        .await?;
        // The keys it still holds (a record cancelled mid-way) are free at once.
        self.drop_keys_of(id).await
    }

    async fn start_step(&self, run: RunId, step: &str) -> Result<i64, StoreError> {
        let r = self.q(
            "INSERT INTO step_attempts (run_id, step, attempt, status, started_at)
             VALUES (?, ?, (SELECT COUNT(*) + 1 FROM step_attempts WHERE run_id = ? AND step = ?), 'running', ?) RETURNING id",
        )
        .bind(run)
        .bind(step)
        .bind(run)
        .bind(step)
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        Ok(r.try_get(0)?)
    }

    async fn finish_step(
        &self,
        attempt: i64,
        ok: bool,
        error: Option<Scrubbed>,
    ) -> Result<(), StoreError> {
        self.q("UPDATE step_attempts SET status = ?, finished_at = ?, error = ? WHERE id = ?")
            .bind(if ok { "success" } else { "failed" })
            .bind(now())
            .bind(error.map(Scrubbed::into_string))
            .bind(attempt)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn log(
        &self,
        run: RunId,
        step: Option<&str>,
        level: Level,
        message: Scrubbed,
    ) -> Result<(), StoreError> {
        self.q("INSERT INTO log_lines (run_id, step, at, level, message) VALUES (?, ?, ?, ?, ?)")
            .bind(run)
            .bind(step)
            .bind(now())
            .bind(level.as_str())
            .bind(message.into_string())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn record_outcomes(&self, run: RunId, rows: Vec<NewOutcome>) -> Result<(), StoreError> {
        self.insert_outcomes(run, rows, Vec::new()).await
    }

    async fn record_page(
        &self,
        run: RunId,
        rows: Vec<NewOutcome>,
        logs: Vec<NewLogLine>,
    ) -> Result<(), StoreError> {
        self.insert_outcomes(run, rows, logs).await
    }

    async fn outcome_counts(
        &self,
        run: RunId,
    ) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        let rows = self
            .q("SELECT outcome, COUNT(*) FROM record_outcomes WHERE run_id = ? GROUP BY outcome")
            .bind(run)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get::<i64, _>(1)?.max(0) as u64)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    async fn add_counters(&self, run: RunId, rows: Vec<CounterRow>) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        for r in rows {
            self.q(
                "INSERT INTO run_counters (run_id, transform, kind, subject, detail, count) VALUES (?, ?, ?, ?, ?, ?)
                 ON CONFLICT (run_id, transform, kind, subject, detail) DO UPDATE SET count = run_counters.count + excluded.count",
            )
            .bind(run)
            .bind(r.transform)
            .bind(r.kind)
            .bind(r.subject)
            .bind(r.detail)
            .bind(i64::try_from(r.count).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn save_step_output(&self, run: RunId, o: NewStepOutput) -> Result<(), StoreError> {
        self.insert_step_output(run, o).await
    }

    async fn step_outputs(&self, run: RunId) -> Result<Vec<StepOutputRow>, StoreError> {
        self.read_step_outputs(run).await
    }

    async fn cursor_sync_start(
        &self,
        workflow: &str,
        name: &str,
    ) -> Result<Option<String>, StoreError> {
        let r = self
            .q("SELECT sync_start FROM cursors WHERE workflow = ? AND name = ?")
            .bind(workflow)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => r.try_get(0)?,
            None => None,
        })
    }

    async fn set_cursor_progress(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        sync_start: &str,
        run: RunId,
    ) -> Result<(), StoreError> {
        self.q(
            "INSERT INTO cursors (workflow, name, value, run_id, updated_at, sync_start) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (workflow, name) DO UPDATE SET value = excluded.value, run_id = excluded.run_id,
               updated_at = excluded.updated_at, sync_start = excluded.sync_start",
        )
        .bind(workflow)
        .bind(name)
        .bind(value)
        .bind(run)
        .bind(now())
        .bind(sync_start)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn cursor(&self, workflow: &str, name: &str) -> Result<Option<String>, StoreError> {
        let r = self
            .q("SELECT value FROM cursors WHERE workflow = ? AND name = ?")
            .bind(workflow)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => Some(r.try_get(0)?),
            None => None,
        })
    }

    async fn set_cursor(
        &self,
        workflow: &str,
        name: &str,
        value: &str,
        run: RunId,
    ) -> Result<(), StoreError> {
        self.set_cursor_progress(workflow, name, value, value, run)
            .await
    }

    async fn runs(&self, f: &RunFilter) -> Result<Vec<RunSummary>, StoreError> {
        let sql = format!(
            "SELECT {RUN_COLUMNS} FROM runs WHERE (? IS NULL OR workflow = ?) AND (? IS NULL OR status = ?) ORDER BY id DESC LIMIT ?"
        );
        let status = f.status.map(RunStatus::as_str);
        let rows = sqlx::query(&self.dialect.owned(&sql))
            .bind(f.workflow.as_deref())
            .bind(f.workflow.as_deref())
            .bind(status)
            .bind(status)
            .bind(i64::from(if f.limit == 0 { 50 } else { f.limit }))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(summary).collect::<Result<_, _>>()?)
    }

    async fn run(&self, id: RunId) -> Result<Option<RunDetail>, StoreError> {
        let sql = format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?");
        let Some(r) = sqlx::query(&self.dialect.owned(&sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let run = summary(&r)?;
        let steps = self.q(
            "SELECT step, attempt, status, started_at, finished_at, error FROM step_attempts WHERE run_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(StepRow {
                step: r.try_get("step")?,
                attempt: r.try_get("attempt")?,
                status: r.try_get("status")?,
                started_at: r.try_get("started_at")?,
                finished_at: r.try_get("finished_at")?,
                error: r.try_get("error")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let logs = self
            .q("SELECT at, level, step, message FROM log_lines WHERE run_id = ? ORDER BY id")
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(LogRow {
                    at: r.try_get("at")?,
                    level: r.try_get("level")?,
                    step: r.try_get("step")?,
                    message: r.try_get("message")?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let outcomes = self.read_outcomes(id).await?;
        let counters = self
            .q(
                "SELECT transform, kind, subject, detail, count FROM run_counters WHERE run_id = ?
             ORDER BY transform, kind, count DESC, subject, detail",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(CounterRow {
                    transform: r.try_get("transform")?,
                    kind: r.try_get("kind")?,
                    subject: r.try_get("subject")?,
                    detail: r.try_get("detail")?,
                    count: r.try_get::<i64, _>("count")?.max(0) as u64,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let outputs = self
            .q("SELECT step, ok, note, bytes FROM step_outputs WHERE run_id = ? ORDER BY id")
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(StepOutputRow {
                    step: r.try_get("step")?,
                    ok: r.try_get::<i64, _>("ok")? != 0,
                    value: None,
                    note: r.try_get("note")?,
                    bytes: r.try_get::<i64, _>("bytes")?.max(0) as u64,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Some(RunDetail {
            run,
            steps,
            logs,
            outcomes,
            counters,
            outputs,
        }))
    }

    async fn mark_lost(&self) -> Result<u64, StoreError> {
        let at = now();
        let r = self.q("UPDATE runs SET status = ?, exit_code = ?, finished_at = ?, error = ? WHERE status = ? AND (lease_until IS NULL OR lease_until < ?)")
            .bind(RunStatus::Lost.as_str())
            .bind(i64::from(RunStatus::Lost.exit_code()))
            .bind(&at)
            .bind("the worker stopped while the run was in progress")
            .bind(RunStatus::Running.as_str())
            .bind(&at)
            .execute(&self.pool)
            .await?;
        if r.rows_affected() > 0 {
            self.drop_stale_keys().await?;
        }
        Ok(r.rows_affected())
    }

    async fn keep_alive(&self, runs: &[RunId], lease: Duration) -> Result<u64, StoreError> {
        let until = later(lease);
        let mut n = 0;
        for run in runs {
            n += self
                .q("UPDATE runs SET lease_until = ? WHERE id = ? AND status = ?")
                .bind(&until)
                .bind(run)
                .bind(RunStatus::Running.as_str())
                .execute(&self.pool)
                .await?
                .rows_affected();
        }
        Ok(n)
    }

    fn key_locks_in_store(&self) -> bool {
        self.dialect == Dialect::Postgres
    }

    async fn try_lock_key(
        &self,
        workflow: &str,
        key: &str,
        run: RunId,
    ) -> Result<bool, StoreError> {
        self.take_key(workflow, key, run).await
    }

    async fn unlock_key(&self, workflow: &str, key: &str, run: RunId) -> Result<(), StoreError> {
        self.give_key(workflow, key, run).await
    }

    async fn try_lock_keys(
        &self,
        workflow: &str,
        keys: &[String],
        run: RunId,
    ) -> Result<Vec<String>, StoreError> {
        self.take_keys(workflow, keys, run).await
    }

    async fn unlock_keys_of(&self, workflow: &str, run: RunId) -> Result<(), StoreError> {
        self.give_keys_of(workflow, run).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    on_both!(
        async fn runs_steps_logs_outcomes_and_cursors_round_trip(db: &TestDb) {
            let s = db.open().await;
            let scrub = Scrubber::new(["pw-secret"]);
            let input = s
                .save_input("w", &serde_json::json!({"a": 1}))
                .await
                .unwrap();
            let run = s
                .create_run(NewRun {
                    workflow: "w",
                    trigger: "manual",
                    input_id: Some(input),
                    retry_of: None,
                })
                .await
                .unwrap();
            let a1 = s.start_step(run, "fetch").await.unwrap();
            s.finish_step(a1, false, Some(scrub.scrub("boom pw-secret")))
                .await
                .unwrap();
            let a2 = s.start_step(run, "fetch").await.unwrap();
            s.finish_step(a2, true, None).await.unwrap();
            s.log(
                run,
                Some("fetch"),
                Level::Info,
                scrub.scrub("cid 1111111111119"),
            )
            .await
            .unwrap();
            let row = |record: &str, outcome, reason: Option<Scrubbed>| NewOutcome {
                record: record.into(),
                outcome,
                step: Some("up".into()),
                reason,
            };
            s.record_outcomes(
                run,
                vec![
                    row("case-1", Outcome::Created, None),
                    row("case-2", Outcome::Failed, Some(scrub.scrub("HTTP 500"))),
                ],
            )
            .await
            .unwrap();
            assert_eq!(s.cursor("w", "c").await.unwrap(), None);
            s.set_cursor("w", "c", "2024-01-01T00:00:00Z", run)
                .await
                .unwrap();
            s.set_cursor("w", "c", "2024-02-01T00:00:00Z", run)
                .await
                .unwrap();
            assert_eq!(
                s.cursor("w", "c").await.unwrap().as_deref(),
                Some("2024-02-01T00:00:00Z")
            );
            s.finish_run(run, RunStatus::Failed, None).await.unwrap();

            let d = s.run(run).await.unwrap().unwrap();
            assert_eq!(d.run.status, "failed");
            assert_eq!(d.run.exit_code, Some(1));
            assert_eq!(
                d.steps.iter().map(|x| x.attempt).collect::<Vec<_>>(),
                vec![1, 2]
            );
            assert_eq!(d.steps[0].error.as_deref(), Some("boom [secret]"));
            assert_eq!(d.logs[0].message, "cid XXXXXXXXX1119");
            assert_eq!(d.outcomes.len(), 2);
            assert_eq!(
                s.input(input).await.unwrap(),
                Some(serde_json::json!({"a": 1}))
            );

            let other = s
                .create_run(NewRun {
                    workflow: "v",
                    trigger: "cron",
                    input_id: None,
                    retry_of: Some(run),
                })
                .await
                .unwrap();
            let only_w = s
                .runs(&RunFilter {
                    workflow: Some("w".into()),
                    status: None,
                    limit: 10,
                })
                .await
                .unwrap();
            assert_eq!(only_w.iter().map(|r| r.id).collect::<Vec<_>>(), vec![run]);
            // A run in progress holds a lease from its start: another process opening the
            // store does not take it for lost, nor once its process renewed the lease.
            assert_eq!(s.mark_lost().await.unwrap(), 0);
            assert_eq!(s.keep_alive(&[other, run], RUN_LEASE).await.unwrap(), 1);
            assert_eq!(s.mark_lost().await.unwrap(), 0);
            // Its process stopped renewing: the lease expires and the run is lost.
            s.keep_alive(&[other], Duration::ZERO).await.unwrap();
            tokio::time::sleep(Duration::from_millis(5)).await;
            assert_eq!(s.mark_lost().await.unwrap(), 1);
            let lost = s
                .runs(&RunFilter {
                    workflow: None,
                    status: Some(RunStatus::Lost),
                    limit: 10,
                })
                .await
                .unwrap();
            assert_eq!(lost[0].id, other);
            assert_eq!(lost[0].exit_code, Some(4));
            // Reopening applies no migration twice.
            drop(s);
            let s = db.open().await;
            assert_eq!(s.runs(&RunFilter::default()).await.unwrap().len(), 2);
        }
    );

    on_both!(
        async fn many_outcomes_are_stored_in_order_across_insert_chunks(db: &TestDb) {
            let s = db.open().await;
            let run = crate::store::testing::manual_run(&s).await;
            let n = 2 * crate::store::sealed::OUTCOMES_PER_INSERT + 7;
            let rows = (0..n)
                .map(|i| NewOutcome {
                    record: format!("case-{i}"),
                    outcome: if i % 3 == 0 {
                        Outcome::Failed
                    } else {
                        Outcome::Created
                    },
                    step: Some("up".into()),
                    reason: (i % 3 == 0).then(|| Scrubber::default().scrub(&format!("why {i}"))),
                })
                .collect();
            s.record_outcomes(run, rows).await.unwrap();
            let got = s.run(run).await.unwrap().unwrap().outcomes;
            assert_eq!(got.len(), n);
            for (i, o) in got.iter().enumerate() {
                assert_eq!(o.record, format!("case-{i}"));
                let why = format!("why {i}");
                assert_eq!(o.reason.as_deref(), (i % 3 == 0).then_some(why.as_str()));
            }
        }
    );

    use super::super::testing::on_both;
    use super::super::{Outcome, Scrubber};
}
