//! Log in, log out, and the change-password page (where a one-time password leads).

use std::net::SocketAddr;
use std::sync::LazyLock;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::credentials::CsrfOnly;
use crate::auth::{self, AnyUser, CsrfForm, HasCsrf, SESSION_COOKIE, Wait, cookie};
use crate::state::AppState;
use crate::web::render;

const LOGIN_COOKIE: &str = "mw_login";

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    error: Option<String>,
}

fn cookie_attrs(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "; Path=/; HttpOnly; SameSite=Lax; Secure"
    } else {
        "; Path=/; HttpOnly; SameSite=Lax"
    }
}

fn wrong_password(state: &AppState) -> Response {
    login_page(
        state,
        StatusCode::UNAUTHORIZED,
        Some("Wrong user name or password.".into()),
    )
}

fn login_page(state: &AppState, status: StatusCode, error: Option<String>) -> Response {
    // Login CSRF: a random value in a cookie and in the form (double submit).
    let csrf = auth::random_token();
    let set = format!("{LOGIN_COOKIE}={csrf}{}", cookie_attrs(state));
    (
        status,
        [(header::SET_COOKIE, set)],
        render(&LoginPage { csrf, error }),
    )
        .into_response()
}

pub async fn login_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(t) = cookie(&headers, SESSION_COOKIE) {
        match state.sessions.get(&t).await {
            Ok(Some(_)) => return Redirect::to("/runs").into_response(),
            Ok(None) => {}
            Err(e) => return crate::web::internal(&e),
        }
    }
    login_page(&state, StatusCode::OK, None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    csrf: String,
}

/// A hash to verify against when the user does not exist, so both cases take as long.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| auth::hash_password("dummy password for timing").unwrap_or_default());

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !auth::constant_time_eq(expected.as_bytes(), f.csrf.as_bytes()) {
        return login_page(
            &state,
            StatusCode::FORBIDDEN,
            Some("The form expired; please try again.".into()),
        );
    }
    let username = f.username.trim().to_owned();
    let attempt = match state.limiter.admit(&username, peer.ip()) {
        Ok(a) => a,
        Err(Wait(wait)) => {
            tracing::warn!(user = %username, "login refused: too many failures");
            let mut res = login_page(
                &state,
                StatusCode::TOO_MANY_REQUESTS,
                Some(format!(
                    "Too many failed logins. Try again in {} seconds.",
                    wait.as_secs().max(1)
                )),
            );
            if let Ok(v) = wait.as_secs().max(1).to_string().parse() {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return res;
        }
    };
    let row = match state.store.login_row(&username).await {
        Ok(r) => r,
        Err(e) => return crate::web::internal(&e),
    };
    let (hash, exists) = match &row {
        Some((_, h)) => (h.as_str(), true),
        None => (DUMMY_HASH.as_str(), false),
    };
    let ok = attempt.verify(&f.password, hash, exists);
    let Some((user, hash)) = row.filter(|_| ok) else {
        tracing::info!(user = %username, "login failed");
        return wrong_password(&state);
    };
    // A one-time password opens one session, which must set a new password first.
    let one_time = match state.store.must_change(user.id).await {
        Ok(m) => m,
        Err(e) => return crate::web::internal(&e),
    };
    if one_time {
        match state.store.use_one_time_password(user.id, &hash).await {
            Ok(true) => {}
            Ok(false) => return wrong_password(&state),
            Err(e) => return crate::web::internal(&e),
        }
    }
    let token = match state.sessions.create(user.id).await {
        Ok(t) => t,
        Err(e) => return crate::web::internal(&e),
    };
    state
        .audit(&user.username, "log in", &user.username, None)
        .await;
    let set = format!("{SESSION_COOKIE}={token}{}", cookie_attrs(&state));
    let clear = format!("{LOGIN_COOKIE}=; Max-Age=0{}", cookie_attrs(&state));
    let to = if one_time { "/password" } else { "/runs" };
    let mut res = Redirect::to(to).into_response();
    if let (Ok(a), Ok(b)) = (set.parse(), clear.parse()) {
        res.headers_mut().append(header::SET_COOKIE, a);
        res.headers_mut().append(header::SET_COOKIE, b);
    }
    res
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_u, _f): CsrfForm<AnyUser, CsrfOnly>,
) -> Response {
    if let Some(t) = cookie(&headers, SESSION_COOKIE)
        && let Err(e) = state.sessions.remove(&t).await
    {
        return crate::web::internal(&e);
    }
    let clear = format!("{SESSION_COOKIE}=; Max-Age=0{}", cookie_attrs(&state));
    ([(header::SET_COOKIE, clear)], Redirect::to("/login")).into_response()
}

// ---------------------------------------------------------------- change password

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    csrf: String,
    username: String,
    /// Logged in with a one-time password (no current password asked).
    one_time: bool,
    error: Option<String>,
}

fn password_page(u: &AnyUser, status: StatusCode, error: Option<String>) -> Response {
    let page = PasswordPage {
        csrf: u.0.csrf.clone(),
        username: u.0.username.clone(),
        one_time: u.0.must_change,
        error,
    };
    (status, render(&page)).into_response()
}

pub async fn password_form(u: AnyUser) -> Response {
    password_page(&u, StatusCode::OK, None)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    #[serde(default)]
    current: String,
    password: String,
    repeat: String,
}

impl HasCsrf for PasswordForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// Sets the user's own password (the current one is asked unless they came in with a
/// one-time password), ends their sessions and sends them to log in again.
pub async fn change_password(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    CsrfForm(u, f): CsrfForm<AnyUser, PasswordForm>,
) -> Response {
    if f.password != f.repeat {
        let e = "The two new passwords differ.".to_owned();
        return password_page(&u, StatusCode::BAD_REQUEST, Some(e));
    }
    if !u.0.must_change {
        let Ok(attempt) = state.limiter.admit(&u.0.username, peer.ip()) else {
            let e = "Too many wrong passwords; try again later.".to_owned();
            return password_page(&u, StatusCode::TOO_MANY_REQUESTS, Some(e));
        };
        let hash = match state.store.login_row(&u.0.username).await {
            Ok(Some((_, h))) => h,
            Ok(None) => return Redirect::to("/login").into_response(),
            Err(e) => return crate::web::internal(&e),
        };
        if !attempt.verify(&f.current, &hash, true) {
            let e = "The current password is wrong.".to_owned();
            return password_page(&u, StatusCode::UNAUTHORIZED, Some(e));
        }
    }
    let hash = match auth::hash_password(&f.password) {
        Ok(h) => h,
        Err(e) => return password_page(&u, StatusCode::BAD_REQUEST, Some(e.to_string())),
    };
    if let Err(e) = state.store.change_password(u.0.user_id, &hash).await {
        return crate::web::internal(&e);
    }
    if let Err(e) = state.sessions.remove_user(u.0.user_id).await {
        return crate::web::internal(&e);
    }
    state
        .audit(&u.0.username, "change password", &u.0.username, None)
        .await;
    let clear = format!("{SESSION_COOKIE}=; Max-Age=0{}", cookie_attrs(&state));
    ([(header::SET_COOKIE, clear)], Redirect::to("/login")).into_response()
}
