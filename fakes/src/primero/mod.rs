//! A stateful fake Primero API v2 (see `primero-api-v2.md` §10 for the checklist).
//!
//! Routes (all under `/api/v2`): `POST/DELETE /tokens`, `GET/POST /cases`,
//! `GET/PATCH/DELETE /cases/{id}`, `GET /forms`, `GET /lookups`,
//! `GET /locations`, `GET /primero` (public).
//!
//! The release is a setting ([`PrimeroVersion`], `mapwright fakes --primero-version`): it
//! decides the `per` cap, the login answer and whether option codes are checked. Create and
//! update bodies are validated against the served forms on every release (`validate`), so a
//! field no form defines, a wrong JSON type or an empty date is a 422 as on a real server.
//!
//! `record_id` as a query filter (what OpenFn's `upsertCase` sends) matches nothing by
//! default: it is no stored field, and the reference (§5.1, §9) infers that Primero's
//! suffix-matched filter keys let it through as an exact match on absent data, so zero rows
//! ([`RecordIdFilter::ExactField`]; [`RecordIdFilter::AliasOfId`] emulates a server that
//! treats it as `id`). Mapwright never filters by it: it reads `GET /cases/{record_id}`.
//!
//! Deliberate simplifications: no role scoping, no cookie sessions (in
//! [`TokenMode::SessionOnly`] the login answers without a token, so clients
//! must use Basic auth), `or[..]`/`not[..]`/`loc:` filters are ignored, sorting is
//! supported on `created_at` and `last_updated_at` only, a body that is not JSON is a 400
//! (Rails would raise a parse error, a 500 through `ErrorService`: unverified).
//!
//! Paging stays cheap at 100 000 cases: query results are cached as entry
//! positions (`hits`), generated cases are built one at a time straight into
//! the response bytes (`page`), and the next page is built ahead while the
//! client reads the current one (`prefetch`). Only created or changed cases
//! are kept as documents.

mod auth;
mod cases;
mod export;
mod filter;
mod hits;
mod metadata;
mod page;
mod prefetch;
mod store;
pub mod validate;
mod version;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::data::DataGen;
use crate::fault::{FaultConfig, FaultLayer, Faults};
use crate::server::{Running, StartError, any_local_port};

pub use export::{Export, ExportError};
pub use store::SyncEntry;
pub use validate::{Schema, Validation};
pub use version::{BadVersion, PrimeroVersion};

/// What `POST /api/v2/tokens` returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenMode {
    /// Primero <= 2.10: `{"id","user_name","token"}` plus `Authorization: Bearer`.
    LegacyJwt,
    /// Primero >= 2.11: `{"id","user_name","group_permission"}`, no token.
    SessionOnly,
}

/// How the non-field filter key `record_id` on `GET /cases` behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordIdFilter {
    /// Exact-match filter on a stored field `record_id`, which cases do not
    /// have: zero rows (the behaviour inferred for real servers, reference §9).
    ExactField,
    /// Treated like `id=` (what the OpenFn `upsertCase` helper assumes).
    AliasOfId,
}

/// Start-time configuration of [`FakePrimero`].
#[derive(Clone, Debug)]
pub struct PrimeroConfig {
    /// Where to listen; default 127.0.0.1 on a free port.
    pub addr: SocketAddr,
    /// Accepted `(user_name, password)` pairs.
    pub users: Vec<(String, String)>,
    /// Accept `Authorization: Basic` (true on every real version without IdP).
    pub basic_auth: bool,
    pub token_mode: TokenMode,
    /// Lifetime of tokens from `POST /tokens` (real: one hour).
    pub token_ttl: Duration,
    /// `per` is clamped to this (real since 2.10.3: 1000); `None` = no cap.
    pub per_cap: Option<u64>,
    /// `per` when absent (real: 20).
    pub default_per: u64,
    /// Failed logins before the account locks for 30 minutes (real: 6).
    pub lockout_after: Option<u32>,
    /// Logins per user name per minute before 429 (real Rack::Attack: 6); `None` = off.
    pub login_rate_limit: Option<u32>,
    pub record_id_filter: RecordIdFilter,
    /// Record validation of create/update bodies against the served forms.
    pub validation: Validation,
    /// Seed of the synthetic cases.
    pub seed: u64,
    /// How many synthetic cases exist at start (generated lazily).
    pub generated_cases: u64,
    /// Percent of the generated cases whose child has a second case, listed right after the
    /// first (same page): [`crate::DataGen::duplicate_case`].
    pub duplicate_cases: u64,
    pub faults: FaultConfig,
    /// Metadata to serve instead of the synthetic sets (e.g. real fixtures in tests).
    pub forms: Option<Vec<Value>>,
    pub lookups: Option<Vec<Value>>,
    pub locations: Option<Vec<Value>>,
}

/// Default credentials of the fake Primero.
pub const DEFAULT_USER: &str = "primero_cp";
pub const DEFAULT_PASSWORD: &str = "fake-primero-password";

impl Default for PrimeroConfig {
    /// The newest release the reference describes ([`PrimeroVersion::LATEST`]).
    fn default() -> Self {
        PrimeroConfig::for_version(PrimeroVersion::LATEST)
    }
}

impl PrimeroConfig {
    /// The behaviours of one Primero release: `per` cap, login answer, record validation.
    pub fn for_version(version: PrimeroVersion) -> Self {
        PrimeroConfig {
            addr: any_local_port(),
            users: vec![(DEFAULT_USER.to_owned(), DEFAULT_PASSWORD.to_owned())],
            basic_auth: true,
            token_mode: version.token_mode(),
            token_ttl: Duration::from_secs(3600),
            per_cap: version.per_cap(),
            default_per: 20,
            lockout_after: Some(6),
            login_rate_limit: None,
            record_id_filter: RecordIdFilter::ExactField,
            validation: version.validation(),
            seed: 1,
            generated_cases: 0,
            duplicate_cases: 0,
            faults: FaultConfig::default(),
            forms: None,
            lookups: None,
            locations: None,
        }
    }

    /// Serves `export` instead of the synthetic metadata (lookups and locations it lacks stay
    /// synthetic).
    pub fn with_metadata(self, export: Export) -> Self {
        PrimeroConfig {
            forms: Some(export.forms),
            lookups: export.lookups.or(self.lookups),
            locations: export.locations.or(self.locations),
            ..self
        }
    }
}

/// Settings that may change while the server runs.
#[derive(Clone, Debug)]
pub(crate) struct Live {
    pub token_ttl: Duration,
    pub per_cap: Option<u64>,
    pub forms: Vec<Value>,
    pub lookups: Vec<Value>,
    pub locations: Vec<Value>,
    pub validation: Validation,
    /// The record schema of the served forms, lookups and locations.
    pub schema: Arc<validate::Schema>,
}

impl Live {
    fn rebuild_schema(&mut self) {
        self.schema = Arc::new(validate::Schema::build(
            &self.forms,
            &self.lookups,
            &self.locations,
        ));
    }
}

pub(crate) struct PrimeroState {
    pub config: PrimeroConfig,
    pub live: Mutex<Live>,
    pub auth: Mutex<auth::AuthState>,
    pub store: Mutex<store::CaseStore>,
    pub prefetch: prefetch::Prefetch,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Primero's error envelope `{"errors": [{status, resource, message, detail?}]}`.
pub(crate) fn envelope(
    status: u16,
    resource: &str,
    message: &str,
    detail: Option<Value>,
) -> Response {
    let mut err = json!({"status": status, "resource": resource, "message": message});
    if let Some(d) = detail {
        err["detail"] = d;
    }
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (code, axum::Json(json!({"errors": [err]}))).into_response()
}

/// Error bodies for injected faults, shaped like the real ones.
fn fault_response(status: u16, path: &str) -> Response {
    match status {
        429 => (StatusCode::TOO_MANY_REQUESTS, "Retry later\n").into_response(),
        503 => envelope(
            503,
            path,
            "Service Unavailable",
            Some(json!("Retry-After: 60")),
        ),
        401 => auth::devise_error("You need to sign in or sign up before continuing."),
        _ => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            envelope(
                status,
                path,
                code.canonical_reason().unwrap_or("Error"),
                None,
            )
        }
    }
}

async fn add_security_headers(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let mut resp = next.run(req).await;
    resp.headers_mut().insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    if !resp.headers().contains_key(header::CONTENT_TYPE) && resp.status() != StatusCode::NO_CONTENT
    {
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
    resp
}

/// A running fake Primero. Dropping it stops the server.
pub struct FakePrimero {
    running: Running,
    state: Arc<PrimeroState>,
    faults: Arc<Faults>,
}

impl FakePrimero {
    pub async fn start(config: PrimeroConfig) -> Result<Self, StartError> {
        let faults = Arc::new(Faults::new(config.faults.clone()));
        let forms = config
            .forms
            .clone()
            .unwrap_or_else(crate::data::metadata::forms);
        let lookups = config
            .lookups
            .clone()
            .unwrap_or_else(crate::data::metadata::lookups);
        let locations = config
            .locations
            .clone()
            .unwrap_or_else(crate::data::metadata::locations);
        let live = Live {
            token_ttl: config.token_ttl,
            per_cap: config.per_cap,
            validation: config.validation,
            schema: Arc::new(validate::Schema::build(&forms, &lookups, &locations)),
            forms,
            lookups,
            locations,
        };
        let data = DataGen::new(config.seed);
        let mut store = store::CaseStore::new(data, config.generated_cases);
        for idx in 0..config.generated_cases {
            if data.has_duplicate(idx, config.duplicate_cases) {
                store.insert_raw(data.duplicate_case(idx));
            }
        }
        let state = Arc::new(PrimeroState {
            live: Mutex::new(live),
            auth: Mutex::new(auth::AuthState::default()),
            store: Mutex::new(store),
            prefetch: prefetch::Prefetch::default(),
            config: config.clone(),
        });
        let layer = FaultLayer {
            faults: faults.clone(),
            error: fault_response,
        };
        let app = Router::new()
            .route("/api/v2/tokens", post(auth::login).delete(auth::logout))
            .route("/api/v2/cases", get(cases::list).post(cases::create))
            .route(
                "/api/v2/cases/{id}",
                get(cases::show).patch(cases::update).delete(cases::destroy),
            )
            .route("/api/v2/forms", get(metadata::forms))
            .route("/api/v2/lookups", get(metadata::lookups))
            .route("/api/v2/locations", get(metadata::locations))
            .route("/api/v2/primero", get(metadata::public_info))
            .fallback(cases::not_found)
            .with_state(state.clone())
            .layer(axum::middleware::from_fn_with_state(
                layer,
                crate::fault::middleware,
            ))
            .layer(axum::middleware::from_fn(add_security_headers));
        let running = Running::start(config.addr, app).await?;
        Ok(FakePrimero {
            running,
            state,
            faults,
        })
    }

    /// The instance URL, e.g. `http://127.0.0.1:41234` (the API is under `/api/v2`).
    pub fn url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }

    /// The configuration the server was started with (credentials included).
    pub fn config(&self) -> &PrimeroConfig {
        &self.state.config
    }

    /// Stops the server (in-flight requests get one second).
    pub async fn shutdown(mut self) {
        self.running.shutdown().await;
    }

    /// Fault injection and request counters.
    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// Requests seen for a route such as `"GET /api/v2/cases"`.
    pub fn requests(&self, route: &str) -> u64 {
        self.faults.requests(route)
    }

    /// Responses with `status` sent for a route.
    pub fn status_count(&self, route: &str, status: u16) -> u64 {
        self.faults.status_count(route, status)
    }

    /// The stored case with primary key `id` (as `GET /cases/{id}` would show it).
    pub fn case(&self, id: &str) -> Option<Value> {
        lock(&self.state.store).get(id)
    }

    /// Number of cases (generated and created).
    pub fn case_count(&self) -> u64 {
        lock(&self.state.store).len() as u64
    }

    /// Stores a case as given (an `id` is generated when missing); returns its id.
    pub fn insert_case(&self, record: Value) -> String {
        lock(&self.state.store).insert_raw(record)
    }

    /// The sync-status audit log of a case, oldest first.
    pub fn sync_log(&self, id: &str) -> Vec<SyncEntry> {
        lock(&self.state.store).sync_log(id)
    }

    /// Invalidates every issued token (the next Bearer call gets 401).
    pub fn expire_tokens(&self) {
        lock(&self.state.auth).expire_all();
    }

    /// Lifetime of tokens issued from now on.
    pub fn set_token_ttl(&self, ttl: Duration) {
        lock(&self.state.live).token_ttl = ttl;
    }

    /// Changes the `per` cap (`None` emulates Primero < 2.10.3).
    pub fn set_per_cap(&self, cap: Option<u64>) {
        lock(&self.state.live).per_cap = cap;
    }

    /// Turns record validation on or off.
    pub fn set_validation(&self, validation: Validation) {
        lock(&self.state.live).validation = validation;
    }

    pub fn set_forms(&self, forms: Vec<Value>) {
        let mut live = lock(&self.state.live);
        live.forms = forms;
        live.rebuild_schema();
    }

    pub fn set_lookups(&self, lookups: Vec<Value>) {
        let mut live = lock(&self.state.live);
        live.lookups = lookups;
        live.rebuild_schema();
    }

    pub fn set_locations(&self, locations: Vec<Value>) {
        let mut live = lock(&self.state.live);
        live.locations = locations;
        live.rebuild_schema();
    }

    /// Issued tokens still valid, by user name.
    pub fn active_tokens(&self) -> HashMap<String, usize> {
        lock(&self.state.auth).active_by_user()
    }
}
