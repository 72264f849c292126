//! Account tables beyond the plain users: API tokens (expiring, listed, revocable, revoked on
//! a password reset) and one-time passwords (usable for one login, which must set a new one).

use sqlx::Row;

use super::admin::user_row;
use super::{SqliteStore, StoreError, UserRow, now};

/// An API token as listed (its value is never stored, only its SHA-256).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenRow {
    pub id: i64,
    pub user_id: i64,
    pub username: String,
    pub label: String,
    pub created_at: String,
    pub expires_at: String,
}

/// What a used one-time password's hash becomes: no password verifies against it.
const USED: &str = "!one-time password used";

impl SqliteStore {
    /// Stores a token (by hash) valid until `expires_at` (RFC 3339).
    pub async fn add_token(
        &self,
        user_id: i64,
        token_hash: &str,
        label: &str,
        expires_at: &str,
    ) -> Result<i64, StoreError> {
        let r = self
            .q(
                "INSERT INTO api_tokens (user_id, token_hash, created_at, expires_at, label)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(user_id)
            .bind(token_hash)
            .bind(now())
            .bind(expires_at)
            .bind(label)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    /// The user of a token that has not expired (nor been revoked, which deletes it). A user
    /// who must change a one-time password has no working token.
    pub async fn user_by_token(&self, token_hash: &str) -> Result<Option<UserRow>, StoreError> {
        let r = self.q(
            "SELECT u.id, u.username, u.role, u.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.token_hash = ? AND t.expires_at > ? AND u.must_change = 0",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        Ok(r.as_ref().map(user_row).transpose()?)
    }

    /// Tokens that have not expired, of one user or of all, newest first.
    pub async fn tokens(&self, user_id: Option<i64>) -> Result<Vec<TokenRow>, StoreError> {
        let rows = self
            .q(
                "SELECT t.id, t.user_id, u.username, t.label, t.created_at, t.expires_at
             FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.expires_at > ? AND (? IS NULL OR t.user_id = ?) ORDER BY t.id DESC",
            )
            .bind(now())
            .bind(user_id)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenRow {
                    id: r.try_get("id")?,
                    user_id: r.try_get("user_id")?,
                    username: r.try_get("username")?,
                    label: r.try_get("label")?,
                    created_at: r.try_get("created_at")?,
                    expires_at: r.try_get("expires_at")?,
                })
            })
            .collect()
    }

    /// Revokes one token; the owner's id when there was one.
    pub async fn revoke_token(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let r = self
            .q("DELETE FROM api_tokens WHERE id = ? RETURNING user_id")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.map(|r| r.try_get(0)).transpose()?)
    }

    /// Whether the user's password is a one-time password that must be changed.
    pub async fn must_change(&self, user_id: i64) -> Result<bool, StoreError> {
        let r = self
            .q("SELECT must_change FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match r {
            Some(r) => r.try_get::<i64, _>(0)? != 0,
            None => false,
        })
    }

    /// A password reset: a one-time password (by hash) that must be changed at the next login;
    /// ends the user's sessions and revokes their API tokens, in one transaction.
    pub async fn set_one_time_password(
        &self,
        user_id: i64,
        hash: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let n = self
            .q("UPDATE users SET password_hash = ?, must_change = 1 WHERE id = ?")
            .bind(hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        for q in [
            "DELETE FROM api_tokens WHERE user_id = ?",
            "DELETE FROM sessions WHERE user_id = ?",
        ] {
            self.q(q).bind(user_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(n > 0)
    }

    /// Uses up a one-time password: true for the one login that replaced the hash it verified
    /// (`hash`), false for any other (a second, concurrent login with the same password).
    pub async fn use_one_time_password(
        &self,
        user_id: i64,
        hash: &str,
    ) -> Result<bool, StoreError> {
        let n = self.q(
            "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ? AND must_change = 1",
        )
        .bind(USED)
        .bind(user_id)
        .bind(hash)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Sets a password chosen by the user (clears the one-time flag).
    pub async fn change_password(&self, user_id: i64, hash: &str) -> Result<bool, StoreError> {
        let n = self
            .q("UPDATE users SET password_hash = ?, must_change = 0 WHERE id = ?")
            .bind(hash)
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::testing::on_both;

    fn in_days(d: i64) -> String {
        (chrono::Utc::now() + chrono::Duration::days(d))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    }

    on_both!(
        async fn tokens_expire_are_revoked_and_die_with_a_reset(db: &TestDb) {
            let s = db.open().await;
            let ann = s.create_user("ann", "h", "admin").await.unwrap();
            let a = s.add_token(ann, "ha", "ci", &in_days(30)).await.unwrap();
            s.add_token(ann, "hb", "old", &in_days(-1)).await.unwrap();
            s.add_token(ann, "hc", "other", &in_days(30)).await.unwrap();
            assert!(s.user_by_token("ha").await.unwrap().is_some());
            assert!(s.user_by_token("hb").await.unwrap().is_none(), "expired");
            let listed = s.tokens(Some(ann)).await.unwrap();
            assert_eq!(listed.len(), 2, "the expired one is not listed");
            assert_eq!(s.revoke_token(a).await.unwrap(), Some(ann));
            assert!(s.user_by_token("ha").await.unwrap().is_none(), "revoked");
            assert!(s.user_by_token("hc").await.unwrap().is_some());
            assert!(s.set_one_time_password(ann, "otp").await.unwrap());
            assert!(s.user_by_token("hc").await.unwrap().is_none(), "reset");
            assert!(s.tokens(None).await.unwrap().is_empty());
        }
    );

    on_both!(
        async fn a_one_time_password_is_used_once(db: &TestDb) {
            let s = db.open().await;
            let ann = s.create_user("ann", "h", "viewer").await.unwrap();
            assert!(
                !s.use_one_time_password(ann, "h").await.unwrap(),
                "not one-time"
            );
            s.set_one_time_password(ann, "otp").await.unwrap();
            assert!(s.must_change(ann).await.unwrap());
            assert!(s.use_one_time_password(ann, "otp").await.unwrap());
            assert!(!s.use_one_time_password(ann, "otp").await.unwrap(), "used");
            let (_, hash) = s.login_row("ann").await.unwrap().unwrap();
            assert_ne!(hash, "otp");
            s.change_password(ann, "new").await.unwrap();
            assert!(!s.must_change(ann).await.unwrap());
        }
    );
}
