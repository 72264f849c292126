//! Key locks in the store: `for_each … partition_by` holds a record's key (Workflow 1: the
//! child's national id) in table `key_locks` while the record goes through its steps, so that
//! runs in other processes sharing the store (PostgreSQL) never process two records of one key
//! at once. The engine keeps its in-process locks in front ([`crate::engine`]'s `partition`), so
//! records of one process never contend here.
//!
//! A lock is a row (workflow, keyed hash of the key, run). Taking it is one statement: insert
//! the row, or take over a row whose run is no longer alive: not `running`, or its lease (the
//! run's own, renewed by its process's heartbeat, see [`super::RunQueue`] and
//! [`super::Store::keep_alive`]) expired. No second heartbeat: a killed worker's keys are free
//! once its runs' leases expire. A run's rows are deleted when it ends or is found lost.
//!
//! The key is stored as a keyed hash under the store's index key, never in plain text; the
//! processes sharing a store share its master key (they open each other's sealed inputs and
//! step outputs), so they hash a key alike.

use super::{RunId, RunStatus, SqlStore, StoreError, now};

/// Keys taken by one statement of [`SqlStore::take_keys`] (4 bound values each, well inside
/// SQLite's and PostgreSQL's limits).
const KEYS_PER_STATEMENT: usize = 250;

impl SqlStore {
    fn key_hash(&self, key: &str) -> Result<String, StoreError> {
        self.vault.index_hash(&format!("partition key\u{0}{key}"))
    }

    pub(super) async fn take_key(
        &self,
        workflow: &str,
        key: &str,
        run: RunId,
    ) -> Result<bool, StoreError> {
        let taken = self.take_keys(workflow, &[key.to_owned()], run).await?;
        Ok(!taken.is_empty())
    }

    pub(super) async fn give_key(
        &self,
        workflow: &str,
        key: &str,
        run: RunId,
    ) -> Result<(), StoreError> {
        let hash = self.key_hash(key)?;
        self.q("DELETE FROM key_locks WHERE workflow = ? AND key_hash = ? AND run_id = ?")
            .bind(workflow)
            .bind(&hash)
            .bind(run)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Takes `keys` of `workflow` for `run`, one statement per [`KEYS_PER_STATEMENT`] distinct
    /// keys; the keys taken. On a conflict a row is taken over only when its holder is this run
    /// (a release that failed) or is no longer alive. PostgreSQL evaluates the condition on the
    /// committed row after a concurrent insert of the same key commits: one taker wins.
    pub(super) async fn take_keys(
        &self,
        workflow: &str,
        keys: &[String],
        run: RunId,
    ) -> Result<Vec<String>, StoreError> {
        // One row per key: a statement may not touch a row twice.
        let mut by_hash = std::collections::BTreeMap::new();
        for k in keys {
            by_hash.insert(self.key_hash(k)?, k);
        }
        let hashes: Vec<&String> = by_hash.keys().collect();
        let at = now();
        let mut taken = Vec::new();
        for chunk in hashes.chunks(KEYS_PER_STATEMENT) {
            let rows = vec!["(?, ?, ?, ?)"; chunk.len()].join(", ");
            let sql = format!(
                "INSERT INTO key_locks (workflow, key_hash, run_id, taken_at) VALUES {rows}
                 ON CONFLICT (workflow, key_hash) DO UPDATE SET run_id = excluded.run_id,
                   taken_at = excluded.taken_at
                 WHERE key_locks.run_id = excluded.run_id
                   OR NOT EXISTS (SELECT 1 FROM runs WHERE runs.id = key_locks.run_id
                                  AND runs.status = ? AND runs.lease_until >= ?)
                 RETURNING key_hash"
            );
            let sql = self.dialect.owned(&sql);
            let mut q = sqlx::query(&sql);
            for h in chunk {
                q = q.bind(workflow).bind(*h).bind(run).bind(at.clone());
            }
            let rows = q
                .bind(RunStatus::Running.as_str())
                .bind(at.clone())
                .fetch_all(&self.pool)
                .await?;
            for r in rows {
                let h: String = sqlx::Row::try_get(&r, 0)?;
                if let Some(k) = by_hash.get(&h) {
                    taken.push((*k).clone());
                }
            }
        }
        Ok(taken)
    }

    /// Deletes the key locks `run` holds of `workflow`.
    pub(super) async fn give_keys_of(&self, workflow: &str, run: RunId) -> Result<(), StoreError> {
        self.q("DELETE FROM key_locks WHERE workflow = ? AND run_id = ?")
            .bind(workflow)
            .bind(run)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes the key locks of `run` (it ended).
    pub(super) async fn drop_keys_of(&self, run: RunId) -> Result<(), StoreError> {
        self.q("DELETE FROM key_locks WHERE run_id = ?")
            .bind(run)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes the key locks of runs no longer `running` (after runs were found lost).
    pub(super) async fn drop_stale_keys(&self) -> Result<(), StoreError> {
        self.q("DELETE FROM key_locks WHERE NOT EXISTS
               (SELECT 1 FROM runs WHERE runs.id = key_locks.run_id AND runs.status = ?)")
            .bind(RunStatus::Running.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
