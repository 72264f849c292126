//! What every page and API answer shares: [`WebError`], the one error type of the handlers
//! (a page saying what went wrong, a redirect to the login page, a JSON error, or a 500 whose
//! cause goes to the server log only), the page header [`Nav`] and small formatting helpers.

use askama::Template;
use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

/// Who is looking at a page (a logged-in session).
pub trait Viewer {
    fn username(&self) -> &str;
    fn role(&self) -> &'static str;
    fn is_admin(&self) -> bool;
    fn csrf(&self) -> &str;
}

/// The header of every page: who is logged in and the session's CSRF token (for the logout
/// form and every other form on the page).
#[derive(Debug, Clone)]
pub struct Nav {
    pub username: String,
    pub role: &'static str,
    pub is_admin: bool,
    pub csrf: String,
    /// Which menu entry is current.
    pub current: &'static str,
}

impl Nav {
    pub fn new(s: &impl Viewer, current: &'static str) -> Nav {
        Nav {
            username: s.username().to_owned(),
            role: s.role(),
            is_admin: s.is_admin(),
            csrf: s.csrf().to_owned(),
            current,
        }
    }
}

/// Why a request was not answered as asked.
#[derive(Debug)]
pub enum WebError {
    /// Not logged in (a page): to the login page.
    Login,
    /// Logged in with a one-time password: to the change-password page.
    MustChange,
    /// A page saying what went wrong (kept short; no internals).
    Page {
        nav: Nav,
        status: StatusCode,
        title: String,
        message: String,
    },
    /// JSON API: no or a wrong bearer token.
    Unauthorized,
    /// JSON API: a status and a message.
    Json { status: StatusCode, message: String },
    /// Anything else: a 500 that says nothing about the cause; the cause goes to the server
    /// log (our errors carry no secret: store messages, never credential values).
    Internal(String),
}

impl WebError {
    pub fn page(s: &impl Viewer, status: StatusCode, title: &str, message: &str) -> WebError {
        WebError::Page {
            nav: Nav::new(s, ""),
            status,
            title: title.to_owned(),
            message: message.to_owned(),
        }
    }

    pub fn forbidden(s: &impl Viewer) -> WebError {
        WebError::page(
            s,
            StatusCode::FORBIDDEN,
            "Not allowed",
            "This page is for administrators.",
        )
    }

    pub fn bad_csrf(s: &impl Viewer) -> WebError {
        WebError::page(
            s,
            StatusCode::FORBIDDEN,
            "Form expired",
            "The form was stale or not sent from this site. Go back, reload and try again.",
        )
    }

    pub fn json(status: StatusCode, message: &str) -> WebError {
        WebError::Json {
            status,
            message: message.to_owned(),
        }
    }

    pub fn internal(e: &dyn std::fmt::Display) -> WebError {
        WebError::Internal(e.to_string())
    }
}

impl<E: std::error::Error> From<E> for WebError {
    fn from(e: E) -> WebError {
        WebError::internal(&e)
    }
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub nav: Nav,
    pub title: String,
    pub message: String,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Login => Redirect::to("/login").into_response(),
            WebError::MustChange => Redirect::to("/password").into_response(),
            WebError::Page {
                nav,
                status,
                title,
                message,
            } => (
                status,
                render(&MessagePage {
                    nav,
                    title,
                    message,
                }),
            )
                .into_response(),
            WebError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                Json(serde_json::json!({"error": "unauthorized"})),
            )
                .into_response(),
            WebError::Json { status, message } => {
                (status, Json(serde_json::json!({"error": message}))).into_response()
            }
            WebError::Internal(cause) => {
                tracing::error!("request failed: {cause}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error (see the server log)",
                )
                    .into_response()
            }
        }
    }
}

/// A 500 answer (see [`WebError::Internal`]).
pub fn internal(e: &dyn std::fmt::Display) -> Response {
    WebError::internal(e).into_response()
}

/// A JSON error answer `{"error": message}` (see [`WebError::Json`]).
pub fn json_error(status: StatusCode, message: &str) -> Response {
    WebError::json(status, message).into_response()
}

/// Renders a template, or a plain 500 when rendering fails.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => internal(&e),
    }
}

/// A page saying something went wrong with the request (see [`WebError::page`]).
pub fn message(s: &impl Viewer, status: StatusCode, title: &str, message: &str) -> Response {
    WebError::page(s, status, title, message).into_response()
}

/// `2026-11-29T02:10:47.123Z` -> `2026-11-29 02:10:47` (UTC).
pub fn short_time(t: &str) -> String {
    t.get(..19)
        .map(|s| s.replace('T', " "))
        .unwrap_or_else(|| t.to_owned())
}

/// Human duration between two RFC 3339 times ("" while running).
pub fn duration(start: &str, end: Option<&str>) -> String {
    let (Some(end), Ok(a)) = (end, chrono::DateTime::parse_from_rfc3339(start)) else {
        return String::new();
    };
    let Ok(b) = chrono::DateTime::parse_from_rfc3339(end) else {
        return String::new();
    };
    let ms = (b - a).num_milliseconds().max(0);
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms < 60_000 {
        format!("{:.1} s", ms as f64 / 1000.0)
    } else {
        format!("{} min {} s", ms / 60_000, (ms % 60_000) / 1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(
            duration("2026-01-01T00:00:00.000Z", Some("2026-01-01T00:00:00.250Z")),
            "250 ms"
        );
        assert_eq!(
            duration("2026-01-01T00:00:00.000Z", Some("2026-01-01T00:00:02.500Z")),
            "2.5 s"
        );
        assert_eq!(
            duration("2026-01-01T00:00:00.000Z", Some("2026-01-01T00:03:05.000Z")),
            "3 min 5 s"
        );
        assert_eq!(duration("2026-01-01T00:00:00.000Z", None), "");
        assert_eq!(
            short_time("2026-11-29T02:10:47.123Z"),
            "2026-11-29 02:10:47"
        );
    }
}
