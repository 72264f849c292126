//! `POST /hooks/<path>`: a webhook trigger. The caller proves itself per trigger (the secret in
//! a header, or an HMAC-SHA256 of the body); the body must be a JSON object of at most
//! `max_body_bytes` (Primero's sync-request body `{"data": {"record_id": …, …}}`, also wrapped
//! by OpenFn as `{"__query_params": {}, "data": …}`). The answer is 202 with the run id.

use std::time::Instant;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use super::webhook_body;
use crate::runner::{Start, StartError, Started};
use crate::settings::{WebhookAuth, resolve_plain};
use crate::state::AppState;
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

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Whether the request carries the trigger's proof.
fn authentic(auth: &WebhookAuth, secret: &str, headers: &HeaderMap, body: &[u8]) -> bool {
    if secret.is_empty() {
        return false;
    }
    let hmac_mode = auth.mode == "hmac";
    let default = if hmac_mode {
        "x-mapwright-signature"
    } else {
        "x-mapwright-secret"
    };
    let name = auth.header.as_deref().unwrap_or(default);
    let Some(given) = headers.get(name).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if hmac_mode {
        let hex = given.trim().strip_prefix("sha256=").unwrap_or(given.trim());
        let Some(sig) = decode_hex(hex) else {
            return false;
        };
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
            return false;
        };
        mac.update(body);
        mac.verify_slice(&sig).is_ok()
    } else if auth.mode == "header" {
        crate::auth::constant_time_eq(given.trim().as_bytes(), secret.as_bytes())
    } else {
        false
    }
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
    let Some(wf) = wf else {
        return json_error(StatusCode::NOT_FOUND, "no such webhook");
    };
    let Some(auth) = state.settings.webhooks.get(&path) else {
        return json_error(
            StatusCode::UNAUTHORIZED,
            "this webhook has no secret configured",
        );
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
    if !authentic(auth, &secret, &headers, &body) {
        return json_error(
            StatusCode::UNAUTHORIZED,
            "missing or wrong webhook secret or signature",
        );
    }
    let input = match webhook_body::validate(&body) {
        Ok(v) => v,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let start = Start {
        trigger: "webhook".into(),
        input: Some(input),
        ..Start::default()
    };
    match state.runner.start(&wf.name, start).await {
        Ok(Started::Run(id)) => {
            state.metrics.webhook_started(t0.elapsed().as_secs_f64());
            (StatusCode::ACCEPTED, Json(json!({"run_id": id, "workflow": wf.name, "url": format!("{}/runs/{id}", state.public_url)})))
                .into_response()
        }
        Ok(Started::Queued | Started::Busy) => (
            StatusCode::ACCEPTED,
            Json(json!({"queued": true, "workflow": wf.name})),
        )
            .into_response(),
        Err(StartError::Disabled(_)) => {
            json_error(StatusCode::CONFLICT, "the workflow is disabled")
        }
        Err(e) => {
            tracing::error!("webhook `{path}`: {e}");
            json_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the run could not start (see the server log)",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(mode: &str) -> WebhookAuth {
        WebhookAuth {
            mode: mode.into(),
            header: None,
            secret: "s".into(),
        }
    }

    #[test]
    fn header_and_hmac_proofs() {
        let mut h = HeaderMap::new();
        h.insert("x-mapwright-secret", "topsecret".parse().unwrap());
        assert!(authentic(&auth("header"), "topsecret", &h, b"{}"));
        assert!(!authentic(&auth("header"), "other", &h, b"{}"));
        let mut mac = Hmac::<Sha256>::new_from_slice(b"k3y").unwrap();
        mac.update(b"{\"a\":1}");
        let sig = crate::auth::hex(&mac.finalize().into_bytes());
        let mut h = HeaderMap::new();
        h.insert(
            "x-mapwright-signature",
            format!("sha256={sig}").parse().unwrap(),
        );
        assert!(authentic(&auth("hmac"), "k3y", &h, b"{\"a\":1}"));
        assert!(!authentic(&auth("hmac"), "k3y", &h, b"{\"a\":2}"));
        assert!(!authentic(&auth("bogus"), "k3y", &h, b"{\"a\":1}"));
    }
}
