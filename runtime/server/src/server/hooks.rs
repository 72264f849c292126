//! `POST /hooks/<path>`: a webhook trigger. The caller proves itself per trigger (see
//! [`super::signature`]: the secret in a header, or a timestamped HMAC-SHA256); the body must be a
//! JSON object of at most `max_body_bytes` (Primero's sync-request body
//! `{"data": {"record_id": …, …}}`, also wrapped by OpenFn as `{"__query_params": {}, "data": …}`).
//!
//! The run is stored `queued` before the answer, 202 with its id; a worker runs it. A replay of
//! a delivery within the idempotency window answers 200 with the same run id and starts nothing.
//! Past the workflow's queue bound the answer is 429 with `Retry-After`. An unknown path and a
//! request without the right proof get the same answer.

use std::time::Instant;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::signature::{authentic, idempotency_key};
use super::webhook_body;
use crate::runner::StartError;
use crate::settings::{WebhookAuth, resolve_plain};
use crate::state::AppState;
use crate::store::Enqueued;
use crate::web::json_error;
use crate::workflow::Trigger;

async fn secret(state: &AppState, auth: &WebhookAuth) -> Result<String, String> {
    if let Some(name) = auth.secret.strip_prefix("credential:") {
        let creds = state
            .store
            .decrypted_credentials(&state.key)
            .await
            .map_err(|e| e.to_string())?;
        return creds
            .get(name)
            .and_then(|f| f.get("secret"))
            .cloned()
            .ok_or_else(|| format!("credential `{name}` has no field `secret`"));
    }
    resolve_plain(&auth.secret)
}

/// The one answer to an unknown path, a webhook without a secret and a wrong proof.
fn refused() -> Response {
    json_error(
        StatusCode::UNAUTHORIZED,
        "unknown webhook, or missing or wrong secret or signature",
    )
}

/// An answer telling the sender to come back after the queue's `retry_after_secs`.
fn later(state: &AppState, status: StatusCode, message: &str) -> Response {
    let mut r = json_error(status, message);
    let after = state.settings.queue.retry_after_secs.to_string();
    if let Ok(v) = HeaderValue::from_str(&after) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

pub async fn receive(
    State(state): State<AppState>,
    Path(path): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let t0 = Instant::now();
    let wf = state
        .app
        .workflows
        .workflows
        .iter()
        .find(|w| matches!(&w.trigger, Trigger::Webhook { path: p } if *p == path));
    let (Some(wf), Some(auth)) = (wf, state.settings.webhooks.get(&path)) else {
        return refused();
    };
    let secret = match secret(&state, auth).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("webhook `{path}`: cannot read its secret: {e}");
            return json_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the webhook secret is not available",
            );
        }
    };
    if !authentic(
        auth,
        &secret,
        &headers,
        &body,
        chrono::Utc::now().timestamp(),
    ) {
        return refused();
    }
    // A workflow held by a set-up problem (checked again first, so a fix made since is seen)
    // takes no delivery: the sender is told to come back.
    if state.setup.held(&wf.name)
        && state.setup.check(&state.app).await > 0
        && state.setup.held(&wf.name)
    {
        tracing::warn!(workflow = %wf.name, "webhook refused: the workflow is held by a set-up problem");
        return later(
            &state,
            StatusCode::SERVICE_UNAVAILABLE,
            "the workflow is held by a set-up problem (see the Workflows page): send again later",
        );
    }
    let input = match webhook_body::validate(&body) {
        Ok(v) => v,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let key = match idempotency_key(&headers, &body, &input) {
        Ok(k) => k,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let run = |id: i64| json!({"run_id": id, "workflow": wf.name, "url": format!("{}/runs/{id}", state.public_url)});
    match state
        .runner
        .enqueue(&wf.name, "webhook", &input, Some(&key))
        .await
    {
        Ok(Enqueued::New(id)) => {
            state.metrics.webhook_started(t0.elapsed().as_secs_f64());
            let mut body = run(id);
            body["queued"] = json!(true);
            (StatusCode::ACCEPTED, Json(body)).into_response()
        }
        Ok(Enqueued::Duplicate(id)) => {
            let mut body = run(id);
            body["duplicate"] = json!(true);
            (StatusCode::OK, Json(body)).into_response()
        }
        Ok(Enqueued::Full { queued }) => {
            tracing::warn!(workflow = %wf.name, queued, "webhook refused: the queue is full");
            later(
                &state,
                StatusCode::TOO_MANY_REQUESTS,
                "too many runs of this workflow are waiting: send again later",
            )
        }
        Err(StartError::Disabled(_)) => {
            json_error(StatusCode::CONFLICT, "the workflow is disabled")
        }
        Err(e) => {
            tracing::error!("webhook `{path}`: {e}");
            json_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the run could not be stored (see the server log)",
            )
        }
    }
}
