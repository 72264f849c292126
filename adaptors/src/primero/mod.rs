//! Primero API v2 client.
//!
//! Authentication is chosen by configuration: HTTP Basic (works on every
//! version without an identity provider) or token login (`POST
//! /api/v2/tokens`, Primero <= 2.10; on >= 2.11 the login answers without a
//! token and the client reports that Basic auth must be used). A 401 in token
//! mode triggers one re-login and one retry of the call.

mod pages;

use http::Method;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::sync::Arc;
use url::Url;

use tokio::sync::Mutex;

use crate::base_url::BaseUrl;
use crate::error::Error;
use crate::http::{Auth, Http, Observer, Reply, Request, RetryPolicy};
use pages::PageBody;
pub use pages::{CasePage, CasePages, ChangedCases, PagedCase, RawCase};

/// How the client authenticates.
#[derive(Clone)]
pub enum PrimeroAuth {
    Basic { username: String, password: String },
    Token { username: String, password: String },
}

impl std::fmt::Debug for PrimeroAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (kind, user) = match self {
            PrimeroAuth::Basic { username, .. } => ("Basic", username),
            PrimeroAuth::Token { username, .. } => ("Token", username),
        };
        write!(f, "{kind} {{ username: {user:?}, password: [REDACTED] }}")
    }
}

/// Primero connection settings.
#[derive(Clone, Debug)]
pub struct PrimeroConfig {
    /// Instance URL without `/api/v2`, e.g. `https://primero.example.org`.
    pub url: String,
    pub auth: PrimeroAuth,
    pub policy: RetryPolicy,
    /// Page size asked for when listing (the server caps it at 1000).
    pub per_page: u32,
}

impl PrimeroConfig {
    pub fn new(url: impl Into<String>, auth: PrimeroAuth) -> Self {
        PrimeroConfig {
            url: url.into(),
            auth,
            policy: RetryPolicy::default(),
            per_page: 1000,
        }
    }
}

/// Primero API v2 client. Clones share the connection pool, token and secrets.
#[derive(Clone)]
pub struct Client {
    http: Http,
    base: BaseUrl,
    auth: PrimeroAuth,
    per_page: u32,
    token: Arc<Mutex<Option<String>>>,
}

impl Client {
    pub fn new(config: PrimeroConfig) -> Result<Self, Error> {
        // Accept the instance URL with or without the API suffix.
        let root = config.url.trim_end_matches('/');
        let root = root.strip_suffix("/api/v2").unwrap_or(root);
        let base = BaseUrl::parse("Primero", &format!("{root}/api/v2"))?;
        let http = Http::new("primero", config.policy, false)?;
        match &config.auth {
            PrimeroAuth::Basic { password, .. } | PrimeroAuth::Token { password, .. } => {
                http.secrets.add(password)
            }
        }
        Ok(Client {
            http,
            base,
            auth: config.auth,
            per_page: config.per_page.clamp(1, 1000),
            token: Arc::new(Mutex::new(None)),
        })
    }

    /// Reports every HTTP attempt to `observer`.
    pub fn with_observer(mut self, observer: Observer) -> Self {
        self.http.observer = Some(observer);
        self
    }

    fn url(&self, segments: &[&str]) -> Result<Url, Error> {
        self.base.join(segments)
    }

    /// Token login (`POST /api/v2/tokens`). A no-op with Basic auth.
    pub async fn login(&self) -> Result<(), Error> {
        if matches!(self.auth, PrimeroAuth::Token { .. }) {
            let mut guard = self.token.lock().await;
            *guard = Some(self.request_token().await?);
        }
        Ok(())
    }

    /// Calls `POST /tokens` and returns the token (registered as a secret).
    async fn request_token(&self) -> Result<String, Error> {
        let PrimeroAuth::Token { username, password } = &self.auth else {
            return Err(Error::Invalid("token login needs token auth".into()));
        };
        let body = json!({"user": {"user_name": username, "password": password}});
        let reply = self
            .http
            .send(&Request {
                method: Method::POST,
                url: self.url(&["tokens"])?,
                query: Vec::new(),
                body: Some(&body),
                auth: Auth::None,
                repeatable: true,
            })
            .await?;
        let from_body = reply
            .body
            .as_ref()
            .and_then(|b| b.get("token"))
            .and_then(Value::as_str);
        let from_header = reply
            .headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let Some(token) = from_body.or(from_header).map(str::to_owned) else {
            return Err(Error::Invalid(
                "Primero login returned no token (Primero >= 2.11 uses sessions): configure Basic auth".into(),
            ));
        };
        self.http.secrets.add(&token);
        Ok(token)
    }

    /// The token to use; logs in when there is none or when the current one is
    /// `rejected`. Single-flight: concurrent callers wait for one login and
    /// share its token (no login storm after an expiry).
    async fn current_token(&self, rejected: Option<&str>) -> Result<Option<String>, Error> {
        if !matches!(self.auth, PrimeroAuth::Token { .. }) {
            return Ok(None);
        }
        let mut guard = self.token.lock().await;
        match guard.as_deref() {
            Some(t) if Some(t) != rejected => Ok(Some(t.to_owned())),
            _ => {
                let fresh = self.request_token().await?;
                *guard = Some(fresh.clone());
                Ok(Some(fresh))
            }
        }
    }

    async fn send_with<T: DeserializeOwned>(
        &self,
        method: &Method,
        url: &Url,
        query: &[(&str, &str)],
        body: Option<&Value>,
        token: Option<&str>,
    ) -> Result<Reply<T>, Error> {
        let auth = match (&self.auth, token) {
            (PrimeroAuth::Basic { username, password }, _) => Auth::Basic(username, password),
            (PrimeroAuth::Token { .. }, Some(t)) => Auth::Bearer(t),
            (PrimeroAuth::Token { .. }, None) => Auth::None,
        };
        self.http
            .send_as(&Request {
                method: method.clone(),
                url: url.clone(),
                query: query.to_vec(),
                body,
                auth,
                repeatable: *method != Method::POST,
            })
            .await
    }

    /// One call; in token mode a 401 clears the token, logs in again and retries once.
    async fn call(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<Reply, Error> {
        self.call_with(method, segments, query, body).await
    }

    /// [`Client::call`], its answer read as `T`.
    async fn call_with<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<Reply<T>, Error> {
        let url = self.url(segments)?;
        let token = self.current_token(None).await?;
        match self
            .send_with(&method, &url, query, body, token.as_deref())
            .await
        {
            Err(Error::Unauthorized { .. }) if token.is_some() => {
                tracing::info!(target: "adaptors::primero", "token rejected; logging in again");
                let token = self.current_token(token.as_deref()).await?;
                self.send_with(&method, &url, query, body, token.as_deref())
                    .await
            }
            other => other,
        }
    }

    fn data_of(reply: Reply, what: &str) -> Result<Value, Error> {
        match reply
            .body
            .and_then(|mut b| b.get_mut("data").map(Value::take))
        {
            Some(d) => Ok(d),
            None => Err(malformed_get(what, "response has no `data`")),
        }
    }

    /// Pages of cases changed at or after `since` (ISO date-time; `None` = all),
    /// oldest first. Fetch them with [`CasePages::next_page`].
    pub fn cases_since(&self, since: Option<&str>) -> CasePages {
        let filters = since
            .map(|s| vec![("last_updated_at".to_owned(), format!("{s}.."))])
            .unwrap_or_default();
        self.cases(filters)
    }

    /// Cases changed at or after `since`, in `last_updated_at` order, page by page with a moving
    /// lower bound instead of an offset: each request asks for `last_updated_at=<last seen>..`,
    /// so a case updated while we page moves behind the bound and is seen again (never skipped),
    /// and every case still to come was changed at or after the last case returned. Fetch them
    /// with [`ChangedCases::next_page`].
    pub fn cases_changed_since(&self, since: &str) -> ChangedCases<Value> {
        ChangedCases::new(self.clone(), since, Vec::new())
    }

    /// [`Client::cases_changed_since`], each case kept as the JSON text Primero sent with only
    /// `fields` (and `id`, `last_updated_at`) parsed ([`RawCase`]): no value of the rest is
    /// built.
    pub fn raw_cases_changed_since(&self, since: &str, fields: &[String]) -> ChangedCases<RawCase> {
        ChangedCases::new(self.clone(), since, fields.to_vec())
    }

    /// Pages of cases matching Primero filters (`("status", "open")`, ...).
    pub fn cases(&self, filters: Vec<(String, String)>) -> CasePages {
        CasePages::new(self.clone(), filters)
    }

    /// The case with primary key `id` (the webhook's `record_id`), or `None` on 404.
    pub async fn find_by_record_id(&self, id: &str) -> Result<Option<Value>, Error> {
        match self.get_case(id).await {
            Ok(c) => Ok(Some(c)),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `GET /api/v2/cases/{id}`.
    pub async fn get_case(&self, id: &str) -> Result<Value, Error> {
        let reply = self.call(Method::GET, &["cases", id], &[], None).await?;
        Self::data_of(reply, "/api/v2/cases/{id}")
    }

    fn wrap(data: &Value) -> Result<Value, Error> {
        let obj = data
            .as_object()
            .ok_or_else(|| Error::Invalid("case data must be a JSON object".into()))?;
        if obj.len() == 1 && obj.contains_key("data") {
            return Err(Error::Invalid(
                "case data is already wrapped in `data`".into(),
            ));
        }
        Ok(json!({"data": data}))
    }

    /// `POST /api/v2/cases`. Returns the saved case; when `data.id` was given
    /// (server answers 204) returns `{"id": <that id>}`.
    pub async fn create_case(&self, data: &Value) -> Result<Value, Error> {
        let body = Self::wrap(data)?;
        let reply = self
            .call(Method::POST, &["cases"], &[], Some(&body))
            .await?;
        if reply.body.is_none() {
            return Ok(json!({"id": data.get("id").cloned().unwrap_or(Value::Null)}));
        }
        Self::data_of(reply, "/api/v2/cases")
    }

    /// `PATCH /api/v2/cases/{id}` (merge). Returns `id`, `enabled` and the changed fields.
    pub async fn update_case(&self, id: &str, data: &Value) -> Result<Value, Error> {
        let body = Self::wrap(data)?;
        let reply = self
            .call(Method::PATCH, &["cases", id], &[], Some(&body))
            .await?;
        Self::data_of(reply, "/api/v2/cases/{id}")
    }

    /// Writes the sync outcome (`synced`, `not_found`, `failed`, ...) on a case:
    /// `mark_synced: true` + `mark_synced_status` + `mark_synced_url`. Primero
    /// logs it, strips the three keys and shows `sync_status`.
    pub async fn set_sync_status(
        &self,
        id: &str,
        status: &str,
        url: Option<&str>,
    ) -> Result<Value, Error> {
        let mut data = json!({"mark_synced": true, "mark_synced_status": status});
        if let Some(u) = url {
            data["mark_synced_url"] = json!(u);
        }
        self.update_case(id, &data).await
    }

    /// `GET /api/v2/forms` (not paginated).
    pub async fn forms(&self) -> Result<Vec<Value>, Error> {
        let reply = self.call(Method::GET, &["forms"], &[], None).await?;
        array(Self::data_of(reply, "/api/v2/forms")?, "/api/v2/forms")
    }

    /// Every lookup (all pages).
    pub async fn lookups(&self) -> Result<Vec<Value>, Error> {
        self.all_pages("lookups").await
    }

    /// Every location (all pages; real instances have more than 8 000).
    pub async fn locations(&self) -> Result<Vec<Value>, Error> {
        self.all_pages("locations").await
    }

    /// One page of `resource` (`data` and `metadata`), its items read as `C`.
    async fn page<C: DeserializeOwned>(
        &self,
        resource: &str,
        page: u64,
        extra: &[(String, String)],
    ) -> Result<CasePage<C>, Error> {
        let page_s = page.to_string();
        let per_s = self.per_page.to_string();
        let mut query: Vec<(&str, &str)> = vec![("page", &page_s), ("per", &per_s)];
        query.extend(extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let reply: Reply<PageBody<C>> = self
            .call_with(Method::GET, &[resource], &query, None)
            .await?;
        let bad = |m: &str| malformed_get(&format!("/api/v2/{resource}"), m);
        let body = reply.body.ok_or_else(|| bad("no `data` array"))?;
        let items = body.data.ok_or_else(|| bad("no `data` array"))?;
        let meta = body.metadata.ok_or_else(|| bad("no `metadata`"))?;
        let total = meta.total.ok_or_else(|| bad("no `metadata.total`"))?;
        Ok(CasePage {
            cases: items,
            page: meta.page.unwrap_or(page),
            per: meta.per.unwrap_or(self.per_page as u64),
            total,
        })
    }

    async fn all_pages(&self, resource: &str) -> Result<Vec<Value>, Error> {
        let mut out = Vec::new();
        let mut page = 1;
        loop {
            let p = self.page::<Value>(resource, page, &[]).await?;
            let done = p.cases.is_empty() || p.page.saturating_mul(p.per) >= p.total;
            out.extend(p.cases);
            if done {
                return Ok(out);
            }
            page += 1;
        }
    }
}

fn array(v: Value, path: &str) -> Result<Vec<Value>, Error> {
    match v {
        Value::Array(a) => Ok(a),
        _ => Err(malformed_get(path, "`data` is not an array")),
    }
}

/// A `GET` at `path` whose answer is not what Primero sends.
fn malformed_get(path: &str, message: &str) -> Error {
    Error::MalformedBody {
        call: crate::error::Call {
            system: "primero",
            method: "GET".into(),
            path: path.into(),
        },
        message: message.into(),
    }
}
