//! Users (admins only): add, remove, change role, reset password (a one-time password that
//! revokes the user's tokens), issue, list and revoke API tokens; and the audit log. The last
//! admin can be neither removed nor demoted.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::{self, AdminUser, CsrfForm, HasCsrf, Role};
use crate::state::AppState;
use crate::store::{TokenRow, UserRow};
use crate::web::{Nav, message, render, short_time};

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    nav: Nav,
    title: String,
    users: Vec<UserRow>,
    tokens: Vec<TokenRow>,
    /// Shown once after an action (a new password or token).
    notice: String,
}

async fn users_page(u: &AdminUser, state: &AppState, notice: String) -> Response {
    let (users, tokens) = match (state.store.users().await, state.store.tokens(None).await) {
        (Ok(u), Ok(t)) => (u, t),
        (Err(e), _) | (_, Err(e)) => return crate::web::internal(&e),
    };
    render(&UsersPage {
        nav: Nav::new(&u.0, "users"),
        title: "Users".into(),
        users,
        tokens,
        notice,
    })
}

pub async fn page(u: AdminUser, State(state): State<AppState>) -> Response {
    users_page(&u, &state, String::new()).await
}

#[derive(Deserialize)]
pub struct CreateForm {
    csrf: String,
    username: String,
    role: String,
    password: String,
}

pub async fn create(
    State(state): State<AppState>,
    CsrfForm(u, f): CsrfForm<AdminUser, CreateForm>,
) -> Response {
    let name = f.username.trim();
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || "._-@".contains(c))
    {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "Invalid user name",
            "Use letters, digits and . _ - @ (at most 64).",
        );
    }
    let Some(role) = Role::parse(&f.role) else {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "Invalid role",
            "The role is admin or viewer.",
        );
    };
    let hash = match auth::hash_password(&f.password) {
        Ok(h) => h,
        Err(e) => {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Password refused",
                &e.to_string(),
            );
        }
    };
    if let Ok(Some(_)) = state.store.login_row(name).await {
        return message(
            &u.0,
            StatusCode::CONFLICT,
            "User exists",
            "A user with that name exists already.",
        );
    }
    if let Err(e) = state.store.create_user(name, &hash, role.as_str()).await {
        return crate::web::internal(&e);
    }
    state
        .audit(&u.0.username, "create user", name, Some(role.as_str()))
        .await;
    Redirect::to("/users").into_response()
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

async fn target(u: &AdminUser, state: &AppState, id: i64) -> Result<UserRow, Response> {
    match state.store.user(id).await {
        Ok(Some(t)) => Ok(t),
        Ok(None) => Err(message(
            &u.0,
            StatusCode::NOT_FOUND,
            "No such user",
            "It may have been removed already.",
        )),
        Err(e) => Err(crate::web::internal(&e)),
    }
}

async fn last_admin(state: &AppState, t: &UserRow) -> bool {
    t.role == "admin" && state.store.admin_count().await.unwrap_or(0) <= 1
}

pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(u, _f): CsrfForm<AdminUser, CsrfOnly>,
) -> Response {
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    if last_admin(&state, &t).await {
        return message(
            &u.0,
            StatusCode::CONFLICT,
            "Not removed",
            "The last admin cannot be removed.",
        );
    }
    if let Err(e) = state.store.delete_user(id).await {
        return crate::web::internal(&e);
    }
    if let Err(e) = state.sessions.remove_user(id).await {
        return crate::web::internal(&e);
    }
    state
        .audit(&u.0.username, "remove user", &t.username, None)
        .await;
    Redirect::to("/users").into_response()
}

#[derive(Deserialize)]
pub struct RoleForm {
    csrf: String,
    role: String,
}

pub async fn set_role(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(u, f): CsrfForm<AdminUser, RoleForm>,
) -> Response {
    let Some(role) = Role::parse(&f.role) else {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "Invalid role",
            "The role is admin or viewer.",
        );
    };
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    if role == Role::Viewer && last_admin(&state, &t).await {
        return message(
            &u.0,
            StatusCode::CONFLICT,
            "Not changed",
            "The last admin cannot become a viewer.",
        );
    }
    if let Err(e) = state.store.set_role(id, role.as_str()).await {
        return crate::web::internal(&e);
    }
    if let Err(e) = state.sessions.remove_user(id).await {
        return crate::web::internal(&e);
    }
    state
        .audit(
            &u.0.username,
            "change role",
            &t.username,
            Some(role.as_str()),
        )
        .await;
    Redirect::to("/users").into_response()
}

/// Sets a one-time password (the user must choose a new one at the next login), ends their
/// sessions, revokes their API tokens, and shows it once.
pub async fn reset_password(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(u, _f): CsrfForm<AdminUser, CsrfOnly>,
) -> Response {
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let password = auth::random_password();
    let hash = match auth::hash_password(&password) {
        Ok(h) => h,
        Err(e) => return crate::web::internal(&e),
    };
    if let Err(e) = state.store.set_one_time_password(id, &hash).await {
        return crate::web::internal(&e);
    }
    state
        .audit(&u.0.username, "reset password", &t.username, None)
        .await;
    users_page(
        &u,
        &state,
        format!(
            "One-time password for {}: {password} (shown once; pass it on privately; it works for one login, which sets a new password; their API tokens were revoked)",
            t.username
        ),
    )
    .await
}

/// Days an API token lasts unless the form says otherwise, and the most it may.
pub const TOKEN_DAYS: u32 = 90;
pub const MAX_TOKEN_DAYS: u32 = 366;

#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    days: Option<u32>,
}

/// Issues an API bearer token for a user (expiring after `days`) and shows it once.
pub async fn new_token(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(u, f): CsrfForm<AdminUser, TokenForm>,
) -> Response {
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let days = f.days.unwrap_or(TOKEN_DAYS).clamp(1, MAX_TOKEN_DAYS);
    let label: String = f.label.trim().chars().take(64).collect();
    let expires = (chrono::Utc::now() + chrono::Duration::days(i64::from(days)))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let token = auth::random_token();
    let hash = auth::sha256_hex(&token);
    if let Err(e) = state.store.add_token(id, &hash, &label, &expires).await {
        return crate::web::internal(&e);
    }
    state
        .audit(&u.0.username, "issue API token", &t.username, Some(&label))
        .await;
    users_page(
        &u,
        &state,
        format!(
            "API token for {} (expires in {days} days): {token} (shown once; send it as `Authorization: Bearer …`)",
            t.username
        ),
    )
    .await
}

/// Revokes an API token.
pub async fn revoke_token(
    State(state): State<AppState>,
    Path(token_id): Path<i64>,
    CsrfForm(u, _f): CsrfForm<AdminUser, CsrfOnly>,
) -> Response {
    match state.store.revoke_token(token_id).await {
        Ok(Some(owner)) => {
            let name = match state.store.user(owner).await {
                Ok(Some(t)) => t.username,
                _ => owner.to_string(),
            };
            let detail = format!("token {token_id}");
            state
                .audit(&u.0.username, "revoke API token", &name, Some(&detail))
                .await;
            Redirect::to("/users").into_response()
        }
        Ok(None) => message(
            &u.0,
            StatusCode::NOT_FOUND,
            "No such token",
            "It may have been revoked or expired already.",
        ),
        Err(e) => crate::web::internal(&e),
    }
}

struct AuditView {
    at: String,
    actor: String,
    action: String,
    target: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    nav: Nav,
    title: String,
    rows: Vec<AuditView>,
}

pub async fn audit(u: AdminUser, State(state): State<AppState>) -> Response {
    match state.store.audit_rows(500).await {
        Ok(rows) => {
            let rows = rows
                .into_iter()
                .map(|r| AuditView {
                    at: short_time(&r.at),
                    actor: r.actor,
                    action: r.action,
                    target: r.target,
                    detail: r.detail.unwrap_or_default(),
                })
                .collect();
            render(&AuditPage {
                nav: Nav::new(&u.0, "audit"),
                title: "Audit log".into(),
                rows,
            })
        }
        Err(e) => crate::web::internal(&e),
    }
}

impl HasCsrf for CreateForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for CsrfOnly {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for TokenForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for RoleForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}
