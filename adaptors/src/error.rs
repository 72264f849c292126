//! Typed adaptor errors. Every text inside an [`Error`] has been scrubbed of
//! secrets (passwords, tokens, `access_token=` values) before construction,
//! and paths never carry a query string.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

/// Which call failed: system, method and path (no query string).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub system: &'static str,
    pub method: String,
    pub path: String,
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.system, self.method, self.path)
    }
}

/// An adaptor failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Primero 404, or MOPH `findOne` 404 (`MODEL_NOT_FOUND`).
    #[error("{call}: not found{}", code.as_deref().map(|c| format!(" ({c})")).unwrap_or_default())]
    NotFound {
        call: Call,
        code: Option<String>,
        body: String,
    },
    /// 401 that a fresh login did not cure (or bad credentials).
    #[error("{call}: unauthorized: {body}")]
    Unauthorized { call: Call, body: String },
    /// 429 after the last attempt, or a `Retry-After` longer than the policy allows.
    #[error("{call}: rate limited (retry after {retry_after:?})")]
    RateLimited {
        call: Call,
        retry_after: Option<Duration>,
    },
    /// Any other non-success status.
    #[error("{call}: HTTP {status}: {body}")]
    Http {
        call: Call,
        status: u16,
        body: String,
    },
    /// 422 with the server's `errors` (Primero) or `error` (LoopBack) body.
    #[error("{call}: unprocessable: {errors}")]
    Unprocessable { call: Call, errors: Value },
    /// Connection refused / reset, DNS, TLS, body cut off.
    #[error("{call}: transport error: {message}")]
    Transport { call: Call, message: String },
    /// No response within the per-call timeout.
    #[error("{call}: timed out after {after:?}")]
    Timeout { call: Call, after: Duration },
    /// A success status whose body is not the JSON expected.
    #[error("{call}: malformed response body: {message}")]
    MalformedBody { call: Call, message: String },
    /// The caller's input or configuration cannot work (bad URL, bad cid, ...).
    #[error("invalid input: {0}")]
    Invalid(String),
}

impl Error {
    /// The HTTP status behind the error, if there was a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::NotFound { .. } => Some(404),
            Error::Unauthorized { .. } => Some(401),
            Error::RateLimited { .. } => Some(429),
            Error::Http { status, .. } => Some(*status),
            Error::Unprocessable { .. } => Some(422),
            _ => None,
        }
    }

    /// The failed call, when the error came from one.
    pub fn call(&self) -> Option<&Call> {
        match self {
            Error::NotFound { call, .. }
            | Error::Unauthorized { call, .. }
            | Error::RateLimited { call, .. }
            | Error::Http { call, .. }
            | Error::Unprocessable { call, .. }
            | Error::Transport { call, .. }
            | Error::Timeout { call, .. }
            | Error::MalformedBody { call, .. } => Some(call),
            Error::Invalid(_) => None,
        }
    }

    /// True when the failure proves the server did not process the request, so sending it
    /// again cannot create a second record: the request was never sent (`Invalid`), or the
    /// server refused it before doing anything (400 bad request, 401, 403, 404, 405, 409, 413,
    /// 415, 422 validation, 429 rate limit). Everything else, 503 included, is ambiguous:
    /// before creating again, look the record up (a 503 can be a proxy's answer, or come after
    /// the create was stored; a timeout, reset, cut-off or malformed 2xx body can follow a
    /// stored create). 409 proves that *this* request stored nothing, but also that the record
    /// exists: look it up too.
    pub fn proves_not_processed(&self) -> bool {
        match self {
            Error::Invalid(_)
            | Error::NotFound { .. }
            | Error::Unauthorized { .. }
            | Error::RateLimited { .. }
            | Error::Unprocessable { .. } => true,
            Error::Http { status, .. } => matches!(status, 400 | 403 | 405 | 409 | 413 | 415),
            Error::Transport { .. } | Error::Timeout { .. } | Error::MalformedBody { .. } => false,
        }
    }

    /// True for failures worth retrying later (a whole run or step), as
    /// opposed to ones that need a person: 429, 5xx, transport, timeout.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Http { status, .. } => *status >= 500,
            _ => false,
        }
    }
}
