//! The admin page: server-rendered HTML (askama templates in `runtime/templates/`, one CSS file,
//! no script), readable on a laptop and a phone. Pages: activity history, run detail (Run
//! again), workflows (Run now, enable/disable), credentials, users, notifications, audit log.

pub mod credentials;
pub mod db;
pub mod history;
pub mod mask;
pub mod notifications;
pub mod pages;
pub mod users;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::auth::{Role, Session};

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
    pub fn new(s: &Session, current: &'static str) -> Nav {
        Nav {
            username: s.username.clone(),
            role: s.role.as_str(),
            is_admin: s.role == Role::Admin,
            csrf: s.csrf.clone(),
            current,
        }
    }
}

/// Renders a template, or a plain 500 when rendering fails.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => crate::server::internal(&e),
    }
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub nav: Nav,
    pub title: String,
    pub message: String,
}

/// A page saying something went wrong with the request (kept short; no internals).
pub fn message(s: &Session, status: StatusCode, title: &str, message: &str) -> Response {
    let page = MessagePage {
        nav: Nav::new(s, ""),
        title: title.to_owned(),
        message: message.to_owned(),
    };
    (status, render(&page)).into_response()
}

pub fn forbidden(s: &Session) -> Response {
    message(
        s,
        StatusCode::FORBIDDEN,
        "Not allowed",
        "This page is for administrators.",
    )
}

pub fn bad_csrf(s: &Session) -> Response {
    message(
        s,
        StatusCode::FORBIDDEN,
        "Form expired",
        "The form was stale or not sent from this site. Go back, reload and try again.",
    )
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
