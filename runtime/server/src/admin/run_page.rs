//! A run's page: what happened first (status, error, the failures grouped by reason), then its
//! records, failures first, filtered by outcome and a page at a time, its steps, the transform
//! counters grouped per option set, the log and the input.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::mask;
use super::pages::{RunRow, counts_text};
use crate::auth::PageUser;
use crate::state::AppState;
use crate::store::Store;
use crate::store::stats::{CodeGroup, ReasonCount, group_unknown_codes};
use crate::web::{Nav, duration, message, render, short_time};

/// Records listed per page.
pub const RECORDS_PER_PAGE: u64 = 50;
/// Codes named per option set; the rest are counted.
const CODES: usize = 12;

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
    /// A failure (its reason styled as an error; skips and not-found are not).
    problem: bool,
}

/// One link of the outcome filter.
struct FilterView {
    label: String,
    count: u64,
    url: String,
    on: bool,
    class: String,
}

/// Unknown codes of one option set.
struct CodeGroupView {
    transform: String,
    set: String,
    total: u64,
    codes: Vec<(String, u64)>,
    more: usize,
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
    reasons: Vec<ReasonCount>,
    filters: Vec<FilterView>,
    /// Which records are listed ("records 51–100 of 200 failed").
    showing: String,
    prev_url: String,
    next_url: String,
    code_groups: Vec<CodeGroupView>,
    counters: Vec<CounterView>,
    retry_steps: Vec<String>,
    running: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct RunQuery {
    /// Only the records of this outcome.
    #[serde(default)]
    outcome: Option<String>,
    /// 1-based page of the records.
    #[serde(default)]
    page: Option<u64>,
}

fn records_url(id: i64, outcome: Option<&str>, page: u64) -> String {
    let mut q = Vec::new();
    if let Some(o) = outcome {
        q.push(format!("outcome={o}"));
    }
    if page > 1 {
        q.push(format!("page={page}"));
    }
    let q = if q.is_empty() {
        String::new()
    } else {
        format!("?{}", q.join("&"))
    };
    format!("/runs/{id}{q}#records")
}

/// A counted code as shown: the empty code is named, not left blank.
fn code_label(c: &str) -> String {
    if c.is_empty() {
        "(empty)".into()
    } else {
        mask::mask_text(c)
    }
}

fn code_group(g: CodeGroup) -> CodeGroupView {
    CodeGroupView {
        more: g.codes.len().saturating_sub(CODES),
        codes: g
            .codes
            .into_iter()
            .take(CODES)
            .map(|(c, n)| (code_label(&c), n))
            .collect(),
        transform: g.transform,
        set: g.set,
        total: g.total,
    }
}

pub async fn run_detail(
    u: PageUser,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<RunQuery>,
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
    let counts: BTreeMap<String, u64> = match state.store.outcome_counts(id).await {
        Ok(c) => c,
        Err(e) => return crate::web::internal(&e),
    };
    // Only an outcome the run has filters; anything else lists every record.
    let only = q
        .outcome
        .as_deref()
        .filter(|o| counts.contains_key(*o))
        .map(str::to_owned);
    let listed = match &only {
        Some(o) => counts[o],
        None => counts.values().sum(),
    };
    let pages = listed.div_ceil(RECORDS_PER_PAGE).max(1);
    let page = q.page.unwrap_or(1).clamp(1, pages);
    let offset = (page - 1) * RECORDS_PER_PAGE;
    let (rows, reasons) = match tokio::try_join!(
        state
            .store
            .outcomes_page(id, only.as_deref(), offset, RECORDS_PER_PAGE),
        state.store.failure_reasons(id)
    ) {
        Ok(x) => x,
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
    let mut filters = vec![FilterView {
        label: "all".into(),
        count: counts.values().sum(),
        url: records_url(id, None, 1),
        on: only.is_none(),
        class: String::new(),
    }];
    // Failures first in the filter too.
    let mut outcomes: Vec<(&String, &u64)> = counts.iter().collect();
    outcomes.sort_by_key(|(o, _)| !crate::store::stats::is_problem(o));
    filters.extend(outcomes.into_iter().map(|(o, n)| FilterView {
        label: o.replace('_', " "),
        count: *n,
        url: records_url(id, Some(o), 1),
        on: only.as_deref() == Some(o.as_str()),
        class: o.clone(),
    }));
    let showing = if listed == 0 {
        String::new()
    } else {
        format!(
            "records {}–{} of {listed}{}",
            offset + 1,
            (offset + rows.len() as u64).max(offset + 1),
            only.as_deref()
                .map(|o| format!(" {}", o.replace('_', " ")))
                .unwrap_or_default()
        )
    };
    let page_url = |p: u64| records_url(id, only.as_deref(), p);
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
        outcomes: rows
            .iter()
            .map(|o| OutcomeView {
                record: mask::mask_text(&o.record),
                problem: crate::store::stats::is_problem(&o.outcome),
                outcome: o.outcome.clone(),
                step: o.step.clone().unwrap_or_default(),
                reason: mask::mask_text(o.reason.as_deref().unwrap_or("")),
            })
            .collect(),
        outcome_counts: counts_text(&counts),
        reasons: reasons
            .into_iter()
            .map(|r| ReasonCount {
                reason: mask::mask_text(&r.reason),
                ..r
            })
            .collect(),
        filters,
        showing,
        prev_url: if page > 1 {
            page_url(page - 1)
        } else {
            String::new()
        },
        next_url: if page < pages {
            page_url(page + 1)
        } else {
            String::new()
        },
        code_groups: group_unknown_codes(&d.counters)
            .into_iter()
            .map(code_group)
            .collect(),
        counters: d
            .counters
            .iter()
            .filter(|c| c.kind != "unknown_code")
            .map(|c| CounterView {
                transform: c.transform.clone(),
                kind: match c.kind.as_str() {
                    "coercion" => "coercion",
                    "unmatched_question" => "question no rule reads",
                    "missing_question" => "question not in the questionnaire",
                    "missing_label" => "code written without a label",
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
