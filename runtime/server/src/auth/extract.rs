//! Request extractors that enforce the role checks: a handler that takes [`AdminUser`] cannot
//! be reached by a viewer, one that takes [`PageUser`] not by anyone logged out, and one that
//! takes [`CsrfForm`] not by a form without the session's CSRF token. They need only the
//! [`Sessions`] (any router state they can be taken from).

use axum::Form;
use axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use super::{Role, Session, Sessions, sha256_hex};
use crate::web::WebError;

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

/// Any logged-in user, even one who must first change a one-time password (the
/// change-password page only).
#[derive(Debug, Clone)]
pub struct AnyUser(pub Session);

/// The session of the request, whatever its state.
async fn any_session(parts: &Parts, sessions: &Sessions) -> Result<Option<Session>, WebError> {
    let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    Ok(sessions.get(&token).await?)
}

/// The session of the request; one that must change its password first is sent there.
async fn session(parts: &Parts, sessions: &Sessions) -> Result<Option<Session>, WebError> {
    match any_session(parts, sessions).await? {
        Some(s) if s.must_change => Err(WebError::MustChange),
        s => Ok(s),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for AnyUser
where
    Sessions: FromRef<S>,
{
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        any_session(parts, &Sessions::from_ref(state))
            .await?
            .map(AnyUser)
            .ok_or(WebError::Login)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageUser
where
    Sessions: FromRef<S>,
{
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        session(parts, &Sessions::from_ref(state))
            .await?
            .map(PageUser)
            .ok_or(WebError::Login)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for AdminUser
where
    Sessions: FromRef<S>,
{
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let s = session(parts, &Sessions::from_ref(state))
            .await?
            .ok_or(WebError::Login)?;
        if s.role != Role::Admin {
            return Err(WebError::forbidden(&s));
        }
        Ok(AdminUser(s))
    }
}

/// A form that carries the session's CSRF token in its `csrf` field.
pub trait HasCsrf {
    fn csrf(&self) -> &str;
}

/// The logged-in user `U` ([`PageUser`] or [`AdminUser`]) and a submitted form `F` whose CSRF
/// token matches the session's (else the "form expired" page). Take it as the last argument.
#[derive(Debug)]
pub struct CsrfForm<U, F>(pub U, pub F);

/// The session behind a user extractor.
pub trait HasSession {
    fn session(&self) -> &Session;
}

impl HasSession for PageUser {
    fn session(&self) -> &Session {
        &self.0
    }
}

impl HasSession for AnyUser {
    fn session(&self) -> &Session {
        &self.0
    }
}

impl HasSession for AdminUser {
    fn session(&self) -> &Session {
        &self.0
    }
}

impl<S, U, F> FromRequest<S> for CsrfForm<U, F>
where
    S: Send + Sync,
    U: FromRequestParts<S, Rejection = WebError> + HasSession + Send,
    F: DeserializeOwned + HasCsrf,
{
    type Rejection = WebError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let user = U::from_request_parts(&mut parts, state).await?;
        let Form(form) = Form::<F>::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| WebError::page(user.session(), e.status(), "Bad form", &e.body_text()))?;
        let expected = user.session().csrf.as_bytes();
        if !super::constant_time_eq(expected, form.csrf().as_bytes()) {
            return Err(WebError::bad_csrf(user.session()));
        }
        Ok(CsrfForm(user, form))
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

async fn bearer(parts: &Parts, sessions: &Sessions) -> Result<Option<ApiUser>, WebError> {
    let Some(v) = parts.headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let token = v
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or(WebError::Unauthorized)?;
    let user = sessions.store().user_by_token(&sha256_hex(token)).await?;
    let user = user.ok_or(WebError::Unauthorized)?;
    let role = Role::parse(&user.role).ok_or(WebError::Unauthorized)?;
    Ok(Some(ApiUser {
        username: user.username,
        role,
    }))
}

impl<S: Send + Sync> FromRequestParts<S> for ApiUser
where
    Sessions: FromRef<S>,
{
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let sessions = Sessions::from_ref(state);
        if let Some(u) = bearer(parts, &sessions).await? {
            return Ok(u);
        }
        match session(parts, &sessions).await {
            Ok(Some(s)) => Ok(ApiUser {
                username: s.username,
                role: s.role,
            }),
            Ok(None) | Err(WebError::MustChange) => Err(WebError::Unauthorized),
            Err(e) => Err(e),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ApiAdmin
where
    Sessions: FromRef<S>,
{
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match bearer(parts, &Sessions::from_ref(state)).await? {
            Some(u) if u.role == Role::Admin => Ok(ApiAdmin {
                username: u.username,
            }),
            Some(_) => Err(WebError::json(StatusCode::FORBIDDEN, "admins only")),
            None => Err(WebError::Unauthorized),
        }
    }
}
