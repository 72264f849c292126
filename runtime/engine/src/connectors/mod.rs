//! Workflow operations backed by the HTTP adaptors: `primero.*`, `moph.*` and `notify.admins`.
//! Operation names are `<endpoint>.<verb>`; the endpoint's URL and credential come from
//! `mapwright.toml` (`[endpoints.primero]`, `[endpoints.moph]`).

mod drift;
pub(crate) mod moph;
mod notify;
pub(crate) mod primero;
mod upsert;

use std::sync::Arc;
use std::time::Duration;

use crate::config::{Config, ConfigError};
use crate::engine::ops::{OpError, OpSig, Ops};
use crate::workflow::Workflow;

/// Signatures of every operation this module offers (for validation before any endpoint is
/// configured).
pub fn signatures() -> Vec<OpSig> {
    let mut v = primero::signatures();
    v.extend(moph::signatures());
    v.extend(notify::signatures());
    v.extend(drift::signatures());
    v
}

/// Retry/timeout settings of an endpoint, from the config.
pub(crate) fn policy(ep: &crate::config::Endpoint) -> adaptors::RetryPolicy {
    let mut p = adaptors::RetryPolicy::default();
    if let Some(t) = ep.timeout_secs {
        p.timeout = Duration::from_secs(t.max(1));
    }
    if let Some(n) = ep.max_attempts {
        p.max_attempts = n.max(1);
    }
    if let Some(ms) = ep.backoff_ms {
        p.base_delay = Duration::from_millis(ms);
    }
    p
}

/// The operations `wf` may call, with clients for the endpoints it lists, and the secrets to
/// scrub from its logs. A missing endpoint or credential is an error naming both.
pub fn for_workflow(config: &Config, wf: &Workflow) -> Result<(Ops, Vec<String>), ConfigError> {
    let mut ops = Ops::default();
    let mut secrets = Vec::new();
    for name in &wf.endpoints {
        let (ep, cred) = config.endpoint(&wf.name, name)?;
        secrets.extend(cred.secret_values().map(str::to_owned));
        match name.as_str() {
            "primero" => primero::register(&mut ops, &wf.name, &ep, &cred, policy(&ep))?,
            "moph" => moph::register(&mut ops, &wf.name, &ep, &cred, policy(&ep))?,
            _ => {}
        }
    }
    notify::register(&mut ops, Arc::new(config.notify.admins.clone()));
    drift::register(&mut ops, Arc::new(config.clone()), wf.endpoints.clone());
    Ok((ops, secrets))
}

/// An adaptor error as a step failure: 404 is `not_found`, unusable input `invalid`, the rest
/// `failed` (after the adaptor's own retries). Adaptor messages are already free of secrets.
pub(crate) fn op_error(e: adaptors::Error) -> OpError {
    match e {
        adaptors::Error::NotFound { .. } => OpError::not_found(e.to_string()),
        adaptors::Error::Invalid(_) => OpError::invalid(e.to_string()),
        other => OpError::failed(other.to_string()),
    }
}
