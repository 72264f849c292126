//! The admin tables of the store: users, API tokens, sessions, encrypted credentials (sealed
//! and opened with the master key the caller passes), notification recipients, workflow
//! switches, cron fires and the audit log. Until version 0.1 they lived in their own file
//! `admin.db`; [`SqliteStore::open`] imports such a file once (see [`import_admin_db`]).

use std::collections::BTreeMap;
use std::path::Path;

use sqlx::Row;

use super::{SqliteStore, StoreError, now};
use crate::secrets::{MasterKey, Sealed};

/// The admin database file of older versions, imported into the store on open.
pub const OLD_ADMIN_DB_FILE: &str = "admin.db";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub role: String,
    pub created_at: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CredentialRow {
    pub name: String,
    pub owner: String,
    pub environment: String,
    pub fields: Vec<String>,
    pub created_at: String,
    pub rotated_at: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: Option<String>,
}

/// A stored login session (the row of `sessions` joined with its user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub user_id: i64,
    pub username: String,
    pub role: String,
    pub csrf: String,
    /// The user logged in with a one-time password and must set a new one first.
    pub must_change: bool,
}

/// Tables of the old `admin.db`, in an order that respects their foreign keys.
const OLD_ADMIN_TABLES: [&str; 8] = [
    "users",
    "api_tokens",
    "key_check",
    "credentials",
    "notify_recipients",
    "workflow_state",
    "schedule_fires",
    "audit_log",
];

/// Copies the rows of an `admin.db` left by an older version into the store (in one
/// transaction), then renames the file to `admin.db.imported` so it is imported once.
pub(super) async fn import_admin_db(
    store: &SqliteStore,
    data_dir: &Path,
) -> Result<(), StoreError> {
    let old = data_dir.join(OLD_ADMIN_DB_FILE);
    if store.dialect != super::Dialect::Sqlite || !old.is_file() {
        return Ok(());
    }
    let mut conn = store.pool.acquire().await?;
    store
        .q("ATTACH DATABASE ? AS old")
        .bind(old.to_string_lossy().into_owned())
        .execute(&mut *conn)
        .await?;
    let copied = async {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        for t in OLD_ADMIN_TABLES {
            // The old file's columns by name: later versions add columns (with defaults).
            let cols: Vec<String> = sqlx::query(&format!("PRAGMA old.table_info({t})"))
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>("name").map(|n| format!("\"{n}\"")))
                .collect::<Result<_, _>>()?;
            let cols = cols.join(", ");
            sqlx::query(&format!(
                "INSERT OR IGNORE INTO main.{t} ({cols}) SELECT {cols} FROM old.{t}"
            ))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }
    .await;
    store.q("DETACH DATABASE old").execute(&mut *conn).await?;
    copied?;
    let done = data_dir.join(format!("{OLD_ADMIN_DB_FILE}.imported"));
    std::fs::rename(&old, &done).map_err(|e| {
        StoreError::Corrupt(format!(
            "imported {} but cannot rename it: {e}",
            old.display()
        ))
    })?;
    tracing::info!(
        "imported the admin database {} into the store",
        old.display()
    );
    Ok(())
}

/// Re-seals every credential under `new` (opened with `old`) and replaces the key check, in
/// the caller's transaction (`rotate-key`). A credential `old` cannot open is an error.
pub(super) async fn reseal_credentials(
    store: &SqliteStore,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    old: &MasterKey,
    new: &MasterKey,
) -> Result<u64, StoreError> {
    let rows = store
        .q("SELECT name, nonce, ciphertext FROM credentials")
        .fetch_all(&mut **tx)
        .await?;
    for r in &rows {
        let fields = old.open_fields(&Sealed {
            nonce: r.try_get("nonce")?,
            ciphertext: r.try_get("ciphertext")?,
        })?;
        let s = new.seal_fields(&fields)?;
        store
            .q("UPDATE credentials SET nonce = ?, ciphertext = ? WHERE name = ?")
            .bind(s.nonce)
            .bind(s.ciphertext)
            .bind(r.try_get::<String, _>("name")?)
            .execute(&mut **tx)
            .await?;
    }
    let check = new.check_value()?;
    store.q("DELETE FROM key_check").execute(&mut **tx).await?;
    store
        .q("INSERT INTO key_check (id, nonce, ciphertext) VALUES (1, ?, ?)")
        .bind(check.nonce)
        .bind(check.ciphertext)
        .execute(&mut **tx)
        .await?;
    Ok(rows.len() as u64)
}

impl SqliteStore {
    /// Checks the master key against the stored check value (stored on first use), so a wrong
    /// key is an error at start, not garbage at run time.
    pub async fn check_key(&self, key: &MasterKey) -> Result<(), StoreError> {
        // Processes started together on a new store race to store the check value: the second
        // insert does nothing, and that process checks its key against the first one's value.
        for _ in 0..2 {
            let row = self
                .q("SELECT nonce, ciphertext FROM key_check WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?;
            if let Some(r) = row {
                let sealed = Sealed {
                    nonce: r.try_get(0)?,
                    ciphertext: r.try_get(1)?,
                };
                key.verify(&sealed)?;
                return Ok(());
            }
            let s = key.check_value()?;
            let stored = self
                .q(
                    "INSERT INTO key_check (id, nonce, ciphertext) VALUES (1, ?, ?) \
                    ON CONFLICT (id) DO NOTHING",
                )
                .bind(s.nonce)
                .bind(s.ciphertext)
                .execute(&self.pool)
                .await?
                .rows_affected();
            if stored == 1 {
                return Ok(());
            }
        }
        Err(StoreError::Corrupt(
            "the key check value could not be stored or read".into(),
        ))
    }

    // ---- users and tokens

    pub async fn user_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .q("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?)
    }

    pub async fn create_user(
        &self,
        username: &str,
        hash: &str,
        role: &str,
    ) -> Result<i64, StoreError> {
        let r = self.q("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id")
            .bind(username)
            .bind(hash)
            .bind(role)
            .bind(now())
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    pub async fn users(&self) -> Result<Vec<UserRow>, StoreError> {
        let rows = self
            .q("SELECT id, username, role, created_at FROM users ORDER BY username")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(user_row)
            .collect::<Result<_, _>>()
            .map_err(Into::into)
    }

    pub async fn user(&self, id: i64) -> Result<Option<UserRow>, StoreError> {
        let r = self
            .q("SELECT id, username, role, created_at FROM users WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.as_ref().map(user_row).transpose()?)
    }

    /// The user and their password hash, for login.
    pub async fn login_row(&self, username: &str) -> Result<Option<(UserRow, String)>, StoreError> {
        let r = self
            .q("SELECT id, username, role, created_at, password_hash FROM users WHERE username = ?")
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        match r {
            None => Ok(None),
            Some(r) => Ok(Some((user_row(&r)?, r.try_get("password_hash")?))),
        }
    }

    pub async fn delete_user(&self, id: i64) -> Result<bool, StoreError> {
        Ok(self
            .q("DELETE FROM users WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn set_role(&self, id: i64, role: &str) -> Result<bool, StoreError> {
        Ok(self
            .q("UPDATE users SET role = ? WHERE id = ?")
            .bind(role)
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn set_password(&self, id: i64, hash: &str) -> Result<bool, StoreError> {
        Ok(self
            .q("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(hash)
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn admin_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .q("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?)
    }

    // ---- sessions (keyed by the SHA-256 of the cookie token; any server sharing the store
    // accepts them)

    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf: &str,
    ) -> Result<(), StoreError> {
        let t = now();
        self.q(
            "INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf)
        .bind(&t)
        .bind(&t)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The session with this token hash if it was seen at or after `idle_since` (RFC 3339);
    /// marks it seen now. Idle sessions are deleted.
    pub async fn session(
        &self,
        token_hash: &str,
        idle_since: &str,
    ) -> Result<Option<SessionRow>, StoreError> {
        self.q("DELETE FROM sessions WHERE last_seen < ?")
            .bind(idle_since)
            .execute(&self.pool)
            .await?;
        let r = self
            .q("UPDATE sessions SET last_seen = ? WHERE token_hash = ?
             RETURNING user_id, csrf, (SELECT username FROM users WHERE id = user_id) AS username,
               (SELECT role FROM users WHERE id = user_id) AS role,
               (SELECT must_change FROM users WHERE id = user_id) AS must_change")
            .bind(now())
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        match r {
            None => Ok(None),
            Some(r) => Ok(Some(SessionRow {
                user_id: r.try_get("user_id")?,
                username: r.try_get("username")?,
                role: r.try_get("role")?,
                csrf: r.try_get("csrf")?,
                must_change: r.try_get::<i64, _>("must_change")? != 0,
            })),
        }
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.q("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of a user (removed, role changed, password reset).
    pub async fn delete_user_sessions(&self, user_id: i64) -> Result<(), StoreError> {
        self.q("DELETE FROM sessions WHERE user_id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- credentials

    pub async fn credentials(&self) -> Result<Vec<CredentialRow>, StoreError> {
        let rows = self.q("SELECT name, owner, environment, fields, created_at, rotated_at FROM credentials ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in rows {
            let fields: String = r.try_get("fields")?;
            out.push(CredentialRow {
                name: r.try_get("name")?,
                owner: r.try_get("owner")?,
                environment: r.try_get("environment")?,
                fields: fields
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
                created_at: r.try_get("created_at")?,
                rotated_at: r.try_get("rotated_at")?,
            });
        }
        Ok(out)
    }

    /// Creates or replaces (rotates) a credential's values.
    pub async fn put_credential(
        &self,
        key: &MasterKey,
        name: &str,
        owner: &str,
        environment: &str,
        fields: &BTreeMap<String, String>,
    ) -> Result<(), StoreError> {
        let sealed = key.seal_fields(fields)?;
        let names = fields.keys().cloned().collect::<Vec<_>>().join(",");
        let t = now();
        self.q(
            "INSERT INTO credentials (name, owner, environment, fields, nonce, ciphertext, created_at, rotated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, environment = excluded.environment,
               fields = excluded.fields, nonce = excluded.nonce, ciphertext = excluded.ciphertext, rotated_at = excluded.rotated_at",
        )
        .bind(name)
        .bind(owner)
        .bind(environment)
        .bind(names)
        .bind(sealed.nonce)
        .bind(sealed.ciphertext)
        .bind(&t)
        .bind(&t)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn delete_credential(&self, name: &str) -> Result<bool, StoreError> {
        Ok(self
            .q("DELETE FROM credentials WHERE name = ?")
            .bind(name)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    /// Every credential decrypted, for the engine (never for a page).
    pub async fn decrypted_credentials(
        &self,
        key: &MasterKey,
    ) -> Result<BTreeMap<String, BTreeMap<String, String>>, StoreError> {
        let rows = self
            .q("SELECT name, nonce, ciphertext FROM credentials")
            .fetch_all(&self.pool)
            .await?;
        let mut out = BTreeMap::new();
        for r in rows {
            let sealed = Sealed {
                nonce: r.try_get("nonce")?,
                ciphertext: r.try_get("ciphertext")?,
            };
            out.insert(r.try_get::<String, _>("name")?, key.open_fields(&sealed)?);
        }
        Ok(out)
    }

    // ---- notifications

    pub async fn recipients(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = self
            .q("SELECT workflow, email FROM notify_recipients ORDER BY workflow, email")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    pub async fn add_recipient(&self, workflow: &str, email: &str) -> Result<(), StoreError> {
        self.q(
            "INSERT INTO notify_recipients (workflow, email) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(workflow)
        .bind(email)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn remove_recipient(&self, workflow: &str, email: &str) -> Result<bool, StoreError> {
        Ok(self
            .q("DELETE FROM notify_recipients WHERE workflow = ? AND email = ?")
            .bind(workflow)
            .bind(email)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    // ---- workflow switches and cron fires

    pub async fn enabled(&self, workflow: &str) -> Result<bool, StoreError> {
        let r = self
            .q("SELECT enabled FROM workflow_state WHERE name = ?")
            .bind(workflow)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => r.try_get::<i64, _>(0)? != 0,
            None => true,
        })
    }

    pub async fn set_enabled(&self, workflow: &str, enabled: bool) -> Result<(), StoreError> {
        self.q("INSERT INTO workflow_state (name, enabled) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled")
            .bind(workflow)
            .bind(i64::from(enabled))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The latest claimed fire time of `workflow` (RFC 3339).
    pub async fn last_fire(&self, workflow: &str) -> Result<Option<String>, StoreError> {
        let r = self
            .q("SELECT MAX(fire_at) FROM schedule_fires WHERE workflow = ?")
            .bind(workflow)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    /// Claims a fire; false when it was already claimed (another start, another replica).
    pub async fn claim_fire(&self, workflow: &str, fire_at: &str) -> Result<bool, StoreError> {
        let r =
            self.q("INSERT INTO schedule_fires (workflow, fire_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .bind(workflow)
                .bind(fire_at)
                .execute(&self.pool)
                .await?;
        Ok(r.rows_affected() == 1)
    }

    // ---- audit

    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        target: &str,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        self.q("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
            .bind(now())
            .bind(actor)
            .bind(action)
            .bind(target)
            .bind(detail)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn audit_rows(&self, limit: i64) -> Result<Vec<AuditRow>, StoreError> {
        let rows = self.q(
            "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    target: r.try_get("target")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }
}

pub(super) fn user_row(r: &sqlx::any::AnyRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: r.try_get("id")?,
        username: r.try_get("username")?,
        role: r.try_get("role")?,
        created_at: r.try_get("created_at")?,
    })
}
