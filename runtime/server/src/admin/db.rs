//! The admin database `admin.db` (beside the run history): users, API tokens, encrypted
//! credentials, notification recipients, workflow switches, cron fires and the audit log.
//! Its migrations are numbered 0100 and up and live in their own file so they never meet the
//! run history's migrator.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use sqlx::Row;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::secrets::{KeyError, MasterKey, Sealed};

pub const ADMIN_DB_FILE: &str = "admin.db";

const MIGRATIONS: crate::store::embedded::Migrations = &[(
    100,
    "admin",
    include_str!("../../../engine/migrations/sqlite/0100_admin.sql"),
)];

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("admin database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("admin database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Key(#[from] KeyError),
}

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

/// The admin database and the master key that opens its credentials.
#[derive(Debug, Clone)]
pub struct AdminDb {
    pool: SqlitePool,
    key: MasterKey,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl AdminDb {
    /// Opens `<data_dir>/admin.db`, applies migrations and checks the master key against the
    /// stored check value (stored on first open).
    pub async fn open(data_dir: &Path, key: MasterKey) -> Result<AdminDb, DbError> {
        let opts = SqliteConnectOptions::new()
            .filename(data_dir.join(ADMIN_DB_FILE))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(opts)
            .await?;
        Migrator::new(crate::store::embedded::Embedded(MIGRATIONS))
            .await?
            .run(&pool)
            .await?;
        let db = AdminDb { pool, key };
        db.check_key().await?;
        Ok(db)
    }

    async fn check_key(&self) -> Result<(), DbError> {
        let row = sqlx::query("SELECT nonce, ciphertext FROM key_check WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => {
                let sealed = Sealed {
                    nonce: r.try_get(0)?,
                    ciphertext: r.try_get(1)?,
                };
                self.key.verify(&sealed)?;
            }
            None => {
                let s = self.key.check_value()?;
                sqlx::query("INSERT INTO key_check (id, nonce, ciphertext) VALUES (1, ?, ?)")
                    .bind(s.nonce)
                    .bind(s.ciphertext)
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(())
    }

    // ---- users and tokens

    pub async fn user_count(&self) -> Result<i64, DbError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?)
    }

    pub async fn create_user(
        &self,
        username: &str,
        hash: &str,
        role: &str,
    ) -> Result<i64, DbError> {
        let r = sqlx::query("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id")
            .bind(username)
            .bind(hash)
            .bind(role)
            .bind(now())
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    pub async fn users(&self) -> Result<Vec<UserRow>, DbError> {
        let rows =
            sqlx::query("SELECT id, username, role, created_at FROM users ORDER BY username")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(user_row)
            .collect::<Result<_, _>>()
            .map_err(Into::into)
    }

    pub async fn user(&self, id: i64) -> Result<Option<UserRow>, DbError> {
        let r = sqlx::query("SELECT id, username, role, created_at FROM users WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.as_ref().map(user_row).transpose()?)
    }

    /// The user and their password hash, for login.
    pub async fn login_row(&self, username: &str) -> Result<Option<(UserRow, String)>, DbError> {
        let r = sqlx::query(
            "SELECT id, username, role, created_at, password_hash FROM users WHERE username = ?",
        )
        .bind(username)
        .fetch_optional(&self.pool)
        .await?;
        match r {
            None => Ok(None),
            Some(r) => Ok(Some((user_row(&r)?, r.try_get("password_hash")?))),
        }
    }

    pub async fn delete_user(&self, id: i64) -> Result<bool, DbError> {
        Ok(sqlx::query("DELETE FROM users WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn set_role(&self, id: i64, role: &str) -> Result<bool, DbError> {
        Ok(sqlx::query("UPDATE users SET role = ? WHERE id = ?")
            .bind(role)
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn set_password(&self, id: i64, hash: &str) -> Result<bool, DbError> {
        Ok(
            sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
                .bind(hash)
                .bind(id)
                .execute(&self.pool)
                .await?
                .rows_affected()
                > 0,
        )
    }

    pub async fn admin_count(&self) -> Result<i64, DbError> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM users WHERE role = 'admin'")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }

    pub async fn add_token(&self, user_id: i64, token_hash: &str) -> Result<(), DbError> {
        sqlx::query("INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)")
            .bind(user_id)
            .bind(token_hash)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn user_by_token(&self, token_hash: &str) -> Result<Option<UserRow>, DbError> {
        let r = sqlx::query(
            "SELECT u.id, u.username, u.role, u.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(r.as_ref().map(user_row).transpose()?)
    }

    // ---- credentials

    pub async fn credentials(&self) -> Result<Vec<CredentialRow>, DbError> {
        let rows = sqlx::query("SELECT name, owner, environment, fields, created_at, rotated_at FROM credentials ORDER BY name")
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
        name: &str,
        owner: &str,
        environment: &str,
        fields: &BTreeMap<String, String>,
    ) -> Result<(), DbError> {
        let sealed = self.key.seal_fields(fields)?;
        let names = fields.keys().cloned().collect::<Vec<_>>().join(",");
        let t = now();
        sqlx::query(
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

    pub async fn delete_credential(&self, name: &str) -> Result<bool, DbError> {
        Ok(sqlx::query("DELETE FROM credentials WHERE name = ?")
            .bind(name)
            .execute(&self.pool)
            .await?
            .rows_affected()
            > 0)
    }

    /// Every credential decrypted, for the engine (never for a page).
    pub async fn decrypted_credentials(
        &self,
    ) -> Result<BTreeMap<String, BTreeMap<String, String>>, DbError> {
        let rows = sqlx::query("SELECT name, nonce, ciphertext FROM credentials")
            .fetch_all(&self.pool)
            .await?;
        let mut out = BTreeMap::new();
        for r in rows {
            let sealed = Sealed {
                nonce: r.try_get("nonce")?,
                ciphertext: r.try_get("ciphertext")?,
            };
            out.insert(
                r.try_get::<String, _>("name")?,
                self.key.open_fields(&sealed)?,
            );
        }
        Ok(out)
    }

    // ---- notifications

    pub async fn recipients(&self) -> Result<Vec<(String, String)>, DbError> {
        let rows =
            sqlx::query("SELECT workflow, email FROM notify_recipients ORDER BY workflow, email")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    pub async fn add_recipient(&self, workflow: &str, email: &str) -> Result<(), DbError> {
        sqlx::query("INSERT OR IGNORE INTO notify_recipients (workflow, email) VALUES (?, ?)")
            .bind(workflow)
            .bind(email)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn remove_recipient(&self, workflow: &str, email: &str) -> Result<bool, DbError> {
        Ok(
            sqlx::query("DELETE FROM notify_recipients WHERE workflow = ? AND email = ?")
                .bind(workflow)
                .bind(email)
                .execute(&self.pool)
                .await?
                .rows_affected()
                > 0,
        )
    }

    // ---- workflow switches and cron fires

    pub async fn enabled(&self, workflow: &str) -> Result<bool, DbError> {
        let r = sqlx::query("SELECT enabled FROM workflow_state WHERE name = ?")
            .bind(workflow)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => r.try_get::<i64, _>(0)? != 0,
            None => true,
        })
    }

    pub async fn set_enabled(&self, workflow: &str, enabled: bool) -> Result<(), DbError> {
        sqlx::query("INSERT INTO workflow_state (name, enabled) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled")
            .bind(workflow)
            .bind(i64::from(enabled))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The latest claimed fire time of `workflow` (RFC 3339).
    pub async fn last_fire(&self, workflow: &str) -> Result<Option<String>, DbError> {
        let r = sqlx::query("SELECT MAX(fire_at) FROM schedule_fires WHERE workflow = ?")
            .bind(workflow)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    /// Claims a fire; false when it was already claimed (another start, another replica).
    pub async fn claim_fire(&self, workflow: &str, fire_at: &str) -> Result<bool, DbError> {
        let r =
            sqlx::query("INSERT OR IGNORE INTO schedule_fires (workflow, fire_at) VALUES (?, ?)")
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
    ) -> Result<(), DbError> {
        sqlx::query(
            "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(now())
        .bind(actor)
        .bind(action)
        .bind(target)
        .bind(detail)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn audit_rows(&self, limit: i64) -> Result<Vec<AuditRow>, DbError> {
        let rows = sqlx::query(
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

fn user_row(r: &sqlx::sqlite::SqliteRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: r.try_get("id")?,
        username: r.try_get("username")?,
        role: r.try_get("role")?,
        created_at: r.try_get("created_at")?,
    })
}
