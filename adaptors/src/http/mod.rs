//! The shared HTTP layer: per-call timeout, bounded retries with exponential
//! backoff and jitter, `Retry-After`, typed errors, attempt reporting.
//!
//! Retry rules (decided once, here):
//! * GET, PATCH, PUT, DELETE are treated as idempotent: our PATCH bodies set
//!   values (subforms keyed by `unique_id`, one dotted day key), so repeating
//!   one has the same effect. They are retried on transport errors, timeouts,
//!   429 and every 5xx.
//!   Callers must therefore give every subform row a `unique_id` (a row
//!   without one would be appended again by a repeated PATCH).
//! * A POST that creates something is never repeated blindly: it is retried
//!   only when the failure proves the request was not processed, that is a
//!   connection that failed before the request was sent, or 429 (the rate
//!   limiter answers before the application runs).
//!   `docs/retries.md` lists which answers prove that, and why. A 503 is *not* such a
//!   proof (a proxy or the application may answer 503 after the create was
//!   stored), nor are other 5xx, timeouts, resets, cut-off or malformed 2xx
//!   bodies: the caller must look the record up again before it creates it
//!   again ([`crate::Error::proves_not_processed`]; the workflow operations do).
//! * Logins (`POST /Users/login`, `POST /tokens`) create nothing that
//!   matters twice: they are retried like GETs.
//! * A malformed success body is retried like a timeout: for repeatable
//!   requests only.
//! * 401, 404, 422 and other 4xx are not retried.
//! * `Retry-After` (seconds; a decimal is accepted) is waited at least; one
//!   longer than `max_retry_after` ends the call with `RateLimited` at once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use http::Method;
use http::header::{HeaderMap, RETRY_AFTER};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use url::Url;

use crate::error::{Call, Error};
use crate::redact::Secrets;
use crate::transport::{Answer, Failure, Transport};
use request::outgoing;

mod request;

/// Retry and timeout policy of a client.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts per call, including the first (at least 1).
    pub max_attempts: u32,
    /// Delay before the second attempt; doubled each time.
    pub base_delay: Duration,
    /// Upper bound of one backoff delay.
    pub max_delay: Duration,
    /// Fraction (0..=1) of each backoff delay that is randomised away.
    pub jitter: f64,
    /// Timeout of one attempt (connect + response + body).
    pub timeout: Duration,
    /// Longest `Retry-After` the client waits; longer ends the call.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            jitter: 0.3,
            timeout: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Backoff before attempt `next` (2, 3, ...), jitter applied.
    pub fn backoff(&self, next: u32) -> Duration {
        let exp = next.saturating_sub(2).min(20);
        let full = self.base_delay.saturating_mul(1 << exp).min(self.max_delay);
        let cut = self.jitter.clamp(0.0, 1.0) * rand::random::<f64>();
        full.mul_f64(1.0 - cut)
    }
}

/// One HTTP attempt, as reported to observers and tracing.
#[derive(Clone, Debug, PartialEq)]
pub struct Attempt {
    pub system: &'static str,
    pub method: String,
    /// Path only: never the query string (it may hold `access_token`).
    pub path: String,
    /// 1-based.
    pub attempt: u32,
    pub status: Option<u16>,
    pub duration: Duration,
    /// Scrubbed error text when the attempt failed.
    pub error: Option<String>,
    /// Delay before the next attempt, when one follows.
    pub retry_in: Option<Duration>,
}

/// Receives every attempt (e.g. the runtime storing step attempts).
pub type Observer = Arc<dyn Fn(&Attempt) + Send + Sync>;

/// Credentials sent with one request.
pub(crate) enum Auth<'a> {
    None,
    Basic(&'a str, &'a str),
    Bearer(&'a str),
}

/// `B`: the body, serialised as JSON by each attempt (a borrowed document needs no copy).
pub(crate) struct Request<'a, B: Serialize + ?Sized = Value> {
    pub method: Method,
    pub url: Url,
    pub query: Vec<(&'a str, &'a str)>,
    pub body: Option<&'a B>,
    pub auth: Auth<'a>,
    /// Safe to send again whatever happened to the last attempt (every method but POST,
    /// and logins).
    pub repeatable: bool,
}

/// A successful response: status, headers and the JSON body (`None` if empty), read as `T`
/// (a type that names only the fields the caller needs skips the rest without building it).
pub(crate) struct Reply<T = Value> {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Option<T>,
}

/// Reads a success body: [`parse`] of the type wanted, or [`json_shape`].
pub(crate) type ReadBody<T> = fn(&[u8]) -> Result<T, serde_json::Error>;

/// A success body parsed as `T`: `serde_json::from_slice`'s value or error, read by
/// `mapwright_rt::json_in` where the text is plain (a HIS document of Thai text, skipped
/// but for the few fields read).
pub(crate) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    mapwright_rt::stdlib::json::from_record_bytes(bytes)
}

/// For an answer whose content is not used (HIS's PATCH answers the whole updated document,
/// which grows by a day's entry every day): checks that it is one JSON object or array (its
/// first and last bytes that are not white space are `{` `}` or `[` `]`) without parsing it.
/// A proxy's HTML page or a plain-text error is still caught, and so is an answer cut off
/// before its closing bracket.
pub(crate) fn json_shape(bytes: &[u8]) -> Result<(), serde_json::Error> {
    let text = bytes.trim_ascii();
    match (text.first(), text.last()) {
        (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']')) if text.len() >= 2 => Ok(()),
        _ => Err(<serde_json::Error as serde::de::Error>::custom(
            "the answer is not a JSON object or array",
        )),
    }
}

#[derive(Clone)]
pub(crate) struct Http {
    pub transport: Transport,
    pub policy: RetryPolicy,
    pub observer: Option<Observer>,
    pub secrets: Secrets,
    pub system: &'static str,
}

enum Outcome<T> {
    Done(Reply<T>),
    Fail {
        error: Error,
        retry: bool,
        wait: Option<Duration>,
    },
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let raw = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let secs: f64 = raw.parse().ok()?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

impl Http {
    pub fn new(
        system: &'static str,
        policy: RetryPolicy,
        accept_invalid_certs: bool,
    ) -> Result<Self, Error> {
        let proxies = hyper_util::client::proxy::matcher::Matcher::from_env();
        let transport = Transport::new(accept_invalid_certs, proxies)
            .map_err(|e| Error::Invalid(format!("cannot build the HTTP client: {e}")))?;
        Ok(Http {
            transport,
            policy,
            observer: None,
            secrets: Secrets::default(),
            system,
        })
    }

    fn call_of<B: Serialize + ?Sized>(&self, req: &Request<'_, B>) -> Call {
        Call {
            system: self.system,
            method: req.method.to_string(),
            path: req.url.path().to_owned(),
        }
    }

    /// Sends with retries; returns the success reply or the last typed error.
    pub async fn send<B: Serialize + ?Sized>(&self, req: &Request<'_, B>) -> Result<Reply, Error> {
        self.send_as(req).await
    }

    /// [`Http::send`], the success body read as `T`.
    pub async fn send_as<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        req: &Request<'_, B>,
    ) -> Result<Reply<T>, Error> {
        self.send_read(req, parse::<T>).await
    }

    /// [`Http::send`], the success body read by `read` (a malformed body is its error).
    pub async fn send_read<T, B: Serialize + ?Sized>(
        &self,
        req: &Request<'_, B>,
        read: ReadBody<T>,
    ) -> Result<Reply<T>, Error> {
        let idempotent = req.repeatable;
        let max = self.policy.max_attempts.max(1);
        let mut attempt = 1;
        loop {
            let started = Instant::now();
            let outcome = self.attempt(req, idempotent, read).await;
            let duration = started.elapsed();
            let (status, error_text, decision) = match &outcome {
                Outcome::Done(r) => (Some(r.status), None, None),
                Outcome::Fail { error, retry, wait } => {
                    let give_up = !*retry || attempt >= max;
                    // Retry-After replaces the backoff; it is never shortened.
                    let delay = (!give_up)
                        .then(|| wait.unwrap_or_else(|| self.policy.backoff(attempt + 1)));
                    (error.status(), Some(error.to_string()), delay)
                }
            };
            self.report(Attempt {
                system: self.system,
                method: req.method.to_string(),
                path: req.url.path().to_owned(),
                attempt,
                status,
                duration,
                error: error_text,
                retry_in: decision,
            });
            match (outcome, decision) {
                (Outcome::Done(r), _) => return Ok(r),
                (Outcome::Fail { error, .. }, None) => return Err(error),
                (Outcome::Fail { .. }, Some(delay)) => {
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
            }
        }
    }

    fn report(&self, a: Attempt) {
        match &a.error {
            None => tracing::debug!(
                target: "adaptors::http", system = a.system, method = %a.method, path = %a.path,
                attempt = a.attempt, status = a.status, duration_ms = a.duration.as_millis() as u64,
                "request succeeded"
            ),
            // A 404 is the expected answer of a lookup that finds nothing (HIS `findOne`, a
            // Primero case that is gone): the step records it as an outcome, so it is not a
            // warning. A 404 that is a fault still fails its step, where the run shows it.
            Some(e) if a.status == Some(404) => tracing::debug!(
                target: "adaptors::http", system = a.system, method = %a.method, path = %a.path,
                attempt = a.attempt, status = 404, duration_ms = a.duration.as_millis() as u64,
                error = %e, "request answered 404 (not found)"
            ),
            Some(e) => tracing::warn!(
                target: "adaptors::http", system = a.system, method = %a.method, path = %a.path,
                attempt = a.attempt, status = a.status, duration_ms = a.duration.as_millis() as u64,
                retry_in_ms = a.retry_in.map(|d| d.as_millis() as u64), error = %e,
                "request failed"
            ),
        }
        if let Some(observer) = &self.observer {
            observer(&a);
        }
    }

    async fn attempt<T, B: Serialize + ?Sized>(
        &self,
        req: &Request<'_, B>,
        idempotent: bool,
        read: ReadBody<T>,
    ) -> Outcome<T> {
        let call = self.call_of(req);
        let request = match outgoing(req) {
            Ok(r) => r,
            Err(message) => {
                return Outcome::Fail {
                    error: Error::Invalid(format!("{call}: {}", self.secrets.scrub(&message))),
                    retry: false,
                    wait: None,
                };
            }
        };
        let Answer {
            status,
            headers,
            body: bytes,
        } = match tokio::time::timeout(self.policy.timeout, self.transport.send(request)).await {
            Ok(Ok(a)) => a,
            Ok(Err(failure)) => return self.transport_failure(call, failure, idempotent),
            Err(_) => {
                return Outcome::Fail {
                    error: Error::Timeout {
                        call,
                        after: self.policy.timeout,
                    },
                    retry: idempotent,
                    wait: None,
                };
            }
        };
        if (200..300).contains(&status) {
            // Checked without a copy of the body, and up to its first byte that is not white
            // space (the parser checks the UTF-8 of the rest).
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Outcome::Done(Reply {
                    status,
                    headers,
                    body: None,
                });
            }
            return match read(&bytes) {
                Ok(v) => Outcome::Done(Reply {
                    status,
                    headers,
                    body: Some(v),
                }),
                // A proxy's page or a cut-off answer: asking again is safe only when repeating
                // cannot create twice.
                Err(e) => Outcome::Fail {
                    error: Error::MalformedBody {
                        call,
                        message: self.secrets.scrub(&e.to_string()),
                    },
                    retry: idempotent,
                    wait: None,
                },
            };
        }
        let text = String::from_utf8_lossy(&bytes);
        self.status_failure(call, status, &headers, &text, idempotent)
    }

    fn transport_failure<T>(&self, call: Call, failure: Failure, idempotent: bool) -> Outcome<T> {
        Outcome::Fail {
            error: Error::Transport {
                call,
                message: self.secrets.scrub(&failure.message),
            },
            retry: idempotent || failure.before_sending,
            wait: None,
        }
    }

    fn status_failure<T>(
        &self,
        call: Call,
        status: u16,
        headers: &HeaderMap,
        text: &str,
        idempotent: bool,
    ) -> Outcome<T> {
        let body = self.secrets.excerpt(text, 300);
        let (error, retry, wait) = match status {
            401 => (Error::Unauthorized { call, body }, false, None),
            404 => {
                // Only the code is read (a lookup that finds nothing answers 404; most of the
                // answer is skipped unbuilt).
                let code = parse::<NotFoundAnswer>(text.as_bytes())
                    .ok()
                    .and_then(|a| a.error)
                    .and_then(|e| e.get("code")?.as_str().map(str::to_owned));
                (Error::NotFound { call, code, body }, false, None)
            }
            422 => {
                let parsed: Option<Value> = serde_json::from_str(text).ok();
                let errors = parsed
                    .and_then(|v| v.get("errors").or_else(|| v.get("error")).cloned())
                    .map(|e| {
                        serde_json::from_str(&self.secrets.scrub(&e.to_string()))
                            .unwrap_or(Value::Null)
                    })
                    .unwrap_or(Value::String(body));
                (Error::Unprocessable { call, errors }, false, None)
            }
            429 => {
                let wait = retry_after(headers);
                let too_long = wait.is_some_and(|w| w > self.policy.max_retry_after);
                (
                    Error::RateLimited {
                        call,
                        retry_after: wait,
                    },
                    !too_long,
                    wait,
                )
            }
            // Retried only when repeating cannot create twice: a 503 may come after the
            // request was processed (see the module's rules).
            503 => (
                Error::Http { call, status, body },
                idempotent,
                retry_after(headers),
            ),
            s if s >= 500 => (Error::Http { call, status, body }, idempotent, None),
            _ => (Error::Http { call, status, body }, false, None),
        };
        let wait = wait.filter(|w| *w <= self.policy.max_retry_after);
        Outcome::Fail { error, retry, wait }
    }
}

/// What a 404's answer says, of what is read: LoopBack's `{"error": {"code": "…"}}`, the rest
/// skipped unbuilt.
#[derive(serde::Deserialize)]
struct NotFoundAnswer {
    #[serde(default)]
    error: Option<Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unread_answer_must_look_like_one_json_object_or_array() {
        for ok in [&b"{}"[..], b" {\"id\": 1}\n", b"[1, 2]", b"{\"a\": \"}\"}"] {
            assert!(json_shape(ok).is_ok(), "{:?}", String::from_utf8_lossy(ok));
        }
        for bad in [
            &b"{\"data\": [{\"id\": \"oops\", <html>"[..],
            b"<html>}",
            b"{",
            b"}",
            b"null",
            b"\"{}\"",
            b"{]",
            b"",
        ] {
            assert!(
                json_shape(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn backoff_doubles_is_capped_and_jittered_down() {
        let p = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(350),
            jitter: 0.0,
            ..RetryPolicy::default()
        };
        assert_eq!(p.backoff(2), Duration::from_millis(100));
        assert_eq!(p.backoff(3), Duration::from_millis(200));
        assert_eq!(p.backoff(4), Duration::from_millis(350));
        let j = RetryPolicy { jitter: 0.5, ..p };
        for _ in 0..50 {
            let d = j.backoff(3);
            assert!(
                d <= Duration::from_millis(200) && d >= Duration::from_millis(100),
                "{d:?}"
            );
        }
    }

    #[test]
    fn retry_after_accepts_seconds_and_decimals() {
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert(RETRY_AFTER, "2".parse().expect("static header value"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        h.insert(RETRY_AFTER, "0.25".parse().expect("static header value"));
        assert_eq!(retry_after(&h), Some(Duration::from_millis(250)));
        h.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT"
                .parse()
                .expect("static header value"),
        );
        assert_eq!(retry_after(&h), None);
    }
}
