//! The durable run queue: a run is stored `queued` (its input first, by [`Store::save_input`])
//! before anyone is told it was accepted; workers claim queued runs in order, per workflow, under
//! its concurrency limit, and hold a lease on each run they execute, renewed while it goes on.
//! A run whose lease expired is `lost`; the server's recovery policy then re-queues it (same
//! run id) or resumes it (a new queued run, `retry_of` it, from a step), once.
//!
//! The contract is the trait [`RunQueue`], so a PostgreSQL store (issue 12) can implement it with
//! `FOR UPDATE SKIP LOCKED`; [`SqliteStore`]'s implementation serialises writers with
//! `BEGIN IMMEDIATE` and claims with one `UPDATE … RETURNING`.

use std::future::Future;
use std::time::Duration;

use sqlx::Row;

use super::{Dialect, RunId, RunStatus, SqliteStore, Store, StoreError, now};

/// A run to queue.
#[derive(Debug, Clone, Default)]
pub struct NewQueued<'a> {
    pub workflow: &'a str,
    /// `webhook`, `cron`, `manual`, `retry`.
    pub trigger: &'a str,
    /// From [`Store::save_input`]; deleted again when the run is not queued (full, duplicate).
    pub input_id: Option<i64>,
    pub retry_of: Option<RunId>,
    /// Start at this top-level step (with `retry_of`: the earlier steps' outputs are its).
    pub from_step: Option<&'a str>,
    /// Remember the run under this key until `expires_at` (`(scope, key, expires_at)`); a key
    /// already remembered answers [`Enqueued::Duplicate`].
    pub idempotency: Option<(&'a str, &'a str, String)>,
    /// Refuse when this many runs of the workflow are queued already.
    pub bound: Option<u64>,
    /// The lost (or cancelled) run this one resumes: marked recovered in the same transaction;
    /// a run recovered already answers [`Enqueued::Duplicate`] with its own id.
    pub recovering: Option<RunId>,
    /// Times the work was claimed before (a resumed run carries its lost run's count on).
    pub prior_attempts: i64,
}

/// What [`RunQueue::enqueue`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enqueued {
    New(RunId),
    /// The idempotency key was seen within its window: the run it started.
    Duplicate(RunId),
    /// The workflow has `queued` runs waiting already (at its bound).
    Full {
        queued: u64,
    },
}

/// A queued run a worker claimed (now `running`, leased to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedRun {
    pub id: RunId,
    pub trigger: String,
    pub input_id: Option<i64>,
    pub retry_of: Option<RunId>,
    pub from_step: Option<String>,
    /// How many times the run was claimed, this claim included.
    pub attempts: i64,
}

/// A `lost` run a worker held, not recovered yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostRun {
    pub id: RunId,
    pub workflow: String,
    pub trigger: String,
    pub input_id: Option<i64>,
    pub attempts: i64,
    /// The steps it attempted, the latest first.
    pub steps: Vec<String>,
}

/// The queue of runs; see the module documentation.
pub trait RunQueue: Store {
    fn enqueue(
        &self,
        q: NewQueued<'_>,
    ) -> impl Future<Output = Result<Enqueued, StoreError>> + Send;
    /// The run remembered under an idempotency key still in its window.
    fn idempotent_run(
        &self,
        scope: &str,
        key: &str,
    ) -> impl Future<Output = Result<Option<RunId>, StoreError>> + Send;
    fn queued_count(&self, workflow: &str) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Claims the oldest queued run of `workflow` for `worker` when fewer than `limit` of its
    /// runs hold a live lease.
    fn claim_next(
        &self,
        workflow: &str,
        worker: &str,
        lease: Duration,
        limit: usize,
    ) -> impl Future<Output = Result<Option<ClaimedRun>, StoreError>> + Send;
    /// Extends (or takes, for a run started outside the queue) the lease of `worker` on the
    /// given runs still `running`.
    fn renew_leases(
        &self,
        worker: &str,
        runs: &[RunId],
        lease: Duration,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Marks `running` runs whose lease expired as `lost`, except those `worker` (this
    /// process) holds; returns how many.
    fn expire_leases(&self, worker: &str) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Lost runs that a worker held and that nobody recovered yet, oldest first.
    fn lost_runs(
        &self,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<LostRun>, StoreError>> + Send;
    /// Puts a lost run back in the queue under its id; false when it was no longer lost or was
    /// recovered already.
    fn requeue(&self, run: RunId) -> impl Future<Output = Result<bool, StoreError>> + Send;
    /// Records that a lost run is left as it is (and why).
    fn leave_lost(
        &self,
        run: RunId,
        why: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Forgets idempotency keys past their window; returns how many.
    fn forget_expired_keys(&self) -> impl Future<Output = Result<u64, StoreError>> + Send;
}

pub(crate) fn later(d: Duration) -> String {
    let d = chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX);
    let t = chrono::Utc::now()
        .checked_add_signed(d)
        .unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC);
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl SqliteStore {
    /// A transaction that no other one holding the same `key` overlaps: on SQLite a write
    /// transaction from its start (`BEGIN IMMEDIATE`: one writer at a time), on PostgreSQL a
    /// transaction-scoped advisory lock on `key`.
    async fn serialized(
        &self,
        key: &str,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        Ok(match self.dialect {
            Dialect::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Dialect::Postgres => {
                let mut tx = self.pool.begin().await?;
                self.q("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?))) l")
                    .bind(key)
                    .fetch_one(&mut *tx)
                    .await?;
                tx
            }
        })
    }
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl RunQueue for SqliteStore {
    async fn enqueue(&self, q: NewQueued<'_>) -> Result<Enqueued, StoreError> {
        // The checks and the insert see no other writer of this workflow in between.
        let mut tx = self.serialized(&format!("enqueue {}", q.workflow)).await?;
        let at = now();
        let refused = if let Some((scope, key, _)) = &q.idempotency
            && let Some(r) = self.q(
                "SELECT run_id FROM idempotency_keys WHERE scope = ? AND key = ? AND expires_at > ?",
            )
            .bind(scope)
            .bind(key)
            .bind(&at)
            .fetch_optional(&mut *tx)
            .await?
        {
            Some(Enqueued::Duplicate(r.try_get(0)?))
        } else if let Some(bound) = q.bound {
            let n: i64 =
                self.q("SELECT COUNT(*) FROM runs WHERE workflow = ? AND status = ?")
                    .bind(q.workflow)
                    .bind(RunStatus::Queued.as_str())
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
            (count(n) >= bound).then_some(Enqueued::Full { queued: count(n) })
        } else {
            None
        };
        if let Some(answer) = refused {
            if let Some(input) = q.input_id {
                // The refused request's input and its search terms (which reference it), unless a
                // run already uses it.
                for sql in [
                    "DELETE FROM input_terms WHERE input_id = ? AND NOT EXISTS (SELECT 1 FROM runs WHERE input_id = ?)",
                    "DELETE FROM trigger_inputs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM runs WHERE input_id = ?)",
                ] {
                    self.q(sql)
                        .bind(input)
                        .bind(input)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            return Ok(answer);
        }
        // Several processes may recover the same lost run at once: only the first resumes it.
        if let Some(lost) = q.recovering {
            let taken = self
                .q("UPDATE runs SET recovery = ? WHERE id = ? AND recovery IS NULL")
                .bind("resuming")
                .bind(lost)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if taken == 0 {
                tx.rollback().await?;
                return Ok(Enqueued::Duplicate(lost));
            }
        }
        let id: RunId = self.q(
            "INSERT INTO runs (workflow, trigger, status, input_id, retry_of, from_step, started_at,
               attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(q.workflow)
        .bind(q.trigger)
        .bind(RunStatus::Queued.as_str())
        .bind(q.input_id)
        .bind(q.retry_of)
        .bind(q.from_step)
        .bind(&at)
        .bind(q.prior_attempts)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if let Some((scope, key, expires)) = &q.idempotency {
            self.q(
                "INSERT INTO idempotency_keys (scope, key, run_id, expires_at) VALUES (?, ?, ?, ?)
                 ON CONFLICT (scope, key) DO UPDATE SET run_id = excluded.run_id, expires_at = excluded.expires_at",
            )
            .bind(scope)
            .bind(key)
            .bind(id)
            .bind(expires)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(lost) = q.recovering {
            self.q("UPDATE runs SET recovery = ? WHERE id = ?")
                .bind(format!("resumed as run {id}"))
                .bind(lost)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Enqueued::New(id))
    }

    async fn idempotent_run(&self, scope: &str, key: &str) -> Result<Option<RunId>, StoreError> {
        let r = self
            .q("SELECT run_id FROM idempotency_keys WHERE scope = ? AND key = ? AND expires_at > ?")
            .bind(scope)
            .bind(key)
            .bind(now())
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => Some(r.try_get(0)?),
            None => None,
        })
    }

    async fn queued_count(&self, workflow: &str) -> Result<u64, StoreError> {
        let n: i64 = self
            .q("SELECT COUNT(*) FROM runs WHERE workflow = ? AND status = ?")
            .bind(workflow)
            .bind(RunStatus::Queued.as_str())
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(count(n))
    }

    async fn claim_next(
        &self,
        workflow: &str,
        worker: &str,
        lease: Duration,
        limit: usize,
    ) -> Result<Option<ClaimedRun>, StoreError> {
        let at = now();
        // One statement on SQLite (one writer at a time), so the concurrency limit holds across
        // every worker; on PostgreSQL under the workflow's advisory lock, the queued row locked
        // too, skipping rows another claim holds.
        let mut tx = match self.dialect {
            Dialect::Sqlite => None,
            Dialect::Postgres => Some(self.serialized(&format!("claim {workflow}")).await?),
        };
        let claim = self.q(match self.dialect {
            Dialect::Sqlite => "UPDATE runs SET status = ?1, claimed_by = ?2, lease_until = ?3, attempts = attempts + 1,
               started_at = ?4
             WHERE id = (SELECT id FROM runs WHERE workflow = ?5 AND status = ?6 ORDER BY id LIMIT 1)
               AND (SELECT COUNT(*) FROM runs WHERE workflow = ?5 AND status = ?1
                    AND lease_until >= ?4) < ?7
             RETURNING id, trigger, input_id, retry_of, from_step, attempts",
            Dialect::Postgres => "UPDATE runs SET status = ?1, claimed_by = ?2, lease_until = ?3, attempts = attempts + 1,
               started_at = ?4
             WHERE id = (SELECT id FROM runs WHERE workflow = ?5 AND status = ?6 ORDER BY id LIMIT 1
                         FOR UPDATE SKIP LOCKED)
               AND (SELECT COUNT(*) FROM runs WHERE workflow = ?5 AND status = ?1
                    AND lease_until >= ?4) < ?7
             RETURNING id, trigger, input_id, retry_of, from_step, attempts",
        })
        .bind(RunStatus::Running.as_str())
        .bind(worker)
        .bind(later(lease))
        .bind(&at)
        .bind(workflow)
        .bind(RunStatus::Queued.as_str())
        .bind(i64::try_from(limit).unwrap_or(i64::MAX));
        let r = match tx.as_mut() {
            Some(tx) => claim.fetch_optional(&mut **tx).await?,
            None => claim.fetch_optional(&self.pool).await?,
        };
        if let Some(tx) = tx {
            tx.commit().await?;
        }
        let Some(r) = r else { return Ok(None) };
        Ok(Some(ClaimedRun {
            id: r.try_get("id")?,
            trigger: r.try_get("trigger")?,
            input_id: r.try_get("input_id")?,
            retry_of: r.try_get("retry_of")?,
            from_step: r.try_get("from_step")?,
            attempts: r.try_get("attempts")?,
        }))
    }

    async fn renew_leases(
        &self,
        worker: &str,
        runs: &[RunId],
        lease: Duration,
    ) -> Result<u64, StoreError> {
        if runs.is_empty() {
            return Ok(0);
        }
        let until = later(lease);
        let mut tx = self.pool.begin().await?;
        let mut n = 0;
        for id in runs {
            n += self
                .q("UPDATE runs SET claimed_by = ?, lease_until = ? WHERE id = ? AND status = ?")
                .bind(worker)
                .bind(&until)
                .bind(id)
                .bind(RunStatus::Running.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(n)
    }

    async fn expire_leases(&self, worker: &str) -> Result<u64, StoreError> {
        let at = now();
        let r = self
            .q(
                "UPDATE runs SET status = ?, exit_code = ?, finished_at = ?, error = ?
             WHERE status = ? AND lease_until < ? AND (claimed_by IS NULL OR claimed_by <> ?)",
            )
            .bind(RunStatus::Lost.as_str())
            .bind(i64::from(RunStatus::Lost.exit_code()))
            .bind(&at)
            .bind("the worker stopped while the run was in progress (its lease expired)")
            .bind(RunStatus::Running.as_str())
            .bind(&at)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        if r.rows_affected() > 0 {
            self.drop_stale_keys().await?;
        }
        Ok(r.rows_affected())
    }

    async fn lost_runs(&self, limit: u32) -> Result<Vec<LostRun>, StoreError> {
        let rows = self
            .q("SELECT id, workflow, trigger, input_id, attempts FROM runs
             WHERE status = ? AND recovery IS NULL AND claimed_by IS NOT NULL ORDER BY id LIMIT ?")
            .bind(RunStatus::Lost.as_str())
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: RunId = r.try_get("id")?;
            let steps = self
                .q("SELECT step FROM step_attempts WHERE run_id = ? ORDER BY id DESC LIMIT 100")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|s| s.try_get(0))
                .collect::<Result<Vec<String>, _>>()?;
            out.push(LostRun {
                id,
                workflow: r.try_get("workflow")?,
                trigger: r.try_get("trigger")?,
                input_id: r.try_get("input_id")?,
                attempts: r.try_get("attempts")?,
                steps,
            });
        }
        Ok(out)
    }

    async fn requeue(&self, run: RunId) -> Result<bool, StoreError> {
        let r = self.q(
            "UPDATE runs SET status = ?, claimed_by = NULL, lease_until = NULL, exit_code = NULL,
               finished_at = NULL, error = NULL
             WHERE id = ? AND status = ? AND recovery IS NULL",
        )
        .bind(RunStatus::Queued.as_str())
        .bind(run)
        .bind(RunStatus::Lost.as_str())
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    async fn leave_lost(&self, run: RunId, why: &str) -> Result<(), StoreError> {
        self.q("UPDATE runs SET recovery = ? WHERE id = ?")
            .bind(why)
            .bind(run)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn forget_expired_keys(&self) -> Result<u64, StoreError> {
        let r = self
            .q("DELETE FROM idempotency_keys WHERE expires_at <= ?")
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected())
    }
}

#[cfg(test)]
#[path = "queue_tests.rs"]
mod tests;
