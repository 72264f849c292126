//! Notifications (admins only): who gets a failure e-mail for each workflow. The config file's
//! `[notify] admins` hear about every workflow; the page adds recipients per workflow.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::{AdminUser, CsrfForm, HasCsrf};
use crate::state::AppState;
use crate::web::{Nav, message, render};

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    nav: Nav,
    title: String,
    rows: Vec<(String, String)>,
    workflows: Vec<String>,
    everyone: String,
    smtp: String,
    throttle: u64,
}

pub async fn page(u: AdminUser, State(state): State<AppState>) -> Response {
    let rows = match state.store.recipients().await {
        Ok(r) => r,
        Err(e) => return crate::web::internal(&e),
    };
    let smtp = match &state.settings.smtp {
        Some(s) => format!("{}:{} from {}", s.host, s.port, s.from),
        None => {
            "not configured (add [serve.smtp] to the config file): failures are only shown here"
                .into()
        }
    };
    render(&NotificationsPage {
        nav: Nav::new(&u.0, "notifications"),
        title: "Notifications".into(),
        rows,
        workflows: state
            .app
            .workflows
            .workflows
            .iter()
            .map(|w| w.name.clone())
            .collect(),
        everyone: state.app.config.notify.admins.join(", "),
        smtp,
        throttle: state.settings.notify_throttle_minutes,
    })
}

#[derive(Deserialize)]
pub struct ChangeForm {
    csrf: String,
    /// `add` or `remove`.
    action: String,
    workflow: String,
    email: String,
}

fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && s.len() <= 254
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
}

pub async fn change(
    State(state): State<AppState>,
    CsrfForm(u, f): CsrfForm<AdminUser, ChangeForm>,
) -> Response {
    let email = f.email.trim();
    if state.app.workflows.get(&f.workflow).is_none() {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "No such workflow",
            "Pick a workflow from the list.",
        );
    }
    let r = match f.action.as_str() {
        "add" if plausible_email(email) => state
            .store
            .add_recipient(&f.workflow, email)
            .await
            .map(|_| true),
        "add" => {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Invalid address",
                "That is not an e-mail address.",
            );
        }
        "remove" => state.store.remove_recipient(&f.workflow, email).await,
        _ => {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Invalid action",
                "Add or remove.",
            );
        }
    };
    if let Err(e) = r {
        return crate::web::internal(&e);
    }
    let what = if f.action == "add" {
        "add failure recipient"
    } else {
        "remove failure recipient"
    };
    state
        .audit(&u.0.username, what, &f.workflow, Some(email))
        .await;
    Redirect::to("/notifications").into_response()
}

impl HasCsrf for ChangeForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses() {
        assert!(super::plausible_email("ops@example.org"));
        assert!(!super::plausible_email("ops@localhost"));
        assert!(!super::plausible_email("a b@example.org"));
        assert!(!super::plausible_email("x@y.org, z@w.org"));
    }
}
