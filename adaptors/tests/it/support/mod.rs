//! Helpers shared by the adaptor-vs-fake tests.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
use adaptors::{Attempt, Observer, RetryPolicy};
use fakes::FakePrimero;
use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};

/// Quick retries: the fakes answer at once.
pub fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        jitter: 0.5,
        timeout: Duration::from_secs(5),
        max_retry_after: Duration::from_secs(5),
    }
}

/// Decodes one query parameter of a recorded request line (`"GET /path?a=1&b=%7B"`).
pub fn query_param(line: &str, key: &str) -> Option<String> {
    let query = line.split_once('?')?.1;
    let raw = query
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))?;
    let bytes = raw.replace('+', " ");
    let mut out = Vec::new();
    let mut it = bytes.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex: String = [it.next()?, it.next()?]
                .iter()
                .map(|c| *c as char)
                .collect();
            out.push(u8::from_str_radix(&hex, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

/// A Primero client of the fake's default user: token login, or Basic auth.
pub fn primero_client(p: &FakePrimero, token: bool, per_page: u32) -> Client {
    let (username, password) = (DEFAULT_USER.to_owned(), DEFAULT_PASSWORD.to_owned());
    let auth = if token {
        PrimeroAuth::Token { username, password }
    } else {
        PrimeroAuth::Basic { username, password }
    };
    Client::new(PrimeroConfig {
        policy: policy(),
        per_page,
        ..PrimeroConfig::new(p.url(), auth)
    })
    .expect("valid config")
}

/// The attempts a client reported to [`Attempts::observer`], in order.
#[derive(Clone, Default)]
pub struct Attempts(Arc<Mutex<Vec<Attempt>>>);

impl Attempts {
    /// An observer for `with_observer` that records into this list.
    pub fn observer(&self) -> Observer {
        let sink = self.0.clone();
        Arc::new(move |a: &Attempt| {
            sink.lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(a.clone())
        })
    }

    pub fn seen(&self) -> Vec<Attempt> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}
