//! The Workflows page: per workflow its trigger, set-up problems (and whether its triggers are
//! held), last run, success rate and duration over the last 7 and 30 days with a chart; Run now
//! (a webhook workflow asks for its input first) and enable/disable.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::pages::{after_start, start_failed};
use super::{chart, mask};
use crate::auth::{AdminUser, CsrfForm, HasCsrf, PageUser};
use crate::runner::Start;
use crate::setup::Asked;
use crate::state::AppState;
use crate::store::stats::Window;
use crate::web::{Nav, message, render};
use crate::workflow::Trigger;

/// Days the chart and the long window cover.
const LONG: u32 = 30;
/// Days of the short window.
const SHORT: usize = 7;

struct WorkflowView {
    name: String,
    description: String,
    trigger: String,
    next_fire: String,
    enabled: bool,
    /// A webhook workflow: Run now asks for its input.
    webhook: bool,
    /// Set-up problems, each with where to fix it (its triggers are held while any).
    problems: Vec<String>,
    /// The last cron fire held (UTC), or empty.
    held_fire: String,
    last_status: String,
    last_id: String,
    /// "7 days: 12 runs, 92% succeeded, mean 3.1 s".
    week: String,
    month: String,
    chart: String,
}

#[derive(Template)]
#[template(path = "workflows.html")]
struct WorkflowsPage {
    nav: Nav,
    title: String,
    workflows: Vec<WorkflowView>,
    /// What `[retention]` keeps, in words.
    retention: String,
}

fn window_text(days: usize, w: Window) -> String {
    match w.rate() {
        None => format!("{days} days: no run"),
        Some(r) => format!(
            "{days} days: {} run{}, {:.0}% succeeded, mean {}",
            w.runs,
            if w.runs == 1 { "" } else { "s" },
            r * 100.0,
            chart::secs(w.mean_seconds)
        ),
    }
}

fn describe(trigger: &Trigger) -> (String, String) {
    match trigger {
        Trigger::Cron { schedule, timezone } => (
            format!("cron `{schedule}` ({timezone})"),
            crate::scheduler::next_fire(schedule, *timezone, chrono::Utc::now())
                .map(|t| {
                    t.with_timezone(timezone)
                        .format("%Y-%m-%d %H:%M %Z")
                        .to_string()
                })
                .unwrap_or_default(),
        ),
        Trigger::Webhook { path } => (format!("webhook POST /hooks/{path}"), String::new()),
        Trigger::Manual => ("manual".into(), String::new()),
    }
}

pub async fn workflows(u: PageUser, State(state): State<AppState>) -> Response {
    // A problem fixed outside the page (a secrets file written since)
    // is seen here.
    state.setup.check(&state.app).await;
    let now = chrono::Utc::now();
    let mut views = Vec::new();
    for w in &state.app.workflows.workflows {
        let (trigger, next_fire) = describe(&w.trigger);
        let latest = state.store.latest_run(&w.name).await.ok().flatten();
        let stats = match state.store.workflow_stats(&w.name, LONG, now).await {
            Ok(s) => s,
            Err(e) => return crate::web::internal(&e),
        };
        views.push(WorkflowView {
            name: w.name.clone(),
            description: w.description.clone().unwrap_or_default(),
            trigger,
            next_fire,
            enabled: state.store.enabled(&w.name).await.unwrap_or(true),
            webhook: matches!(w.trigger, Trigger::Webhook { .. }),
            problems: state.setup.problems(&w.name),
            held_fire: state
                .setup
                .last_held_fire(&w.name)
                .map(|t| crate::web::short_time(&t))
                .unwrap_or_default(),
            last_status: latest
                .as_ref()
                .map(|r| r.status.clone())
                .unwrap_or_default(),
            last_id: latest.map(|r| r.id.to_string()).unwrap_or_default(),
            week: window_text(SHORT, stats.window(SHORT)),
            month: window_text(LONG as usize, stats.window(LONG as usize)),
            chart: chart::svg(&w.name, &stats),
        });
    }
    render(&WorkflowsPage {
        nav: Nav::new(&u.0, "workflows"),
        title: "Workflows".into(),
        workflows: views,
        retention: state.app.config.retention.describe(),
    })
}

#[derive(Template)]
#[template(path = "run_now.html")]
struct RunNowPage {
    nav: Nav,
    title: String,
    workflow: String,
    body: String,
    /// Where the prefilled body comes from.
    note: String,
}

/// The form of Run now for a webhook workflow: the body, prefilled from its last run's stored
/// input with the personal values blank.
pub async fn run_now_form(
    u: AdminUser,
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Response {
    let Some(wf) = state.app.workflows.get(&name) else {
        return no_such_workflow(&u.0);
    };
    let last = match state.store.latest_input(&name).await {
        Ok(v) => v,
        Err(e) => return crate::web::internal(&e),
    };
    let (body, note) = match last {
        Some(v) => (
            serde_json::to_string_pretty(&mask::blank_personal(&v, &wf.personal_fields))
                .unwrap_or_default(),
            "Prefilled from the last run's stored input (only the fields the workflow reads are \
             kept); personal values such as the national id are left blank: fill them in."
                .to_owned(),
        ),
        None => (
            "{\n  \"data\": {}\n}".to_owned(),
            "No run of this workflow has stored an input yet: write the webhook body.".to_owned(),
        ),
    };
    render(&RunNowPage {
        nav: Nav::new(&u.0, "workflows"),
        title: format!("Run {name}"),
        workflow: name,
        body,
        note,
    })
}

#[derive(Deserialize)]
pub struct RunNowForm {
    csrf: String,
    /// The input as JSON (a webhook workflow's body); absent for the others.
    #[serde(default)]
    input: Option<String>,
}

pub async fn run_now(
    State(state): State<AppState>,
    Path(name): Path<String>,
    CsrfForm(u, f): CsrfForm<AdminUser, RunNowForm>,
) -> Response {
    let Some(wf) = state.app.workflows.get(&name) else {
        return no_such_workflow(&u.0);
    };
    let webhook = matches!(wf.trigger, Trigger::Webhook { .. });
    let input = match f.input.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None if webhook => {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Input needed",
                "This workflow runs on a webhook's body: give the body on its Run now form.",
            );
        }
        None => None,
        Some(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v @ serde_json::Value::Object(_)) => Some(v),
            Ok(_) => {
                return message(
                    &u.0,
                    StatusCode::BAD_REQUEST,
                    "Invalid input",
                    "The input must be a JSON object.",
                );
            }
            Err(e) => {
                return message(
                    &u.0,
                    StatusCode::BAD_REQUEST,
                    "Invalid input",
                    &format!("The input is not JSON: {e}."),
                );
            }
        },
    };
    state.audit(&u.0.username, "run now", &name, None).await;
    let s = Start {
        trigger: "manual".into(),
        input: input.clone(),
        even_if_disabled: true,
        ..Start::default()
    };
    match crate::setup::start_checked(&state, &name, s).await {
        Ok(r) => after_start(r, "/workflows"),
        Err(e) => {
            let asked = Asked {
                workflow: &name,
                trigger: "manual",
                retry_of: None,
                input: input.as_ref(),
            };
            start_failed(&state, &u.0, asked, e).await
        }
    }
}

#[derive(Deserialize)]
pub struct EnabledForm {
    csrf: String,
    enabled: String,
}

pub async fn set_enabled(
    State(state): State<AppState>,
    Path(name): Path<String>,
    CsrfForm(u, f): CsrfForm<AdminUser, EnabledForm>,
) -> Response {
    if state.app.workflows.get(&name).is_none() {
        return no_such_workflow(&u.0);
    }
    let on = f.enabled == "true";
    if let Err(e) = state.store.set_enabled(&name, on).await {
        return crate::web::internal(&e);
    }
    state
        .audit(
            &u.0.username,
            if on {
                "enable workflow"
            } else {
                "disable workflow"
            },
            &name,
            None,
        )
        .await;
    Redirect::to("/workflows").into_response()
}

impl HasCsrf for RunNowForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for EnabledForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

fn no_such_workflow(s: &crate::auth::Session) -> Response {
    message(
        s,
        StatusCode::NOT_FOUND,
        "No such workflow",
        "That workflow does not exist.",
    )
}
