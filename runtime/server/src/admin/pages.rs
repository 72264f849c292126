//! Activity history (record counts and failures per run) and Run again; a start that fails is
//! recorded as a run.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::mask;
use crate::auth::{self, AdminUser, CsrfForm, HasCsrf, PageUser};
use crate::runner::{Start, StartError, Started};
use crate::setup::Asked;
use crate::state::AppState;
use crate::store::history::{HistoryQuery, as_national_id};
use crate::store::{RunSummary, SqliteStore, Store, StoreError};
use crate::web::{Nav, duration, message, render, short_time};

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
    /// Its records by outcome ("195 created, 5 failed"), or empty.
    pub records: String,
    /// Its first failure reasons grouped ("5 records failed: national id missing"), or empty.
    pub failures: String,
}

/// `{n} {outcome}` joined, in outcome order.
pub fn counts_text(counts: &std::collections::BTreeMap<String, u64>) -> String {
    counts
        .iter()
        .map(|(k, v)| format!("{v} {}", k.replace('_', " ")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Failure reasons shown in an Activity row.
const ROW_REASONS: usize = 2;

/// "5 records failed: national id missing; 1 record failed: HTTP 500 (and 2 other reasons)".
fn failures_text(reasons: &[crate::store::stats::ReasonCount]) -> String {
    let mut parts: Vec<String> = reasons
        .iter()
        .take(ROW_REASONS)
        .map(|r| {
            format!(
                "{} record{} {}: {}",
                r.count,
                if r.count == 1 { "" } else { "s" },
                r.outcome,
                mask::mask_text(&r.reason)
            )
        })
        .collect();
    if reasons.len() > ROW_REASONS {
        parts.push(format!(
            "and {} other reason{}",
            reasons.len() - ROW_REASONS,
            if reasons.len() - ROW_REASONS == 1 {
                ""
            } else {
                "s"
            }
        ));
    }
    parts.join("; ")
}

impl RunRow {
    pub fn new(r: &RunSummary) -> RunRow {
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
            records: String::new(),
            failures: String::new(),
        }
    }
}

/// Rows for a page of runs, with their record counts and, for failed runs, their failures
/// grouped by reason.
async fn rows_with_records(
    store: &SqliteStore,
    runs: &[RunSummary],
) -> Result<Vec<RunRow>, StoreError> {
    let ids: Vec<i64> = runs.iter().map(|r| r.id).collect();
    let mut counts = store.outcome_counts_of(&ids).await?;
    let mut rows = Vec::with_capacity(runs.len());
    for r in runs {
        let mut row = RunRow::new(r);
        if let Some(c) = counts.remove(&r.id) {
            row.records = counts_text(&c);
            if c.keys().any(|o| crate::store::stats::is_problem(o)) {
                row.failures = failures_text(&store.failure_reasons(r.id).await?);
                // A run whose error is its one failure's reason says it once.
                if !row.error.is_empty() && row.failures.contains(&row.error) {
                    row.error.clear();
                }
            }
        }
        rows.push(row);
    }
    Ok(rows)
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
        runs: match rows_with_records(&state.store, &runs).await {
            Ok(r) => r,
            Err(e) => return crate::web::internal(&e),
        },
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

#[derive(Deserialize)]
pub struct RetryForm {
    csrf: String,
    #[serde(default)]
    from_step: String,
}

/// A start that failed: one that could not build its engine (a credential or an endpoint
/// missing) is recorded as a crashed run with its cause and its page shown; a refusal (unknown
/// or disabled workflow) is said on a page.
pub async fn start_failed(
    state: &AppState,
    s: &auth::Session,
    asked: Asked<'_>,
    e: StartError,
) -> Response {
    let Some(cause) = crate::setup::setup_cause(&e) else {
        return match e {
            StartError::Store(_) => crate::web::internal(&e),
            other => message(
                s,
                StatusCode::CONFLICT,
                "Run not started",
                &other.to_string(),
            ),
        };
    };
    tracing::error!(workflow = asked.workflow, "cannot start a run: {cause}");
    match crate::setup::record_not_started(&state.store, asked, &cause).await {
        Ok(id) => Redirect::to(&format!("/runs/{id}")).into_response(),
        Err(e) => crate::web::internal(&e),
    }
}

pub fn after_start(r: Started, fallback: &str) -> Response {
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
    match crate::setup::start_checked(&state, &wf, s).await {
        Ok(r) => after_start(r, "/runs"),
        Err(e) => {
            let asked = Asked {
                workflow: &wf,
                trigger: "retry",
                retry_of: Some(id),
                input: None,
            };
            start_failed(&state, &u.0, asked, e).await
        }
    }
}

impl HasCsrf for RetryForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}
