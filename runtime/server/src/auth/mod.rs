//! Who may do what: argon2 password hashes, sessions kept in the store (the cookie holds a
//! random token, the store keeps only its SHA-256, so every server sharing the store accepts
//! it), a CSRF token per session, roles (admin, viewer), bearer tokens for the JSON API and a
//! login rate limiter.

mod extract;
mod limiter;

use std::sync::Arc;
use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::store::{SqliteStore, StoreError};
pub use extract::{
    AdminUser, AnyUser, ApiAdmin, ApiUser, CsrfForm, HasCsrf, PageUser, SESSION_COOKIE, cookie,
};
pub use limiter::{Attempt, FREE_TRIES, LoginLimiter, Wait};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Viewer,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "viewer" => Some(Role::Viewer),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Viewer => "viewer",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("cannot hash the password")]
    Hash,
    #[error("a password needs at least {MIN_PASSWORD} characters")]
    Weak,
}

pub const MIN_PASSWORD: usize = 10;

pub fn hash_password(password: &str) -> Result<String, AuthError> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(AuthError::Weak);
    }
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| AuthError::Hash)?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| AuthError::Hash)
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(h) => Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok(),
        Err(_) => false,
    }
}

/// 32 random bytes as hex: session tokens, CSRF tokens, API tokens, one-time passwords.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    hex(&b)
}

/// A readable random password (letters and digits, 20 characters).
pub fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut b = [0u8; 20];
    rand::rng().fill_bytes(&mut b);
    b.iter()
        .map(|x| ALPHABET[usize::from(*x) % ALPHABET.len()] as char)
        .collect()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Equality whose time does not depend on where the inputs differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A logged-in user.
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: i64,
    pub username: String,
    pub role: Role,
    pub csrf: String,
    /// Logged in with a one-time password: only the change-password page is open.
    pub must_change: bool,
}

impl crate::web::Viewer for Session {
    fn username(&self) -> &str {
        &self.username
    }
    fn role(&self) -> &'static str {
        self.role.as_str()
    }
    fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// Sessions idle this long end.
pub const SESSION_IDLE: Duration = Duration::from_secs(8 * 3600);

/// Sessions in the store, keyed by the SHA-256 of the cookie token (a leaked dump or log of
/// keys cannot be replayed as a cookie).
#[derive(Debug, Clone)]
pub struct Sessions {
    store: Arc<SqliteStore>,
}

impl Sessions {
    pub fn new(store: Arc<SqliteStore>) -> Sessions {
        Sessions { store }
    }

    pub fn store(&self) -> &SqliteStore {
        &self.store
    }

    /// Starts a session; returns the cookie token.
    pub async fn create(&self, user_id: i64) -> Result<String, StoreError> {
        let token = random_token();
        self.store
            .create_session(&sha256_hex(&token), user_id, &random_token())
            .await?;
        Ok(token)
    }

    /// The session of a cookie token, unless it ended or idled out.
    pub async fn get(&self, token: &str) -> Result<Option<Session>, StoreError> {
        let idle = chrono::Duration::from_std(SESSION_IDLE).unwrap_or(chrono::Duration::hours(8));
        let since =
            (chrono::Utc::now() - idle).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let row = self.store.session(&sha256_hex(token), &since).await?;
        Ok(row.and_then(|r| {
            Some(Session {
                role: Role::parse(&r.role)?,
                user_id: r.user_id,
                username: r.username,
                csrf: r.csrf,
                must_change: r.must_change,
            })
        }))
    }

    pub async fn remove(&self, token: &str) -> Result<(), StoreError> {
        self.store.delete_session(&sha256_hex(token)).await
    }

    /// Ends every session of a user (removed, role changed, password reset).
    pub async fn remove_user(&self, user_id: i64) -> Result<(), StoreError> {
        self.store.delete_user_sessions(user_id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong horse battery", &h));
        assert!(!verify_password("x", "not a hash"));
        assert!(matches!(hash_password("short"), Err(AuthError::Weak)));
    }

    #[tokio::test]
    async fn sessions_are_keyed_by_token_hash() {
        let store = Arc::new(SqliteStore::in_memory().await.unwrap());
        let id = store.create_user("ann", "hash", "viewer").await.unwrap();
        let s = Sessions::new(store.clone());
        let t = s.create(id).await.unwrap();
        let got = s.get(&t).await.unwrap();
        assert_eq!(got.as_ref().map(|x| x.username.as_str()), Some("ann"));
        assert_eq!(got.map(|x| x.role), Some(Role::Viewer));
        assert!(s.get("other").await.unwrap().is_none());
        s.remove_user(id).await.unwrap();
        assert!(s.get(&t).await.unwrap().is_none());
    }
}
