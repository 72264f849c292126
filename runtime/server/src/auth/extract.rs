//! Request extractors that enforce the role checks: a handler that takes [`AdminUser`] cannot
//! be reached by a viewer, one that takes [`PageUser`] not by anyone logged out.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Role, Session, sha256_hex};
use crate::server::AppState;

pub const SESSION_COOKIE: &str = "mw_session";

/// The value of cookie `name`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name && !v.is_empty()).then(|| v.to_owned())
        })
}

/// Any logged-in user of the admin page (else a redirect to the login page).
#[derive(Debug, Clone)]
pub struct PageUser(pub Session);

/// An admin of the admin page (a viewer gets 403).
#[derive(Debug, Clone)]
pub struct AdminUser(pub Session);

fn session(parts: &Parts, state: &AppState) -> Option<Session> {
    let token = cookie(&parts.headers, SESSION_COOKIE)?;
    state.sessions.get(&token)
}

impl PageUser {
    /// Checks a submitted CSRF token against the session's.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        super::constant_time_eq(self.0.csrf.as_bytes(), submitted.as_bytes())
    }
}

impl AdminUser {
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        super::constant_time_eq(self.0.csrf.as_bytes(), submitted.as_bytes())
    }
}

impl FromRequestParts<AppState> for PageUser {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        session(parts, state)
            .map(PageUser)
            .ok_or_else(|| Redirect::to("/login").into_response())
    }
}

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let s = session(parts, state).ok_or_else(|| Redirect::to("/login").into_response())?;
        if s.role != Role::Admin {
            return Err(crate::admin::forbidden(&s));
        }
        Ok(AdminUser(s))
    }
}

/// A caller of the JSON API or `/metrics`: a bearer token, or a session cookie (read-only use).
#[derive(Debug, Clone)]
pub struct ApiUser {
    pub username: String,
    pub role: Role,
}

/// An admin calling the JSON API with a bearer token (cookies are not accepted for changes, so
/// no CSRF is possible there).
#[derive(Debug, Clone)]
pub struct ApiAdmin {
    pub username: String,
}

fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Bearer")],
        axum::Json(serde_json::json!({"error": "unauthorized"})),
    )
        .into_response()
}

async fn bearer(parts: &Parts, state: &AppState) -> Result<Option<ApiUser>, Response> {
    let Some(v) = parts.headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let token = v
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(unauthorized)?;
    let user = state
        .db
        .user_by_token(&sha256_hex(token))
        .await
        .map_err(|e| crate::server::internal(&e))?;
    let user = user.ok_or_else(unauthorized)?;
    let role = Role::parse(&user.role).ok_or_else(unauthorized)?;
    Ok(Some(ApiUser {
        username: user.username,
        role,
    }))
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(u) = bearer(parts, state).await? {
            return Ok(u);
        }
        match session(parts, state) {
            Some(s) => Ok(ApiUser {
                username: s.username,
                role: s.role,
            }),
            None => Err(unauthorized()),
        }
    }
}

impl FromRequestParts<AppState> for ApiAdmin {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match bearer(parts, state).await? {
            Some(u) if u.role == Role::Admin => Ok(ApiAdmin {
                username: u.username,
            }),
            Some(_) => Err((
                StatusCode::FORBIDDEN,
                axum::Json(serde_json::json!({"error": "admins only"})),
            )
                .into_response()),
            None => Err(unauthorized()),
        }
    }
}
