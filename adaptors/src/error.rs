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
    /// Any other non-success status. Shown as the status plus the error codes and field names
    /// the body holds ([`summary`]): upstream bodies may quote the document sent, personal data
    /// included, and the text of an error reaches logs, outcomes and e-mails.
    #[error("{call}: HTTP {status}{}", summary_of_text(body))]
    Http {
        call: Call,
        status: u16,
        body: String,
    },
    /// 422 with the server's `errors` (Primero) or `error` (LoopBack) body, shown as its error
    /// codes and field names only ([`summary`]).
    #[error("{call}: unprocessable{}", summary(errors))]
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

/// Keys of an error object whose values are error codes.
const CODE_KEYS: [&str; 5] = ["code", "error_code", "errorCode", "codes", "type"];
/// Keys of an error object whose values name fields (JSON pointers or field names).
const FIELD_KEYS: [&str; 8] = [
    "field", "fields", "path", "pointer", "property", "param", "detail", "details",
];

/// The error codes and field names of an upstream error body (`errors` / `error`, or the whole
/// body), as `: fields /a, /b; codes presence` (empty when it holds none). Only the envelope's
/// own keys are read (an error object, a list of them, LoopBack's `details.codes`), never a
/// document the body quotes: its values are personal data.
pub fn summary(errors: &Value) -> String {
    let mut fields: Vec<String> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    let objects: Vec<&serde_json::Map<String, Value>> = match errors {
        Value::Array(a) => a.iter().filter_map(Value::as_object).collect(),
        Value::Object(o) => {
            let inner = ["errors", "error"].iter().find_map(|k| o.get(*k));
            match inner {
                Some(v) => return summary(v),
                None => vec![o],
            }
        }
        _ => Vec::new(),
    };
    for o in objects {
        for (k, v) in o {
            if CODE_KEYS.contains(&k.as_str()) {
                collect(v, &mut codes, &mut fields, true);
            } else if FIELD_KEYS.contains(&k.as_str()) {
                collect(v, &mut codes, &mut fields, false);
            } else if k == "source"
                && let Some(p) = v.get("pointer")
            {
                collect(p, &mut codes, &mut fields, false);
            }
        }
    }
    let mut parts = Vec::new();
    for (label, mut list) in [("fields", fields), ("codes", codes)] {
        list.dedup();
        list.truncate(20);
        if !list.is_empty() {
            parts.push(format!("{label} {}", list.join(", ")));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(": {}", parts.join("; "))
    }
}

fn summary_of_text(body: &str) -> String {
    serde_json::from_str::<Value>(body)
        .map(|v| summary(&v))
        .unwrap_or_default()
}

/// Codes and field names under one key: strings shaped like a code or a field name, arrays of
/// them, and (LoopBack's `details.codes`) objects of field name -> codes. Never free text.
fn collect(v: &Value, codes: &mut Vec<String>, fields: &mut Vec<String>, is_code: bool) {
    match v {
        Value::String(s) if is_code && is_code_like(s) => codes.push(s.clone()),
        Value::String(s) if !is_code && is_field_like(s) => fields.push(s.clone()),
        Value::Number(n) if is_code => codes.push(n.to_string()),
        Value::Array(a) => a
            .iter()
            .filter(|x| !x.is_array() && !x.is_object())
            .for_each(|x| collect(x, codes, fields, is_code)),
        Value::Object(o) => {
            if let Some(c) = o.get("codes").and_then(Value::as_object) {
                for (field, list) in c {
                    if is_field_like(field) {
                        fields.push(field.clone());
                    }
                    collect(list, codes, fields, true);
                }
            }
        }
        _ => {}
    }
}

fn is_code_like(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.:-".contains(c))
}

/// A JSON pointer (`/name_first`, `/services_section/0/x`) or a lower-case field name.
fn is_field_like(s: &str) -> bool {
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    (1..=100).contains(&s.len())
        && match s.strip_prefix('/') {
            Some(p) => p
                .split('/')
                .all(|seg| seg.chars().all(|c| ok(c) || c == '-')),
            None => {
                s.chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
                    && s.split('.')
                        .all(|seg| !seg.is_empty() && seg.chars().all(ok))
            }
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn summaries_keep_codes_and_field_names_never_quoted_values() {
        let primero = json!([{"status": 422, "resource": "/api/v2/cases",
            "message": "Invalid Record JSON: {\"name_first\":\"Somchai\"}",
            "detail": ["/name_first", "/date_of_birth"]}]);
        assert_eq!(summary(&primero), ": fields /name_first, /date_of_birth");
        let loopback = json!({"statusCode": 422, "name": "ValidationError",
            "message": "`cid` is invalid: Somchai 2015-01-02",
            "details": {"context": "Intervention", "codes": {"cid": ["presence"]},
                        "messages": {"cid": ["Somchai is not valid"]}}});
        assert_eq!(
            summary(&json!({"error": loopback})),
            ": fields cid; codes presence"
        );
        let quoting = json!({"errors": [{"code": "invalid_record",
            "detail": "value Somchai rejected", "document": {"code": "T74.1", "name": "Somchai"}}]});
        assert_eq!(summary(&quoting), ": codes invalid_record");
        assert_eq!(summary_of_text("<html>Somchai</html>"), "");
        let e = Error::Http {
            call: Call {
                system: "primero",
                method: "PATCH".into(),
                path: "/x".into(),
            },
            status: 500,
            body: r#"{"errors":[{"code":"E1","message":"Somchai T74.1"}]}"#.into(),
        };
        assert_eq!(e.to_string(), "primero PATCH /x: HTTP 500: codes E1");
    }
}
