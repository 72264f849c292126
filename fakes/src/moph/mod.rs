//! A fake MOPH HIS / Child Shield API in the LoopBack 3 style.
//!
//! Base path `/api`, so the credential `url` is `http://127.0.0.1:PORT/api`
//! like the real `https://…:3010/api`. `POST /api/Users/login` returns an
//! access token; every other call needs `?access_token=` (an `Authorization`
//! header with the bare token is accepted too, as LoopBack does).
//! `findOne` follows LoopBack: an empty `where` returns the first document.

mod filter;
mod handlers;
mod store;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use serde_json::Value;

use crate::data::DataGen;
use crate::fault::{FaultConfig, FaultLayer, Faults};
use crate::server::{Running, StartError, any_local_port};

/// Default credentials of the fake MOPH API.
pub const DEFAULT_EMAIL: &str = "openfn@example.org";
pub const DEFAULT_PASSWORD: &str = "fake-moph-password";

/// Start-time configuration of [`FakeMoph`].
#[derive(Clone, Debug)]
pub struct MophConfig {
    pub addr: SocketAddr,
    /// Accepted `(email, password)` pairs.
    pub users: Vec<(String, String)>,
    /// Access-token lifetime (real: 14 days, `ttl: 1209600`).
    pub token_ttl: Duration,
    pub seed: u64,
    /// People generated lazily by index (same indexes as the fake Primero's cases).
    pub generated_people: u64,
    pub faults: FaultConfig,
}

impl Default for MophConfig {
    fn default() -> Self {
        MophConfig {
            addr: any_local_port(),
            users: vec![(DEFAULT_EMAIL.to_owned(), DEFAULT_PASSWORD.to_owned())],
            token_ttl: Duration::from_secs(1_209_600),
            seed: 1,
            generated_people: 0,
            faults: FaultConfig::default(),
        }
    }
}

pub(crate) struct Live {
    pub token_ttl: Duration,
}

pub(crate) struct MophState {
    pub config: MophConfig,
    pub live: Mutex<Live>,
    pub tokens: Mutex<HashMap<String, Instant>>,
    pub store: Mutex<store::MophStore>,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn fault_response(status: u16, _path: &str) -> Response {
    if status == 429 {
        return (StatusCode::TOO_MANY_REQUESTS, "Too Many Requests").into_response();
    }
    let message = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error");
    handlers::lb_error(status, message, None)
}

/// A running fake MOPH API. Dropping it stops the server.
pub struct FakeMoph {
    running: Running,
    state: Arc<MophState>,
    faults: Arc<Faults>,
}

impl FakeMoph {
    pub async fn start(config: MophConfig) -> Result<Self, StartError> {
        let faults = Arc::new(Faults::new(config.faults.clone()));
        let state = Arc::new(MophState {
            live: Mutex::new(Live {
                token_ttl: config.token_ttl,
            }),
            tokens: Mutex::new(HashMap::new()),
            store: Mutex::new(store::MophStore::new(
                DataGen::new(config.seed),
                config.generated_people,
            )),
            config: config.clone(),
        });
        let layer = FaultLayer {
            faults: faults.clone(),
            error: fault_response,
        };
        let app = Router::new()
            .route("/api/Users/login", post(handlers::login))
            .route("/api/people/findOne", get(handlers::find_person))
            .route(
                "/api/interventions/findOne",
                get(handlers::find_intervention),
            )
            .route("/api/interventions", post(handlers::create_intervention))
            .route(
                "/api/interventions/{id}",
                patch(handlers::patch_intervention),
            )
            .fallback(handlers::not_found)
            .with_state(state.clone())
            .layer(axum::middleware::from_fn_with_state(
                layer,
                crate::fault::middleware,
            ));
        let running = Running::start(config.addr, app).await?;
        Ok(FakeMoph {
            running,
            state,
            faults,
        })
    }

    /// The API base URL, e.g. `http://127.0.0.1:41234/api`.
    pub fn url(&self) -> String {
        format!("http://{}/api", self.running.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }

    /// The configuration the server was started with (credentials included).
    pub fn config(&self) -> &MophConfig {
        &self.state.config
    }

    pub async fn shutdown(mut self) {
        self.running.shutdown().await;
    }

    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// Requests seen for a route such as `"GET /api/people/findOne"`.
    pub fn requests(&self, route: &str) -> u64 {
        self.faults.requests(route)
    }

    pub fn status_count(&self, route: &str, status: u16) -> u64 {
        self.faults.status_count(route, status)
    }

    /// The bare person document with this cid.
    pub fn person(&self, cid: &str) -> Option<Value> {
        lock(&self.state.store).person(cid)
    }

    /// All interventions of a person (generated and stored), as served.
    pub fn interventions(&self, cid: &str) -> Vec<Value> {
        lock(&self.state.store).interventions_of(cid)
    }

    pub fn intervention(&self, id: &str) -> Option<Value> {
        lock(&self.state.store).intervention(id)
    }

    /// Adds or replaces a person (keyed by `cid`) and its risk model.
    /// Returns the cid, or `None` when the document has no `cid`.
    pub fn insert_person(&self, person: Value, riskmodel: Option<Value>) -> Option<String> {
        lock(&self.state.store).insert_person(person, riskmodel)
    }

    /// Adds an intervention (an `id` is assigned when missing); returns it.
    pub fn insert_intervention(&self, doc: Value) -> Value {
        lock(&self.state.store).insert_intervention(doc)
    }

    /// Invalidates every issued access token.
    pub fn expire_tokens(&self) {
        let now = Instant::now();
        for t in lock(&self.state.tokens).values_mut() {
            *t = now;
        }
    }

    /// Lifetime of tokens issued from now on.
    pub fn set_token_ttl(&self, ttl: Duration) {
        lock(&self.state.live).token_ttl = ttl;
    }
}
