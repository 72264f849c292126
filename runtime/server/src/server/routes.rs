//! The route table. Every route but `/healthz` and the login page needs a session, a bearer
//! token or (webhooks) the trigger's secret; the extractors in [`crate::auth`] enforce roles.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::admin::{login, pages, workflows_page};
use crate::state::AppState;

/// Security headers on every answer: no framing, no sniffing, no referrer leaks, a strict CSP
/// (the page has no script at all).
async fn headers(req: axum::extract::Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub fn router(state: AppState) -> Router {
    let limits = state.settings.conn_limits();
    let hooks = Router::new()
        .route("/hooks/{path}", post(super::hooks::receive))
        .layer(DefaultBodyLimit::max(state.settings.max_body_bytes));
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/style.css", get(pages::style))
        .route("/login", get(login::login_form).post(login::login))
        .route("/logout", post(login::logout))
        .route(
            "/password",
            get(login::password_form).post(login::change_password),
        )
        .route("/", get(pages::home))
        .route("/runs", get(pages::history))
        .route("/runs/{id}", get(crate::admin::run_page::run_detail))
        .route("/runs/{id}/retry", post(pages::retry))
        .route("/workflows", get(workflows_page::workflows))
        .route(
            "/workflows/{name}/run",
            get(workflows_page::run_now_form).post(workflows_page::run_now),
        )
        .route(
            "/workflows/{name}/enabled",
            post(workflows_page::set_enabled),
        )
        .route(
            "/credentials",
            get(crate::admin::credentials::page).post(crate::admin::credentials::put),
        )
        .route(
            "/credentials/{name}/delete",
            post(crate::admin::credentials::delete),
        )
        .route(
            "/users",
            get(crate::admin::users::page).post(crate::admin::users::create),
        )
        .route("/users/{id}/delete", post(crate::admin::users::delete))
        .route("/users/{id}/role", post(crate::admin::users::set_role))
        .route(
            "/users/{id}/password",
            post(crate::admin::users::reset_password),
        )
        .route("/users/{id}/token", post(crate::admin::users::new_token))
        .route(
            "/tokens/{id}/revoke",
            post(crate::admin::users::revoke_token),
        )
        .route(
            "/notifications",
            get(crate::admin::notifications::page).post(crate::admin::notifications::change),
        )
        .route("/audit", get(crate::admin::users::audit))
        .route("/metrics", get(super::api::metrics))
        .route("/api/runs", get(super::api::runs))
        .route("/api/runs/{id}", get(super::api::run))
        .route("/api/runs/{id}/retry", post(super::api::retry))
        .route("/api/workflows/{name}/run", post(super::api::run_now))
        .route("/api/tokens", get(super::api::tokens))
        .route("/api/tokens/{id}/revoke", post(super::api::revoke_token))
        .merge(hooks)
        .layer(DefaultBodyLimit::max(64 * 1024))
        .layer(RequestBodyTimeoutLayer::new(limits.body_timeout))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        .layer(middleware::from_fn(headers))
        .with_state(state)
}
