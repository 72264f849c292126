//! Fault injection and request accounting, shared by every fake server.
//!
//! Faults are configured at start ([`FaultConfig`]) and can be changed while the
//! server runs through [`Faults`] (reachable from each server handle).
//! Deterministic faults ("fail the next N requests to route X") are consumed in
//! order before random error rates are rolled.
//!
//! Routes are named `"<METHOD> <route pattern>"`, e.g. `"GET /api/v2/cases"` or
//! `"PATCH /api/interventions/{id}"`. A selector may also be a bare pattern
//! (`"/api/v2/cases/{id}"`, any method) or `"*"` (every route).

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// One injected failure.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// Answer with this status and the server's error body. `retry_after`
    /// adds a `Retry-After` header (use it with 429 and 503): whole seconds as
    /// the standard says, or a decimal such as `0.2` for sub-second test delays.
    Status {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// Wait this long before handling the request (longer than the client
    /// timeout to provoke a timeout).
    Hang(Duration),
    /// Handle the request, then send only the first half of the body while
    /// announcing the full `Content-Length`, and drop the connection.
    Truncated,
    /// Handle the request, then replace the body with invalid JSON (status 200).
    MalformedJson,
    /// Answer this status (without handling the request) with an error body that quotes the
    /// document sent, as some real servers do: in its message text and whole under `detail`
    /// (personal data included, to test that clients keep none of it).
    QuoteBody(u16),
    /// Handle the request (a create is stored), then answer this status instead of the real
    /// answer: the client cannot tell it from a refusal.
    StatusAfter {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// Handle the request, then hold the answer this long (longer than the client timeout:
    /// the client times out after the request was processed).
    HangAfter(Duration),
}

impl Fault {
    /// Shorthand for a status fault without `Retry-After`.
    pub fn status(status: u16) -> Self {
        Fault::Status {
            status,
            retry_after: None,
        }
    }
}

/// A random error rate for one status code.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorRate {
    pub status: u16,
    /// Probability in `0.0..=1.0` that a request gets this status.
    pub rate: f64,
    /// `Retry-After` header value, if any.
    pub retry_after: Option<Duration>,
}

/// A random rate of any fault.
#[derive(Clone, Debug, PartialEq)]
pub struct FaultRate {
    pub fault: Fault,
    /// Probability in `0.0..=1.0`.
    pub rate: f64,
}

/// Start-time fault configuration.
#[derive(Clone, Debug, Default)]
pub struct FaultConfig {
    /// Added to every request before it is handled.
    pub latency: Duration,
    /// Random failures, rolled in order for every request.
    pub error_rates: Vec<ErrorRate>,
    /// Random faults of any kind, after `error_rates`: one roll per request, so the rates
    /// add up (at most one fault per request).
    pub fault_rates: Vec<FaultRate>,
    /// Seed of the random generator behind `error_rates` (deterministic runs).
    pub seed: u64,
}

struct Scheduled {
    selector: String,
    remaining: u32,
    fault: Fault,
}

struct FaultState {
    config: FaultConfig,
    scheduled: Vec<Scheduled>,
    rng: StdRng,
}

/// Counts of one route.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RouteStats {
    pub requests: u64,
    pub statuses: BTreeMap<u16, u64>,
}

/// Runtime-changeable faults plus request counters of one server.
pub struct Faults {
    state: Mutex<FaultState>,
    stats: Mutex<BTreeMap<String, RouteStats>>,
    recent: Mutex<VecDeque<String>>,
    /// Requests being answered now, and the most at once since the last reset.
    in_flight: std::sync::atomic::AtomicU64,
    peak: std::sync::atomic::AtomicU64,
}

/// Counts one request in flight while it lives (also when its client abandons it).
struct InFlight<'a>(&'a Faults);

impl<'a> InFlight<'a> {
    fn enter(f: &'a Faults) -> Self {
        use std::sync::atomic::Ordering::SeqCst;
        let now = f.in_flight.fetch_add(1, SeqCst) + 1;
        f.peak.fetch_max(now, SeqCst);
        InFlight(f)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0
            .in_flight
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// How many raw request lines [`Faults::recent_requests`] keeps.
pub const RECENT_REQUESTS: usize = 256;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave these maps inconsistent.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn selector_matches(selector: &str, route: &str) -> bool {
    if selector == "*" || selector == route {
        return true;
    }
    // A bare pattern matches any method.
    route
        .split_once(' ')
        .is_some_and(|(_, pattern)| pattern == selector)
}

impl Faults {
    pub fn new(config: FaultConfig) -> Self {
        let rng = StdRng::seed_from_u64(config.seed);
        Faults {
            state: Mutex::new(FaultState {
                config,
                scheduled: Vec::new(),
                rng,
            }),
            stats: Mutex::new(BTreeMap::new()),
            recent: Mutex::new(VecDeque::new()),
            in_flight: Default::default(),
            peak: Default::default(),
        }
    }

    /// Replaces the latency and error rates (scheduled faults are kept).
    pub fn set_config(&self, config: FaultConfig) {
        let mut s = lock(&self.state);
        s.rng = StdRng::seed_from_u64(config.seed);
        s.config = config;
    }

    pub fn set_latency(&self, latency: Duration) {
        lock(&self.state).config.latency = latency;
    }

    pub fn set_error_rates(&self, rates: Vec<ErrorRate>) {
        lock(&self.state).config.error_rates = rates;
    }

    /// The next `n` requests matching `selector` get `fault`.
    pub fn fail_next(&self, selector: &str, n: u32, fault: Fault) {
        lock(&self.state).scheduled.push(Scheduled {
            selector: selector.to_owned(),
            remaining: n,
            fault,
        });
    }

    /// Removes every fault: latency, rates and scheduled ones.
    pub fn clear(&self) {
        let mut s = lock(&self.state);
        s.scheduled.clear();
        s.config.latency = Duration::ZERO;
        s.config.error_rates.clear();
    }

    /// Scheduled faults not yet consumed, summed over selectors.
    pub fn pending(&self) -> u32 {
        lock(&self.state)
            .scheduled
            .iter()
            .map(|s| s.remaining)
            .sum()
    }

    /// Request counters per route.
    pub fn stats(&self) -> BTreeMap<String, RouteStats> {
        lock(&self.stats).clone()
    }

    /// Requests received for one route (`"GET /api/v2/cases"`), answered or not.
    pub fn requests(&self, route: &str) -> u64 {
        lock(&self.stats).get(route).map_or(0, |r| r.requests)
    }

    /// Responses with `status` sent for one route (a request abandoned by its
    /// client before the answer has no status).
    pub fn status_count(&self, route: &str, status: u16) -> u64 {
        lock(&self.stats)
            .get(route)
            .and_then(|r| r.statuses.get(&status).copied())
            .unwrap_or(0)
    }

    pub fn reset_stats(&self) {
        lock(&self.stats).clear();
        lock(&self.recent).clear();
        self.peak.store(
            self.in_flight.load(std::sync::atomic::Ordering::SeqCst),
            std::sync::atomic::Ordering::SeqCst,
        );
    }

    /// The most requests answered at once (latency included) since the start or the last
    /// [`Faults::reset_stats`].
    pub fn peak_in_flight(&self) -> u64 {
        self.peak.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The latest requests as `"METHOD /path?query"` (raw, query included:
    /// for asserting exact encodings in tests), oldest first.
    pub fn recent_requests(&self) -> Vec<String> {
        lock(&self.recent).iter().cloned().collect()
    }

    fn remember(&self, line: String) {
        let mut recent = lock(&self.recent);
        if recent.len() == RECENT_REQUESTS {
            recent.pop_front();
        }
        recent.push_back(line);
    }

    fn decide(&self, route: &str) -> (Duration, Option<Fault>) {
        let mut s = lock(&self.state);
        let latency = s.config.latency;
        if let Some(pos) = s
            .scheduled
            .iter()
            .position(|f| f.remaining > 0 && selector_matches(&f.selector, route))
        {
            let entry = &mut s.scheduled[pos];
            entry.remaining -= 1;
            let fault = entry.fault.clone();
            if entry.remaining == 0 {
                s.scheduled.remove(pos);
            }
            return (latency, Some(fault));
        }
        let rates = s.config.error_rates.clone();
        for r in rates {
            if s.rng.random_bool(r.rate.clamp(0.0, 1.0)) {
                return (
                    latency,
                    Some(Fault::Status {
                        status: r.status,
                        retry_after: r.retry_after,
                    }),
                );
            }
        }
        if s.config.fault_rates.is_empty() {
            return (latency, None);
        }
        let roll: f64 = s.rng.random();
        let mut upto = 0.0;
        for r in &s.config.fault_rates {
            upto += r.rate.clamp(0.0, 1.0);
            if roll < upto {
                return (latency, Some(r.fault.clone()));
            }
        }
        (latency, None)
    }

    /// Counts a request when it arrives (so requests whose client gave up
    /// before the answer still count).
    fn arrive(&self, route: &str) {
        lock(&self.stats)
            .entry(route.to_owned())
            .or_default()
            .requests += 1;
    }

    /// Counts the status of a completed response.
    fn record(&self, route: &str, status: u16) {
        let mut stats = lock(&self.stats);
        let entry = stats.entry(route.to_owned()).or_default();
        *entry.statuses.entry(status).or_default() += 1;
    }
}

/// Builds a server-specific error response for an injected status.
pub type ErrorResponder = fn(status: u16, path: &str) -> Response;

/// State of the fault middleware.
#[derive(Clone)]
pub struct FaultLayer {
    pub faults: Arc<Faults>,
    pub error: ErrorResponder,
}

/// Axum middleware: latency, injected faults, per-route accounting.
pub async fn middleware(State(layer): State<FaultLayer>, req: Request, next: Next) -> Response {
    let pattern = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| req.uri().path().to_owned());
    let route = format!("{} {}", req.method(), pattern);
    let path = req.uri().path().to_owned();
    layer
        .faults
        .remember(format!("{} {}", req.method(), req.uri()));
    layer.faults.arrive(&route);
    let _in_flight = InFlight::enter(&layer.faults);
    let (latency, fault) = layer.faults.decide(&route);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let response = match fault {
        None => next.run(req).await,
        Some(Fault::Status {
            status,
            retry_after,
        }) => injected(&layer, status, retry_after, &path),
        Some(Fault::Hang(d)) => {
            tokio::time::sleep(d).await;
            next.run(req).await
        }
        Some(Fault::QuoteBody(status)) => quote_body(status, req).await,
        Some(Fault::Truncated) => truncate(next.run(req).await).await,
        Some(Fault::MalformedJson) => malformed(next.run(req).await),
        Some(Fault::StatusAfter {
            status,
            retry_after,
        }) => {
            drop(next.run(req).await);
            injected(&layer, status, retry_after, &path)
        }
        Some(Fault::HangAfter(d)) => {
            let resp = next.run(req).await;
            tokio::time::sleep(d).await;
            resp
        }
    };
    layer.faults.record(&route, response.status().as_u16());
    response
}

/// The server's error answer for an injected status.
fn injected(
    layer: &FaultLayer,
    status: u16,
    retry_after: Option<Duration>,
    path: &str,
) -> Response {
    let mut resp = (layer.error)(status, path);
    if let Some(d) = retry_after {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, retry_after_value(d));
    }
    resp
}

/// `Retry-After` as whole seconds when possible, else a decimal (`0.25`).
fn retry_after_value(d: Duration) -> HeaderValue {
    if d.subsec_millis() == 0 {
        HeaderValue::from(d.as_secs())
    } else {
        HeaderValue::from_str(&format!("{:.3}", d.as_secs_f64()))
            .unwrap_or_else(|_| HeaderValue::from(d.as_secs() + 1))
    }
}

async fn quote_body(status: u16, req: Request) -> Response {
    let bytes = axum::body::to_bytes(req.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let message = format!("Invalid Record JSON: {text}");
    let body = serde_json::json!({
        "errors": [{"status": status, "code": "invalid_record", "message": message, "detail": doc}],
    });
    let code = axum::http::StatusCode::from_u16(status)
        .unwrap_or(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
    let mut resp = Response::new(Body::from(body.to_string()));
    *resp.status_mut() = code;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

async fn truncate(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let full = bytes.len().max(2);
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(full));
    // Send the first half, give hyper time to flush headers and that half,
    // then fail the stream so the connection is dropped mid-body.
    let stream = futures_util::stream::unfold(0u8, move |step| {
        let half = half.clone();
        async move {
            match step {
                0 => Some((Ok::<Bytes, std::io::Error>(half), 1)),
                1 => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    Some((
                        Err(std::io::Error::other("fault injection: truncated body")),
                        2,
                    ))
                }
                _ => None,
            }
        }
    });
    Response::from_parts(parts, Body::from_stream(stream))
}

fn malformed(resp: Response) -> Response {
    let (mut parts, _) = resp.into_parts();
    parts.status = axum::http::StatusCode::OK;
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    Response::from_parts(parts, Body::from("{\"data\": [{\"id\": \"oops\", <html>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_match_method_pattern_or_everything() {
        assert!(selector_matches("*", "GET /a"));
        assert!(selector_matches("GET /a", "GET /a"));
        assert!(selector_matches("/a", "PATCH /a"));
        assert!(!selector_matches("GET /a", "PATCH /a"));
        assert!(!selector_matches("/a", "GET /a/{id}"));
    }

    #[test]
    fn scheduled_faults_are_consumed_in_order_then_rates_apply() {
        let f = Faults::new(FaultConfig::default());
        f.fail_next("GET /a", 2, Fault::status(500));
        assert_eq!(f.pending(), 2);
        assert_eq!(f.decide("GET /b").1, None);
        assert_eq!(f.decide("GET /a").1, Some(Fault::status(500)));
        assert_eq!(f.decide("GET /a").1, Some(Fault::status(500)));
        assert_eq!(f.decide("GET /a").1, None);
        f.set_error_rates(vec![ErrorRate {
            status: 503,
            rate: 1.0,
            retry_after: Some(Duration::from_secs(2)),
        }]);
        assert_eq!(
            f.decide("GET /a").1,
            Some(Fault::Status {
                status: 503,
                retry_after: Some(Duration::from_secs(2))
            })
        );
        f.clear();
        assert_eq!(f.decide("GET /a").1, None);
    }

    #[test]
    fn retry_after_is_whole_seconds_or_decimal() {
        assert_eq!(retry_after_value(Duration::from_secs(60)), "60");
        assert_eq!(retry_after_value(Duration::from_millis(250)), "0.250");
    }

    #[test]
    fn error_rates_are_roughly_respected_and_seeded() {
        let run = || {
            let f = Faults::new(FaultConfig {
                seed: 7,
                error_rates: vec![ErrorRate {
                    status: 500,
                    rate: 0.25,
                    retry_after: None,
                }],
                ..FaultConfig::default()
            });
            (0..1000)
                .map(|_| f.decide("GET /x").1.is_some())
                .collect::<Vec<_>>()
        };
        let a = run();
        let hits = a.iter().filter(|h| **h).count();
        assert!((180..320).contains(&hits), "{hits}");
        assert_eq!(a, run(), "same seed, same faults");
    }
}
