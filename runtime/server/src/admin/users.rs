//! Users (admins only): add, remove, change role, reset password, issue an API token; and the
//! audit log. The last admin can be neither removed nor demoted.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::db::UserRow;
use super::{Nav, bad_csrf, message, render, short_time};
use crate::auth::{self, AdminUser, Role};
use crate::server::AppState;

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    nav: Nav,
    title: String,
    users: Vec<UserRow>,
    /// Shown once after an action (a new password or token).
    notice: String,
}

async fn users_page(u: &AdminUser, state: &AppState, notice: String) -> Response {
    match state.db.users().await {
        Ok(users) => render(&UsersPage {
            nav: Nav::new(&u.0, "users"),
            title: "Users".into(),
            users,
            notice,
        }),
        Err(e) => crate::server::internal(&e),
    }
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
    u: AdminUser,
    State(state): State<AppState>,
    Form(f): Form<CreateForm>,
) -> Response {
    if !u.csrf_ok(&f.csrf) {
        return bad_csrf(&u.0);
    }
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
    if let Ok(Some(_)) = state.db.login_row(name).await {
        return message(
            &u.0,
            StatusCode::CONFLICT,
            "User exists",
            "A user with that name exists already.",
        );
    }
    if let Err(e) = state.db.create_user(name, &hash, role.as_str()).await {
        return crate::server::internal(&e);
    }
    let _ = state
        .db
        .audit(&u.0.username, "create user", name, Some(role.as_str()))
        .await;
    Redirect::to("/users").into_response()
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

async fn target(u: &AdminUser, state: &AppState, id: i64) -> Result<UserRow, Response> {
    match state.db.user(id).await {
        Ok(Some(t)) => Ok(t),
        Ok(None) => Err(message(
            &u.0,
            StatusCode::NOT_FOUND,
            "No such user",
            "It may have been removed already.",
        )),
        Err(e) => Err(crate::server::internal(&e)),
    }
}

async fn last_admin(state: &AppState, t: &UserRow) -> bool {
    t.role == "admin" && state.db.admin_count().await.unwrap_or(0) <= 1
}

pub async fn delete(
    u: AdminUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<CsrfOnly>,
) -> Response {
    if !u.csrf_ok(&f.csrf) {
        return bad_csrf(&u.0);
    }
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
    if let Err(e) = state.db.delete_user(id).await {
        return crate::server::internal(&e);
    }
    state.sessions.remove_user(id);
    let _ = state
        .db
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
    u: AdminUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<RoleForm>,
) -> Response {
    if !u.csrf_ok(&f.csrf) {
        return bad_csrf(&u.0);
    }
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
    if let Err(e) = state.db.set_role(id, role.as_str()).await {
        return crate::server::internal(&e);
    }
    state.sessions.remove_user(id);
    let _ = state
        .db
        .audit(
            &u.0.username,
            "change role",
            &t.username,
            Some(role.as_str()),
        )
        .await;
    Redirect::to("/users").into_response()
}

/// Sets a new random password and shows it once.
pub async fn reset_password(
    u: AdminUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<CsrfOnly>,
) -> Response {
    if !u.csrf_ok(&f.csrf) {
        return bad_csrf(&u.0);
    }
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let password = auth::random_password();
    let hash = match auth::hash_password(&password) {
        Ok(h) => h,
        Err(e) => return crate::server::internal(&e),
    };
    if let Err(e) = state.db.set_password(id, &hash).await {
        return crate::server::internal(&e);
    }
    state.sessions.remove_user(id);
    let _ = state
        .db
        .audit(&u.0.username, "reset password", &t.username, None)
        .await;
    users_page(
        &u,
        &state,
        format!(
            "New password for {}: {password} (shown once; pass it on privately)",
            t.username
        ),
    )
    .await
}

/// Issues an API bearer token for a user and shows it once.
pub async fn new_token(
    u: AdminUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<CsrfOnly>,
) -> Response {
    if !u.csrf_ok(&f.csrf) {
        return bad_csrf(&u.0);
    }
    let t = match target(&u, &state, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let token = auth::random_token();
    if let Err(e) = state.db.add_token(id, &auth::sha256_hex(&token)).await {
        return crate::server::internal(&e);
    }
    let _ = state
        .db
        .audit(&u.0.username, "issue API token", &t.username, None)
        .await;
    users_page(
        &u,
        &state,
        format!(
            "API token for {}: {token} (shown once; send it as `Authorization: Bearer …`)",
            t.username
        ),
    )
    .await
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
    match state.db.audit_rows(500).await {
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
        Err(e) => crate::server::internal(&e),
    }
}
