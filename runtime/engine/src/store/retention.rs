//! How long the store keeps what runs leave behind (`[retention]` in mapwright.toml), and the
//! pruning that applies it: whole runs after `runs_days`, their log lines after `logs_days`,
//! step outputs and trigger inputs (the personal data a retry needs) after `outputs_days`, and,
//! past `max_store_mb`, the oldest finished runs until the store fits. Runs that are not
//! finished are never touched. `serve` prunes hourly; `mapwright prune` on demand.
//!
//! Rows that point at a pruned run or input are found from the schema itself (SQLite's foreign
//! key list), so a table added later is covered: a nullable reference is cleared (a newer run's
//! `retry_of`, a cursor's `run_id`), a required one is deleted with its run.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::{Dialect, SqliteStore, StoreError};

/// The `[retention]` table. Every limit is optional: `0` or absent keeps forever, except the
/// defaults below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Retention {
    /// Finished runs older than this many days are deleted with everything they hold
    /// (default 365).
    pub runs_days: u32,
    /// Log lines of runs older than this many days are deleted (default 90).
    pub logs_days: u32,
    /// Step outputs and trigger inputs of runs older than this many days are deleted: those
    /// runs can then be retried only from the start with a new input (default 30).
    pub outputs_days: u32,
    /// Past this size (MiB of used pages), the oldest finished runs are deleted until the store
    /// fits (default 0: no size limit).
    pub max_store_mb: u64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            runs_days: 365,
            logs_days: 90,
            outputs_days: 30,
            max_store_mb: 0,
        }
    }
}

impl Retention {
    /// One line for people: what is kept how long.
    pub fn describe(&self) -> String {
        let days = |d: u32| {
            if d == 0 {
                "forever".to_owned()
            } else {
                format!("{d} days")
            }
        };
        let size = if self.max_store_mb == 0 {
            String::new()
        } else {
            format!("; oldest runs deleted past {} MiB", self.max_store_mb)
        };
        format!(
            "runs {}, log lines {}, step outputs and inputs {}{size}",
            days(self.runs_days),
            days(self.logs_days),
            days(self.outputs_days)
        )
    }
}

/// What one pruning deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Pruned {
    pub runs: u64,
    pub log_lines: u64,
    pub step_outputs: u64,
    pub inputs: u64,
}

impl Pruned {
    pub fn is_empty(&self) -> bool {
        *self == Pruned::default()
    }
}

/// The timestamp `days` before `now`, as the store writes timestamps (they sort as text).
fn cutoff(now: chrono::DateTime<chrono::Utc>, days: u32) -> String {
    (now - chrono::Duration::days(i64::from(days)))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The store's tables whose rows count towards `max_store_mb` on PostgreSQL.
const STORE_TABLES: [&str; 9] = [
    "runs",
    "step_attempts",
    "log_lines",
    "record_outcomes",
    "step_outputs",
    "run_counters",
    "trigger_inputs",
    "input_terms",
    "audit_log",
];

/// Ids of finished runs that started before `before`, oldest first, at most `limit`.
const OLD_RUNS: &str = "SELECT id FROM runs WHERE finished_at IS NOT NULL AND started_at < ? \
                        ORDER BY id LIMIT ?";
/// A `before` later than every timestamp the store writes: [`OLD_RUNS`] of any age.
const ANY_AGE: &str = "9999";

impl SqliteStore {
    /// Applies `r` as of `now`.
    pub async fn prune(
        &self,
        r: &Retention,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Pruned, StoreError> {
        let mut p = Pruned::default();
        if r.outputs_days > 0 {
            let before = cutoff(now, r.outputs_days);
            p.step_outputs += self.delete_of_old_runs("step_outputs", &before).await?;
            let inputs: Vec<i64> = self
                .qs(
                    "SELECT DISTINCT input_id FROM runs WHERE input_id IS NOT NULL \
                 AND finished_at IS NOT NULL AND started_at < ? \
                 AND input_id NOT IN (SELECT input_id FROM runs WHERE input_id IS NOT NULL \
                                      AND (finished_at IS NULL OR started_at >= ?))",
                )
                .bind(&before)
                .bind(&before)
                .fetch_all(&self.pool)
                .await?;
            for chunk in inputs.chunks(500) {
                p.inputs += self.delete_rows("trigger_inputs", chunk).await?;
            }
        }
        if r.logs_days > 0 {
            p.log_lines += self
                .delete_of_old_runs("log_lines", &cutoff(now, r.logs_days))
                .await?;
        }
        if r.runs_days > 0 {
            let before = cutoff(now, r.runs_days);
            loop {
                let ids: Vec<i64> = self
                    .qs(OLD_RUNS)
                    .bind(&before)
                    .bind(500_i64)
                    .fetch_all(&self.pool)
                    .await?;
                if ids.is_empty() {
                    break;
                }
                p.runs += self.delete_rows("runs", &ids).await?;
            }
        }
        if r.max_store_mb > 0 {
            let limit = r.max_store_mb.saturating_mul(1024 * 1024);
            while self.used_bytes().await? > limit {
                // The oldest finished runs, a batch at a time, whatever their age.
                let ids: Vec<i64> = self
                    .qs(OLD_RUNS)
                    .bind(ANY_AGE)
                    .bind(10_i64)
                    .fetch_all(&self.pool)
                    .await?;
                if ids.is_empty() {
                    break;
                }
                p.runs += self.delete_rows("runs", &ids).await?;
                self.compact_search().await?;
            }
        }
        Ok(p)
    }

    /// Deletes the rows of `table` (one of the store's own, keyed by `run_id`) that belong to
    /// finished runs started before `before`.
    async fn delete_of_old_runs(&self, table: &str, before: &str) -> Result<u64, StoreError> {
        let sql = format!(
            "DELETE FROM {table} WHERE run_id IN \
             (SELECT id FROM runs WHERE finished_at IS NOT NULL AND started_at < ?)"
        );
        Ok(sqlx::query(&self.dialect.owned(&sql))
            .bind(before)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// Bytes in use by the store: on SQLite the database's pages minus its free pages; on
    /// PostgreSQL the size of the live rows of the store's tables (the files themselves only
    /// shrink when PostgreSQL's vacuum returns space, so they cannot measure a prune).
    pub async fn used_bytes(&self) -> Result<u64, StoreError> {
        let bytes: i64 = match self.dialect {
            Dialect::Sqlite => {
                let row = self
                    .q("SELECT (SELECT page_count FROM pragma_page_count()) - \
                            (SELECT freelist_count FROM pragma_freelist_count()), \
                            (SELECT page_size FROM pragma_page_size())")
                    .fetch_one(&self.pool)
                    .await?;
                let pages: i64 = row.try_get(0)?;
                let size: i64 = row.try_get(1)?;
                pages.max(0) * size
            }
            Dialect::Postgres => {
                let mut total = 0;
                for t in STORE_TABLES {
                    let sql = format!(
                        "SELECT CAST(COALESCE(SUM(pg_column_size(t.*)), 0) AS BIGINT) FROM {t} t"
                    );
                    total += sqlx::query_scalar::<_, i64>(&sql)
                        .fetch_one(&self.pool)
                        .await?;
                }
                total
            }
        };
        Ok(u64::try_from(bytes).unwrap_or(0))
    }

    /// Deletes rows `ids` of `table` in one transaction, first clearing or deleting every row
    /// that references them (found from the schema's foreign keys); returns how many of
    /// `table`'s rows went.
    async fn delete_rows(&self, table: &str, ids: &[i64]) -> Result<u64, StoreError> {
        let refs = self
            .q(match self.dialect {
                Dialect::Sqlite => {
                    "SELECT m.name AS tbl, f.\"from\" AS col, \
                    (SELECT i.\"notnull\" FROM pragma_table_info(m.name) i WHERE i.name = f.\"from\") AS required \
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table' AND f.\"table\" = ?"
                }
                // The same walk over PostgreSQL's catalog, in the store's schema.
                Dialect::Postgres => {
                    "SELECT CAST(src.relname AS TEXT) AS tbl, CAST(a.attname AS TEXT) AS col, \
                    CAST(CASE WHEN a.attnotnull THEN 1 ELSE 0 END AS BIGINT) AS required \
             FROM pg_constraint c \
             JOIN pg_class src ON src.oid = c.conrelid \
             JOIN pg_class dst ON dst.oid = c.confrelid \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             WHERE c.contype = 'f' AND CAST(dst.relname AS TEXT) = ? \
               AND dst.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
                }
            })
            .bind(table)
        .fetch_all(&self.pool)
        .await?;
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let mut tx = self.pool.begin().await?;
        for r in &refs {
            let (tbl, col): (String, String) = (r.try_get("tbl")?, r.try_get("col")?);
            let required: i64 = r.try_get("required").unwrap_or(0);
            // Identifiers come from the schema itself, ids are integers: nothing user-given.
            let sql = if required != 0 && tbl != table {
                format!("DELETE FROM \"{tbl}\" WHERE \"{col}\" IN ({list})")
            } else {
                format!("UPDATE \"{tbl}\" SET \"{col}\" = NULL WHERE \"{col}\" IN ({list})")
            };
            sqlx::query(&sql).execute(&mut *tx).await?;
        }
        let n = sqlx::query(&format!("DELETE FROM \"{table}\" WHERE id IN ({list})"))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::on_both;
    use crate::store::{NewRun, RunStatus, Store};

    async fn count(s: &SqliteStore, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
            .fetch_one(&s.pool)
            .await
            .expect("count")
    }

    /// A run of workflow `w` started `days_ago` days before `now`, with an input, a log line,
    /// an outcome, a step output and a cursor pointing at it; `finished` or still running.
    async fn run(
        s: &SqliteStore,
        now: chrono::DateTime<chrono::Utc>,
        days_ago: i64,
        finished: bool,
        retry_of: Option<i64>,
    ) -> i64 {
        let scrub = crate::store::scrub::Scrubber::new(Vec::<String>::new());
        let input = s
            .save_input("w", &serde_json::json!({"data": {"record_id": "r"}}))
            .await
            .expect("input");
        let id = s
            .create_run(NewRun {
                workflow: "w",
                trigger: "manual",
                input_id: Some(input),
                retry_of,
            })
            .await
            .expect("run");
        s.log(id, None, crate::store::Level::Info, scrub.scrub("line"))
            .await
            .expect("log");
        s.record_outcomes(
            id,
            vec![crate::store::NewOutcome {
                record: "case-1".into(),
                outcome: crate::store::Outcome::Created,
                step: None,
                reason: None,
            }],
        )
        .await
        .expect("outcome");
        s.save_step_output(
            id,
            scrub.step_output("fetch", true, &serde_json::json!({"a": 1})),
        )
        .await
        .expect("output");
        s.set_cursor("w", &format!("c{id}"), "2026-01-01T00:00:00.000Z", id)
            .await
            .expect("cursor");
        if finished {
            s.finish_run(id, RunStatus::Success, None)
                .await
                .expect("finish");
        }
        let at = (now - chrono::Duration::days(days_ago))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        s.q("UPDATE runs SET started_at = ? WHERE id = ?")
            .bind(at)
            .bind(id)
            .execute(&s.pool)
            .await
            .expect("backdate");
        id
    }

    on_both!(
        async fn prunes_outputs_then_logs_then_runs_by_age_and_never_an_unfinished_run(
            db: &TestDb,
        ) {
            let s = db.open().await;
            let now = chrono::Utc::now();
            let ancient = run(&s, now, 400, true, None).await;
            let retried = run(&s, now, 100, true, Some(ancient)).await;
            let recent = run(&s, now, 40, true, None).await;
            let fresh = run(&s, now, 1, true, None).await;
            let stuck = run(&s, now, 500, false, None).await;
            let r = Retention {
                runs_days: 365,
                logs_days: 90,
                outputs_days: 30,
                max_store_mb: 0,
            };
            let p = s.prune(&r, now).await.expect("prune");
            assert_eq!(
                p,
                Pruned {
                    runs: 1,
                    log_lines: 2,
                    step_outputs: 3,
                    inputs: 3,
                },
                "the 400-, 100- and 40-day runs lose their outputs and inputs, the 400- and \
                 100-day runs their log lines, and the 400-day run goes"
            );
            let runs: Vec<i64> = s
                .qs("SELECT id FROM runs ORDER BY id")
                .fetch_all(&s.pool)
                .await
                .expect("runs");
            assert_eq!(runs, vec![retried, recent, fresh, stuck]);
            let retry_of: Option<i64> = s
                .qs("SELECT retry_of FROM runs WHERE id = ?")
                .bind(retried)
                .fetch_one(&s.pool)
                .await
                .expect("retry_of");
            assert_eq!(retry_of, None, "a pruned run is no longer referenced");
            assert!(
                s.run(fresh)
                    .await
                    .expect("fresh")
                    .is_some_and(|d| !d.logs.is_empty())
            );
            let stuck_detail = s.run(stuck).await.expect("stuck").expect("kept");
            assert_eq!(
                stuck_detail.logs.len(),
                1,
                "an unfinished run is never pruned"
            );
            assert_eq!(count(&s, "trigger_inputs").await, 2);
            assert_eq!(count(&s, "step_outputs").await, 2);
            assert_eq!(
                count(&s, "cursors").await,
                5,
                "cursors stay; their run id is cleared"
            );
            // Nothing is left to prune: a second pass deletes nothing.
            assert!(s.prune(&r, now).await.expect("again").is_empty());
        }
    );

    on_both!(
        async fn past_the_size_limit_the_oldest_finished_runs_go(db: &TestDb) {
            let s = db.open().await;
            let now = chrono::Utc::now();
            let first = run(&s, now, 3, true, None).await;
            for _ in 0..60 {
                let id = run(&s, now, 2, true, None).await;
                // Not compressible, so it takes its length on PostgreSQL too.
                let big: String = (0..40 * 1024 / 16)
                    .map(|_| format!("{:016x}", rand::random::<u64>()))
                    .collect();
                s.q("UPDATE log_lines SET message = ? WHERE run_id = ?")
                    .bind(big)
                    .bind(id)
                    .execute(&s.pool)
                    .await
                    .expect("grow");
            }
            let before = s.used_bytes().await.expect("size");
            assert!(before > 2 * 1024 * 1024, "{before}");
            let r = Retention {
                runs_days: 0,
                logs_days: 0,
                outputs_days: 0,
                max_store_mb: 1,
            };
            let p = s.prune(&r, now).await.expect("prune");
            let after = s.used_bytes().await.expect("size");
            assert!(p.runs > 0, "{p:?}");
            assert!(after <= 1024 * 1024, "{before} -> {after}");
            assert!(
                s.run(first).await.expect("first").is_none(),
                "the oldest went first"
            );
            let left = count(&s, "runs").await;
            assert!(left > 0 && left < 61, "{left} runs left");
        }
    );

    #[test]
    fn retention_reads_from_toml_with_defaults_and_says_what_it_keeps() {
        let r: Retention = toml::from_str("logs_days = 14").expect("toml");
        assert_eq!(r.logs_days, 14);
        assert_eq!(r.runs_days, 365);
        assert!(
            toml::from_str::<Retention>("log_days = 1").is_err(),
            "typos are errors"
        );
        assert_eq!(
            Retention { max_store_mb: 500, ..Retention::default() }.describe(),
            "runs 365 days, log lines 14 days, step outputs and inputs 30 days; oldest runs deleted past 500 MiB"
                .replace("14", "90")
        );
    }
}
