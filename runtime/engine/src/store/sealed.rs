//! The store's writes and reads of personal data, sealed by the [`super::vault`]: the one
//! function writing trigger inputs, the one writing step outputs, the outcome reasons, and
//! `rotate-key`'s re-sealing.

use sqlx::Row;

use super::{
    NewLogLine, NewOutcome, OutcomeRow, RunId, SqliteStore, StepOutputRow, StoreError, now,
    vault::search_terms,
};

/// What a `rotate-key` changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Resealed {
    pub inputs: u64,
    pub outputs: u64,
    pub reasons: u64,
    pub credentials: u64,
}

/// Outcome rows per INSERT: 6 values each, well under both backends' limits on bound values.
pub(super) const OUTCOMES_PER_INSERT: usize = 200;
/// Log lines per INSERT (5 values each).
const LOGS_PER_INSERT: usize = 200;

impl SqliteStore {
    /// Minimised (the workflow's input paths), sealed, and indexed by keyed hash.
    pub(super) async fn insert_input(
        &self,
        workflow: &str,
        body: &serde_json::Value,
    ) -> Result<i64, StoreError> {
        let kept = self.vault.minimise(workflow, body);
        let sealed = self.vault.seal(kept.to_string().as_bytes())?;
        let terms = search_terms(&kept)
            .iter()
            .map(|t| self.vault.index_hash(t))
            .collect::<Result<Vec<_>, _>>()?;
        let mut tx = self.pool.begin().await?;
        let r = self.q(
            "INSERT INTO trigger_inputs (workflow, received_at, body, sealed) VALUES (?, ?, '', ?) RETURNING id",
        )
        .bind(workflow)
        .bind(now())
        .bind(sealed)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = r.try_get(0)?;
        for t in terms {
            self.q("INSERT INTO input_terms (input_id, term) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(t)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub(super) async fn read_input(
        &self,
        id: i64,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        let row = self
            .q("SELECT body, sealed FROM trigger_inputs WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(r) = row else { return Ok(None) };
        let bytes = match r.try_get::<Option<Vec<u8>>, _>("sealed")? {
            Some(b) => self.vault.open(&b)?,
            None => r.try_get::<String, _>("body")?.into_bytes(),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| StoreError::Corrupt(format!("input {id}: {e}")))
    }

    pub(super) async fn insert_step_output(
        &self,
        run: RunId,
        o: super::NewStepOutput,
    ) -> Result<(), StoreError> {
        let sealed = match &o.value {
            Some(v) => Some(self.vault.seal(v.as_str().as_bytes())?),
            None => None,
        };
        self.q(
            "INSERT INTO step_outputs (run_id, step, ok, value, sealed, note, bytes, at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
        )
        .bind(run)
        .bind(o.step)
        .bind(i64::from(o.ok))
        .bind(sealed)
        .bind(o.note)
        .bind(i64::try_from(o.bytes).unwrap_or(i64::MAX))
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub(super) async fn read_step_outputs(
        &self,
        run: RunId,
    ) -> Result<Vec<StepOutputRow>, StoreError> {
        let rows = self.q(
            "SELECT step, ok, value, sealed, note, bytes FROM step_outputs WHERE run_id = ? ORDER BY id",
        )
        .bind(run)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let step: String = r.try_get("step")?;
            let bytes = match r.try_get::<Option<Vec<u8>>, _>("sealed")? {
                Some(b) => Some(self.vault.open(&b)?),
                None => r
                    .try_get::<Option<String>, _>("value")?
                    .map(String::into_bytes),
            };
            let value = match bytes {
                None => None,
                Some(t) => Some(serde_json::from_slice(&t).map_err(|e| {
                    StoreError::Corrupt(format!("output of step `{step}` of run {run}: {e}"))
                })?),
            };
            out.push(StepOutputRow {
                step,
                ok: r.try_get::<i64, _>("ok")? != 0,
                value,
                note: r.try_get("note")?,
                bytes: r.try_get::<i64, _>("bytes")?.max(0) as u64,
            });
        }
        Ok(out)
    }

    /// A page's outcomes and the log lines its records wrote: one transaction.
    pub(super) async fn insert_outcomes(
        &self,
        run: RunId,
        rows: Vec<NewOutcome>,
        logs: Vec<NewLogLine>,
    ) -> Result<(), StoreError> {
        let rows = rows
            .into_iter()
            .map(|r| {
                let sealed = r
                    .reason
                    .as_ref()
                    .map(|x| self.vault.seal(x.as_str().as_bytes()))
                    .transpose()?;
                Ok((r, sealed))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let mut tx = self.pool.begin().await?;
        let at = now();
        // A statement per chunk of rows, not per row: on PostgreSQL each statement is a round
        // trip to the server.
        for chunk in rows.chunks(OUTCOMES_PER_INSERT) {
            let values = vec!["(?, ?, ?, ?, NULL, ?, ?)"; chunk.len()].join(", ");
            let sql = format!(
                "INSERT INTO record_outcomes (run_id, record, outcome, step, reason, reason_sealed, at) VALUES {values}"
            );
            let sql = self.dialect.owned(&sql);
            let mut q = sqlx::query(&sql);
            for (r, sealed) in chunk {
                q = q
                    .bind(run)
                    .bind(r.record.as_str())
                    .bind(r.outcome.as_str())
                    .bind(r.step.as_deref())
                    .bind(sealed.as_deref())
                    .bind(at.as_str());
            }
            q.execute(&mut *tx).await?;
        }
        for chunk in logs.chunks(LOGS_PER_INSERT) {
            let values = vec!["(?, ?, ?, ?, ?)"; chunk.len()].join(", ");
            let sql =
                format!("INSERT INTO log_lines (run_id, step, at, level, message) VALUES {values}");
            let sql = self.dialect.owned(&sql);
            let mut q = sqlx::query(&sql);
            for l in chunk {
                q = q
                    .bind(run)
                    .bind(l.step.as_deref())
                    .bind(l.at.as_str())
                    .bind(l.level.as_str())
                    .bind(l.message.as_str());
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A run's outcomes, reasons opened (or [`super::vault::SEALED_TEXT`] without their key).
    pub(super) async fn read_outcomes(&self, run: RunId) -> Result<Vec<OutcomeRow>, StoreError> {
        let rows = self.q("SELECT record, outcome, step, reason, reason_sealed FROM record_outcomes WHERE run_id = ? ORDER BY id")
            .bind(run)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| self.outcome_row(r)).collect()
    }

    /// An outcome from a row of `record, outcome, step, reason, reason_sealed`, its reason
    /// opened.
    pub(super) fn outcome_row(&self, r: &sqlx::any::AnyRow) -> Result<OutcomeRow, StoreError> {
        let reason = match r.try_get::<Option<Vec<u8>>, _>("reason_sealed")? {
            Some(b) => Some(self.vault.open_text(&b)),
            None => r.try_get("reason")?,
        };
        Ok(OutcomeRow {
            record: r.try_get("record")?,
            outcome: r.try_get("outcome")?,
            step: r.try_get("step")?,
            reason,
        })
    }

    /// Seals under the current key everything sealed under a previous one or kept in plaintext
    /// by an older version (and re-indexes inputs), then the credentials and the key check
    /// under `new` (opened with `old`). One transaction: an interrupted rotation changes nothing.
    pub async fn rotate_keys(
        &self,
        old: Option<&crate::secrets::MasterKey>,
        new: &crate::secrets::MasterKey,
    ) -> Result<Resealed, StoreError> {
        let mut done = Resealed::default();
        let mut tx = self.pool.begin().await?;
        let inputs = self
            .q("SELECT id, body, sealed FROM trigger_inputs")
            .fetch_all(&mut *tx)
            .await?;
        for r in &inputs {
            let sealed: Option<Vec<u8>> = r.try_get("sealed")?;
            if sealed.as_deref().is_some_and(|b| self.vault.is_current(b)) {
                continue;
            }
            let id: i64 = r.try_get("id")?;
            let plain = match &sealed {
                Some(b) => self.vault.open(b)?,
                None => r.try_get::<String, _>("body")?.into_bytes(),
            };
            let value: serde_json::Value = serde_json::from_slice(&plain)
                .map_err(|e| StoreError::Corrupt(format!("input {id}: {e}")))?;
            self.q("UPDATE trigger_inputs SET body = '', sealed = ? WHERE id = ?")
                .bind(self.vault.seal(&plain)?)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            self.q("DELETE FROM input_terms WHERE input_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for t in search_terms(&value) {
                self.q(
                    "INSERT INTO input_terms (input_id, term) VALUES (?, ?) ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(self.vault.index_hash(&t)?)
                .execute(&mut *tx)
                .await?;
            }
            done.inputs += 1;
        }
        for (table, plain_col, sealed_col) in [
            ("step_outputs", "value", "sealed"),
            ("record_outcomes", "reason", "reason_sealed"),
        ] {
            let rows = sqlx::query(&self.dialect.owned(&format!(
                "SELECT id, {plain_col} AS plain, {sealed_col} AS sealed FROM {table} \
                 WHERE {plain_col} IS NOT NULL OR {sealed_col} IS NOT NULL"
            )))
            .fetch_all(&mut *tx)
            .await?;
            for r in &rows {
                let sealed: Option<Vec<u8>> = r.try_get("sealed")?;
                if sealed.as_deref().is_some_and(|b| self.vault.is_current(b)) {
                    continue;
                }
                let plain = match &sealed {
                    Some(b) => self.vault.open(b)?,
                    None => r.try_get::<String, _>("plain")?.into_bytes(),
                };
                sqlx::query(&self.dialect.owned(&format!(
                    "UPDATE {table} SET {plain_col} = NULL, {sealed_col} = ? WHERE id = ?"
                )))
                .bind(self.vault.seal(&plain)?)
                .bind(r.try_get::<i64, _>("id")?)
                .execute(&mut *tx)
                .await?;
                if table == "step_outputs" {
                    done.outputs += 1;
                } else {
                    done.reasons += 1;
                }
            }
        }
        if let Some(old) = old {
            done.credentials = super::admin::reseal_credentials(self, &mut tx, old, new).await?;
        }
        tx.commit().await?;
        // The plaintext and old blobs are not left in free pages (VACUUM) nor in the WAL's
        // old frames (a truncating checkpoint). PostgreSQL: VACUUM FULL rewrites the tables
        // without their dead rows (its WAL is the server's, recycled at its checkpoints).
        match self.dialect {
            super::Dialect::Sqlite => {
                self.q("VACUUM").execute(&self.pool).await?;
                self.q("PRAGMA wal_checkpoint(TRUNCATE)")
                    .execute(&self.pool)
                    .await?;
            }
            super::Dialect::Postgres => {
                for t in [
                    "trigger_inputs",
                    "step_outputs",
                    "record_outcomes",
                    "credentials",
                ] {
                    // Outside any transaction (the simple protocol), as VACUUM needs.
                    sqlx::Executor::execute(&self.pool, &*format!("VACUUM FULL {t}")).await?;
                }
            }
        }
        Ok(done)
    }
}
