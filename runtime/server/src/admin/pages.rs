//! Activity history, run detail (Run again) and workflows (Run now, enable/disable).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::mask;
use crate::auth::{self, AdminUser, CsrfForm, HasCsrf, PageUser};
use crate::runner::{Start, StartError, Started};
use crate::state::AppState;
use crate::store::history::{HistoryQuery, as_national_id};
use crate::store::{RunSummary, Store};
use crate::web::{Nav, duration, message, render, short_time};
use crate::workflow::Trigger;

pub async fn style() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../../static/style.css"),
    )
        .into_response()
}

pub async fn home(_u: PageUser) -> Redirect {
    Redirect::to("/runs")
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

// ---------------------------------------------------------------- history

/// A run as a table row.
pub struct RunRow {
    pub id: i64,
    pub workflow: String,
    pub trigger: String,
    pub status: String,
    pub exit: String,
    pub started: String,
    pub duration: String,
    pub error: String,
    pub retry_of: String,
    /// Why the run needs an analyst's look (drift its transforms counted), or empty.
    pub attention: String,
}

impl RunRow {
    fn new(r: &RunSummary) -> RunRow {
        let mut error = mask::mask_text(r.error.as_deref().unwrap_or(""));
        if error.chars().count() > 120 {
            error = error.chars().take(117).collect::<String>() + "...";
        }
        RunRow {
            id: r.id,
            workflow: r.workflow.clone(),
            trigger: r.trigger.clone(),
            status: r.status.clone(),
            exit: r.exit_code.map(|c| c.to_string()).unwrap_or_default(),
            started: short_time(&r.started_at),
            duration: duration(&r.started_at, r.finished_at.as_deref()),
            error,
            retry_of: r.retry_of.map(|x| x.to_string()).unwrap_or_default(),
            attention: r.attention().unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    nav: Nav,
    title: String,
    runs: Vec<RunRow>,
    workflows: Vec<String>,
    statuses: Vec<String>,
    f_workflow: String,
    f_status: String,
    f_from: String,
    f_to: String,
    /// The search as shown (a national id masked).
    f_q_shown: String,
    next_url: String,
    any_running: bool,
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn history(
    u: PageUser,
    State(state): State<AppState>,
    Query(q): Query<HistoryQuery>,
) -> Response {
    let (runs, more) = match state.store.history_page(&q).await {
        Ok(x) => x,
        Err(e) => return crate::web::internal(&e),
    };
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let qtext = s(&q.q);
    // A national id never goes back into the page or a link unmasked: the next-page link
    // carries the search only when it is not one.
    let f_q_shown = if as_national_id(&qtext).is_some() {
        mask::mask_national_id(&qtext)
    } else {
        qtext.clone()
    };
    let next_url = match (more, runs.last()) {
        (true, Some(last)) => {
            let keep_q = if as_national_id(&qtext).is_some() {
                String::new()
            } else {
                qtext.clone()
            };
            format!(
                "/runs?workflow={}&status={}&from={}&to={}&q={}&before={}",
                enc(&s(&q.workflow)),
                enc(&s(&q.status)),
                enc(&s(&q.from)),
                enc(&s(&q.to)),
                enc(&keep_q),
                last.id
            )
        }
        _ => String::new(),
    };
    let page = HistoryPage {
        nav: Nav::new(&u.0, "runs"),
        title: "Activity".into(),
        any_running: runs
            .iter()
            .any(|r| r.status == "running" || r.status == "queued"),
        runs: runs.iter().map(RunRow::new).collect(),
        workflows: state
            .app
            .workflows
            .workflows
            .iter()
            .map(|w| w.name.clone())
            .collect(),
        statuses: crate::store::RunStatus::ALL
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
        f_workflow: s(&q.workflow),
        f_status: s(&q.status),
        f_from: s(&q.from),
        f_to: s(&q.to),
        f_q_shown,
        next_url,
    };
    render(&page)
}

// ---------------------------------------------------------------- run detail

struct StepView {
    step: String,
    attempt: i64,
    status: String,
    started: String,
    duration: String,
    error: String,
}

struct LogView {
    at: String,
    level: String,
    step: String,
    message: String,
}

struct OutcomeView {
    record: String,
    outcome: String,
    step: String,
    reason: String,
}

struct CounterView {
    transform: String,
    kind: &'static str,
    subject: String,
    detail: String,
    count: u64,
}

#[derive(Template)]
#[template(path = "run.html")]
struct RunPage {
    nav: Nav,
    title: String,
    run: RunRow,
    exit_meaning: &'static str,
    input: String,
    steps: Vec<StepView>,
    logs: Vec<LogView>,
    outcomes: Vec<OutcomeView>,
    outcome_counts: String,
    counters: Vec<CounterView>,
    retry_steps: Vec<String>,
    running: bool,
}

pub async fn run_detail(
    u: PageUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Response {
    let d = match state.app.store.run(id).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            return message(
                &u.0,
                StatusCode::NOT_FOUND,
                "No such run",
                &format!("Run {id} does not exist."),
            );
        }
        Err(e) => return crate::web::internal(&e),
    };
    let wf = state.app.workflows.get(&d.run.workflow);
    let personal = wf.map(|w| w.personal_fields.clone()).unwrap_or_default();
    let input = match d.run.input_id {
        Some(i) => state.app.store.input(i).await.ok().flatten(),
        None => None,
    };
    let input = input
        .map(|v| serde_json::to_string_pretty(&mask::mask_json(&v, &personal)).unwrap_or_default())
        .unwrap_or_else(|| "(none)".into());
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for o in &d.outcomes {
        *counts.entry(o.outcome.as_str()).or_default() += 1;
    }
    let page = RunPage {
        nav: Nav::new(&u.0, "runs"),
        title: format!("Run {id}"),
        exit_meaning: mask::exit_meaning(d.run.exit_code),
        running: d.run.status == "running" || d.run.status == "queued",
        run: RunRow::new(&d.run),
        input,
        steps: d
            .steps
            .iter()
            .map(|s| StepView {
                step: s.step.clone(),
                attempt: s.attempt,
                status: s.status.clone(),
                started: short_time(&s.started_at),
                duration: duration(&s.started_at, s.finished_at.as_deref()),
                error: mask::mask_text(s.error.as_deref().unwrap_or("")),
            })
            .collect(),
        logs: d
            .logs
            .iter()
            .map(|l| LogView {
                at: short_time(&l.at),
                level: l.level.clone(),
                step: l.step.clone().unwrap_or_default(),
                message: mask::mask_text(&l.message),
            })
            .collect(),
        outcomes: d
            .outcomes
            .iter()
            .map(|o| OutcomeView {
                record: mask::mask_text(&o.record),
                outcome: o.outcome.clone(),
                step: o.step.clone().unwrap_or_default(),
                reason: mask::mask_text(o.reason.as_deref().unwrap_or("")),
            })
            .collect(),
        outcome_counts: counts
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", "),
        counters: d
            .counters
            .iter()
            .map(|c| CounterView {
                transform: c.transform.clone(),
                kind: match c.kind.as_str() {
                    "unknown_code" => "unknown code",
                    "coercion" => "coercion",
                    "unmatched_question" => "question no rule reads",
                    "missing_question" => "question not in the questionnaire",
                    _ => "other",
                },
                subject: c.subject.clone(),
                detail: mask::mask_text(&c.detail),
                count: c.count,
            })
            .collect(),
        retry_steps: wf
            .map(|w| w.steps.steps.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default(),
    };
    render(&page)
}

#[derive(Deserialize)]
pub struct RetryForm {
    csrf: String,
    #[serde(default)]
    from_step: String,
}

fn start_failed(s: &auth::Session, e: StartError) -> Response {
    match e {
        StartError::App(_) | StartError::Store(_) => {
            tracing::error!("cannot start a run: {e}");
            message(
                s,
                StatusCode::SERVICE_UNAVAILABLE,
                "Run not started",
                "The run could not start; the server log says why.",
            )
        }
        other => message(
            s,
            StatusCode::CONFLICT,
            "Run not started",
            &other.to_string(),
        ),
    }
}

fn after_start(r: Started, fallback: &str) -> Response {
    match r {
        Started::Run(id) => Redirect::to(&format!("/runs/{id}")).into_response(),
        Started::Queued | Started::Busy => Redirect::to(fallback).into_response(),
    }
}

pub async fn retry(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(u, f): CsrfForm<AdminUser, RetryForm>,
) -> Response {
    let wf = match state.app.store.run(id).await {
        Ok(Some(d)) => d.run.workflow,
        Ok(None) => {
            return message(
                &u.0,
                StatusCode::NOT_FOUND,
                "No such run",
                "That run does not exist.",
            );
        }
        Err(e) => return crate::web::internal(&e),
    };
    let from_step = Some(f.from_step).filter(|s| !s.is_empty());
    state
        .audit(
            &u.0.username,
            "run again",
            &format!("run {id}"),
            from_step.as_deref(),
        )
        .await;
    let s = Start {
        trigger: "retry".into(),
        retry_of: Some(id),
        from_step,
        even_if_disabled: true,
        ..Start::default()
    };
    match state.runner.start(&wf, s).await {
        Ok(r) => after_start(r, "/runs"),
        Err(e) => start_failed(&u.0, e),
    }
}

// ---------------------------------------------------------------- workflows

struct WorkflowView {
    name: String,
    description: String,
    trigger: String,
    next_fire: String,
    enabled: bool,
    last_status: String,
    last_id: String,
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

pub async fn workflows(u: PageUser, State(state): State<AppState>) -> Response {
    let mut views = Vec::new();
    for w in &state.app.workflows.workflows {
        let (trigger, next_fire) = match &w.trigger {
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
        };
        let latest = state.store.latest_run(&w.name).await.ok().flatten();
        views.push(WorkflowView {
            name: w.name.clone(),
            description: w.description.clone().unwrap_or_default(),
            trigger,
            next_fire,
            enabled: state.store.enabled(&w.name).await.unwrap_or(true),
            last_status: latest
                .as_ref()
                .map(|r| r.status.clone())
                .unwrap_or_default(),
            last_id: latest.map(|r| r.id.to_string()).unwrap_or_default(),
        });
    }
    render(&WorkflowsPage {
        nav: Nav::new(&u.0, "workflows"),
        title: "Workflows".into(),
        workflows: views,
        retention: state.app.config.retention.describe(),
    })
}

pub async fn run_now(
    State(state): State<AppState>,
    Path(name): Path<String>,
    CsrfForm(u, _f): CsrfForm<AdminUser, CsrfOnly>,
) -> Response {
    state.audit(&u.0.username, "run now", &name, None).await;
    let s = Start {
        trigger: "manual".into(),
        even_if_disabled: true,
        ..Start::default()
    };
    match state.runner.start(&name, s).await {
        Ok(r) => after_start(r, "/workflows"),
        Err(e) => start_failed(&u.0, e),
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
        return message(
            &u.0,
            StatusCode::NOT_FOUND,
            "No such workflow",
            "That workflow does not exist.",
        );
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

impl HasCsrf for CsrfOnly {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for RetryForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for EnabledForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}
