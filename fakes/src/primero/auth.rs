//! Primero authentication: Basic auth, `POST /api/v2/tokens` (JWT-like
//! tokens with expiry), lockout after repeated failures, login rate limit.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::{PrimeroState, TokenMode, envelope, lock};
use crate::util::{b64_decode, b64url};

const LOCK_TIME: Duration = Duration::from_secs(30 * 60);

struct Token {
    user: String,
    expires: Instant,
}

#[derive(Default)]
pub(crate) struct AuthState {
    tokens: HashMap<String, Token>,
    failures: HashMap<String, (u32, Option<Instant>)>,
    logins: HashMap<String, Vec<Instant>>,
}

impl AuthState {
    pub fn expire_all(&mut self) {
        let now = Instant::now();
        for t in self.tokens.values_mut() {
            t.expires = now;
        }
    }

    pub fn active_by_user(&self) -> HashMap<String, usize> {
        let now = Instant::now();
        let mut out = HashMap::new();
        for t in self.tokens.values().filter(|t| t.expires > now) {
            *out.entry(t.user.clone()).or_default() += 1;
        }
        out
    }
}

/// Devise's failure body `{"error": "..."}` with status 401.
pub(crate) fn devise_error(message: &str) -> Response {
    let mut resp = (
        StatusCode::UNAUTHORIZED,
        axum::Json(json!({"error": message})),
    )
        .into_response();
    resp.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"Primero\""),
    );
    resp
}

fn password_ok(state: &PrimeroState, user: &str, password: &str) -> bool {
    state
        .config
        .users
        .iter()
        .any(|(u, p)| u == user && p == password)
}

/// Who is calling, or the 401 response to send.
#[allow(
    clippy::result_large_err,
    reason = "the error is the HTTP response to send as is"
)]
pub(crate) fn authenticate(
    state: &PrimeroState,
    headers: &HeaderMap,
    path: &str,
) -> Result<String, Response> {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Err(devise_error(
            "You need to sign in or sign up before continuing.",
        ));
    };
    if let Some(encoded) = value.strip_prefix("Basic ") {
        if !state.config.basic_auth {
            return Err(devise_error(
                "You need to sign in or sign up before continuing.",
            ));
        }
        let decoded = b64_decode(encoded).and_then(|b| String::from_utf8(b).ok());
        let Some((user, password)) = decoded.as_deref().and_then(|s| s.split_once(':')) else {
            return Err(devise_error("Invalid User name or password."));
        };
        if password_ok(state, user, password) {
            return Ok(user.to_owned());
        }
        return Err(devise_error("Invalid User name or password."));
    }
    if let Some(token) = value.strip_prefix("Bearer ") {
        let auth = lock(&state.auth);
        return match auth.tokens.get(token.trim()) {
            Some(t) if t.expires > Instant::now() => Ok(t.user.clone()),
            Some(_) => Err(envelope(401, path, "Signature has expired", None)),
            None => Err(envelope(401, path, "Signature verification failed", None)),
        };
    }
    Err(devise_error(
        "You need to sign in or sign up before continuing.",
    ))
}

fn new_token(user: &str, ttl: Duration) -> String {
    let exp = chrono::Utc::now().timestamp() + ttl.as_secs() as i64;
    let payload =
        json!({"sub": user, "scp": "user", "exp": exp, "jti": crate::util::random_uuid()});
    let signature: [u8; 32] = rand::random();
    format!(
        "{}.{}.{}",
        b64url(br#"{"alg":"HS256"}"#),
        b64url(payload.to_string().as_bytes()),
        b64url(&signature)
    )
}

/// `POST /api/v2/tokens` with `{"user": {"user_name", "password"}}`.
pub(crate) async fn login(State(state): State<Arc<PrimeroState>>, body: Bytes) -> Response {
    let parsed: Option<Value> = serde_json::from_slice(&body).ok();
    let user = parsed
        .as_ref()
        .and_then(|v| v.pointer("/user/user_name"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let password = parsed
        .as_ref()
        .and_then(|v| v.pointer("/user/password"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let now = Instant::now();
    let ttl = lock(&state.live).token_ttl;
    let mut auth = lock(&state.auth);

    if let Some(limit) = state.config.login_rate_limit {
        let recent = auth.logins.entry(user.clone()).or_default();
        recent.retain(|t| now.duration_since(*t) < Duration::from_secs(60));
        recent.push(now);
        if recent.len() > limit as usize {
            return (StatusCode::TOO_MANY_REQUESTS, "Retry later\n").into_response();
        }
    }
    let (failures, locked_until) = auth.failures.get(&user).copied().unwrap_or((0, None));
    if locked_until.is_some_and(|t| t > now) {
        return devise_error("Your account is locked.");
    }
    if !password_ok(&state, &user, &password) {
        let failures = failures + 1;
        let lockout = state.config.lockout_after;
        let locked = lockout.is_some_and(|n| failures >= n);
        auth.failures
            .insert(user, (failures, locked.then(|| now + LOCK_TIME)));
        return match lockout {
            _ if locked => devise_error("Your account is locked."),
            Some(n) if failures + 1 == n => {
                devise_error("You have one more attempt before your account is locked.")
            }
            _ => devise_error("Invalid User name or password."),
        };
    }
    auth.failures.remove(&user);
    let user_id = 1 + state
        .config
        .users
        .iter()
        .position(|(u, _)| *u == user)
        .unwrap_or(0);
    match state.config.token_mode {
        TokenMode::SessionOnly => {
            axum::Json(json!({"id": user_id, "user_name": user, "group_permission": "all"}))
                .into_response()
        }
        TokenMode::LegacyJwt => {
            let token = new_token(&user, ttl);
            auth.tokens.insert(
                token.clone(),
                Token {
                    user: user.clone(),
                    expires: now + ttl,
                },
            );
            let mut resp = axum::Json(json!({"id": user_id, "user_name": user, "token": token}))
                .into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("Bearer {token}")) {
                resp.headers_mut().insert(header::AUTHORIZATION, v);
            }
            resp
        }
    }
}

/// `DELETE /api/v2/tokens`: logs the current token out.
pub(crate) async fn logout(State(state): State<Arc<PrimeroState>>, headers: HeaderMap) -> Response {
    if let Err(resp) = authenticate(&state, &headers, "/api/v2/tokens") {
        return resp;
    }
    if let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        lock(&state.auth).tokens.remove(token.trim());
    }
    axum::Json(json!({})).into_response()
}
