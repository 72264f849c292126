//! The JSON API mirroring the page: runs list and detail (viewers and admins, bearer token or
//! session), retry and run now (admins, bearer token only), and `/metrics`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::admin::mask;
use crate::auth::{ApiAdmin, ApiUser};
use crate::runner::{Start, StartError, Started};
use crate::setup::Asked;
use crate::state::AppState;
use crate::store::HistoryQuery;
use crate::store::Store;
use crate::web::json_error;

pub async fn runs(
    _u: ApiUser,
    State(state): State<AppState>,
    Query(q): Query<HistoryQuery>,
) -> Response {
    match state.store.history_page(&q).await {
        Ok((runs, more)) => {
            let next = if more {
                runs.last().map(|r| r.id)
            } else {
                None
            };
            Json(json!({"runs": runs, "next_before": next})).into_response()
        }
        Err(e) => crate::web::internal(&e),
    }
}

pub async fn run(_u: ApiUser, State(state): State<AppState>, Path(id): Path<i64>) -> Response {
    let detail = match state.app.store.run(id).await {
        Ok(Some(d)) => d,
        Ok(None) => return json_error(StatusCode::NOT_FOUND, "no such run"),
        Err(e) => return crate::web::internal(&e),
    };
    let input = match detail.run.input_id {
        Some(i) => state.app.store.input(i).await.ok().flatten(),
        None => None,
    };
    let personal = state
        .app
        .workflows
        .get(&detail.run.workflow)
        .map(|w| w.personal_fields.clone())
        .unwrap_or_default();
    let input = input.map(|v| mask::mask_json(&v, &personal));
    let mut v = serde_json::to_value(&detail).unwrap_or(Value::Null);
    v["input"] = input.unwrap_or(Value::Null);
    v["exit_meaning"] = json!(mask::exit_meaning(detail.run.exit_code));
    Json(v).into_response()
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct RetryBody {
    #[serde(default)]
    pub from_step: Option<String>,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct RunNowBody {
    #[serde(default)]
    pub input: Option<Value>,
}

/// The answer to a start. One that could not start for want of set-up is recorded as a run
/// (exit 2, its cause) and answered 503 with that run.
async fn started(state: &AppState, asked: Asked<'_>, r: Result<Started, StartError>) -> Response {
    match r {
        Ok(Started::Run(id)) => (
            StatusCode::ACCEPTED,
            Json(json!({"run_id": id, "url": format!("{}/runs/{id}", state.public_url)})),
        )
            .into_response(),
        Ok(_) => (StatusCode::ACCEPTED, Json(json!({"queued": true}))).into_response(),
        Err(StartError::UnknownWorkflow(_)) => {
            json_error(StatusCode::NOT_FOUND, "no such workflow")
        }
        Err(e) => match crate::setup::setup_cause(&e) {
            Some(cause) => {
                match crate::setup::record_not_started(&state.store, asked, &cause).await {
                    Ok(id) => (
                        StatusCode::SERVICE_UNAVAILABLE,
                        Json(json!({
                            "run_id": id,
                            "url": format!("{}/runs/{id}", state.public_url),
                            "error": crate::setup::explained(&cause),
                        })),
                    )
                        .into_response(),
                    Err(e) => crate::web::internal(&e),
                }
            }
            None if matches!(e, StartError::Disabled(_) | StartError::NotStarted(_)) => {
                json_error(StatusCode::CONFLICT, &e.to_string())
            }
            None => crate::web::internal(&e),
        },
    }
}

pub async fn retry(
    u: ApiAdmin,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    body: Option<Json<RetryBody>>,
) -> Response {
    let from_step = body.and_then(|b| b.0.from_step).filter(|s| !s.is_empty());
    let wf = match state.app.store.run(id).await {
        Ok(Some(d)) => d.run.workflow,
        Ok(None) => return json_error(StatusCode::NOT_FOUND, "no such run"),
        Err(e) => return crate::web::internal(&e),
    };
    state
        .audit(
            &u.username,
            "retry run (api)",
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
    let r = crate::setup::start_checked(&state, &wf, s).await;
    let asked = Asked {
        workflow: &wf,
        trigger: "retry",
        retry_of: Some(id),
        input: None,
    };
    started(&state, asked, r).await
}

pub async fn run_now(
    u: ApiAdmin,
    State(state): State<AppState>,
    Path(name): Path<String>,
    body: Option<Json<RunNowBody>>,
) -> Response {
    state.audit(&u.username, "run now (api)", &name, None).await;
    let input = body.and_then(|b| b.0.input);
    let s = Start {
        trigger: "manual".into(),
        input: input.clone(),
        even_if_disabled: true,
        ..Start::default()
    };
    let r = crate::setup::start_checked(&state, &name, s).await;
    let asked = Asked {
        workflow: &name,
        trigger: "manual",
        retry_of: None,
        input: input.as_ref(),
    };
    started(&state, asked, r).await
}

pub async fn metrics(_u: ApiUser, State(state): State<AppState>) -> Response {
    let counts = match state.store.run_counts().await {
        Ok(c) => c,
        Err(e) => return crate::web::internal(&e),
    };
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(&counts),
    )
        .into_response()
}

/// Valid API tokens (admins, bearer token): id, user, label, issued, expires.
pub async fn tokens(_u: ApiAdmin, State(state): State<AppState>) -> Response {
    match state.store.tokens(None).await {
        Ok(t) => Json(json!({ "tokens": t })).into_response(),
        Err(e) => crate::web::internal(&e),
    }
}

/// Revokes a token (admins, bearer token); a token may revoke itself.
pub async fn revoke_token(
    u: ApiAdmin,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Response {
    match state.store.revoke_token(id).await {
        Ok(Some(owner)) => {
            let detail = format!("token {id} of user {owner} (api)");
            state
                .audit(
                    &u.username,
                    "revoke API token",
                    &owner.to_string(),
                    Some(&detail),
                )
                .await;
            Json(json!({ "revoked": id })).into_response()
        }
        Ok(None) => json_error(StatusCode::NOT_FOUND, "no such token"),
        Err(e) => crate::web::internal(&e),
    }
}
