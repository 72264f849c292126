//! MOPH HIS / Child Shield client (LoopBack 3 API).
//!
//! Login `POST {url}/Users/login` with `{"email","password"}`; the returned
//! `id` is the access token, sent on every other call as the query parameter
//! `access_token`. Queries use LoopBack's `filter` parameter holding a JSON
//! object, with exactly the JSON the reference jobs send (see [`filters`]).
//! A 401 triggers one re-login and one retry.

use http::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::sync::Arc;
use url::Url;

use tokio::sync::Mutex;

use crate::base_url::BaseUrl;
use crate::error::Error;
use crate::http::{Auth, Http, Observer, ReadBody, Request, RetryPolicy, json_shape, parse};

/// MOPH connection settings.
#[derive(Clone)]
pub struct MophConfig {
    /// API base including `/api`, e.g. `https://host:3010/api`.
    pub url: String,
    pub email: String,
    pub password: String,
    pub policy: RetryPolicy,
    /// Skip TLS certificate verification (the legacy jobs did; avoid).
    pub accept_invalid_certs: bool,
}

impl std::fmt::Debug for MophConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MophConfig")
            .field("url", &self.url)
            .field("email", &self.email)
            .field("password", &"[REDACTED]")
            .field("policy", &self.policy)
            .field("accept_invalid_certs", &self.accept_invalid_certs)
            .finish()
    }
}

impl MophConfig {
    pub fn new(
        url: impl Into<String>,
        email: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        MophConfig {
            url: url.into(),
            email: email.into(),
            password: password.into(),
            policy: RetryPolicy::default(),
            accept_invalid_certs: false,
        }
    }
}

/// A national id as HIS stores it: digits only.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cid(String);

impl Cid {
    /// From Primero's `national_id_no`: a string (dashes and spaces removed)
    /// or a JSON integer. Empty or non-digit values are rejected, so a
    /// missing id can never turn into a filter without `cid`.
    pub fn from_value(v: &Value) -> Result<Cid, Error> {
        match v {
            Value::String(s) => Cid::parse(s),
            Value::Number(n) => match n.as_u64() {
                Some(u) => Cid::parse(&u.to_string()),
                None => Err(Error::Invalid(format!(
                    "national id {n} is not a whole positive number"
                ))),
            },
            Value::Null => Err(Error::Invalid("national id is missing".into())),
            other => Err(Error::Invalid(format!(
                "national id has type {}",
                type_name(other)
            ))),
        }
    }

    /// From text: dashes and whitespace removed, digits required.
    pub fn parse(s: &str) -> Result<Cid, Error> {
        let digits: String = s
            .chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .collect();
        if digits.is_empty() {
            return Err(Error::Invalid("national id is empty".into()));
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::Invalid(
                "national id has characters other than digits and dashes".into(),
            ));
        }
        Ok(Cid(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Cid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "boolean",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        _ => "other",
    }
}

/// The LoopBack `filter` JSON texts, byte for byte as the reference jobs build them (WF1's two
/// lookups add `fields`: the properties they read).
pub mod filters {
    use super::Cid;

    /// Person with the 50 latest interventions and the risk model (WF2).
    pub fn person_with_history(cid: &Cid) -> String {
        format!(
            r#"{{"where":{{"cid":"{cid}"}},"include":[{{"relation":"interventions","scope":{{"order":"vstdate DESC","limit":50}}}},{{"relation":"riskmodel"}}]}}"#
        )
    }

    /// Person only (WF1).
    pub fn person(cid: &Cid) -> String {
        format!(r#"{{"where":{{"cid":"{cid}"}}}}"#)
    }

    /// The person's Child Shield `primeroservice` intervention (WF1).
    pub fn primero_intervention(cid: &Cid) -> String {
        format!(
            r#"{{"where":{{"cid":"{cid}","activities.primeroservice.serviceType":"primero"}}}}"#
        )
    }

    /// [`primero_intervention`] answered with its `id` only (LoopBack's `fields`): the
    /// intervention holds every day's document, so it grows by one a day, and WF1 reads only
    /// its id. A server that ignored `fields` would answer the whole document, of which the
    /// id is still all that is read.
    pub fn primero_intervention_id(cid: &Cid) -> String {
        format!(
            r#"{{"where":{{"cid":"{cid}","activities.primeroservice.serviceType":"primero"}},"fields":{{"id":true}}}}"#
        )
    }

    /// [`person`] answered with its `id` and `cid` only (what creating an intervention reads).
    pub fn person_ref(cid: &Cid) -> String {
        format!(r#"{{"where":{{"cid":"{cid}"}},"fields":{{"id":true,"cid":true}}}}"#)
    }
}

/// MOPH HIS / Child Shield client. Clones share the connection pool, token and secrets.
#[derive(Clone)]
pub struct Client {
    http: Http,
    base: BaseUrl,
    email: String,
    password: String,
    token: Arc<Mutex<Option<String>>>,
}

impl Client {
    pub fn new(config: MophConfig) -> Result<Self, Error> {
        let base = BaseUrl::parse("MOPH", &config.url)?;
        let http = Http::new("moph", config.policy, config.accept_invalid_certs)?;
        http.secrets.add(&config.password);
        Ok(Client {
            http,
            base,
            email: config.email,
            password: config.password,
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

    /// `POST /Users/login`; keeps the access token for later calls.
    pub async fn login(&self) -> Result<(), Error> {
        let mut guard = self.token.lock().await;
        *guard = Some(self.request_token().await?);
        Ok(())
    }

    /// Calls `POST /Users/login` and returns the access token (registered as a secret).
    async fn request_token(&self) -> Result<String, Error> {
        let body = json!({"email": self.email, "password": self.password});
        let reply = self
            .http
            .send(&Request {
                method: Method::POST,
                url: self.url(&["Users", "login"])?,
                query: Vec::new(),
                body: Some(&body),
                auth: Auth::None,
                repeatable: true,
            })
            .await?;
        let token = reply
            .body
            .as_ref()
            .and_then(|b| b.get("id"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| Error::MalformedBody {
                call: crate::error::Call {
                    system: "moph",
                    method: "POST".into(),
                    path: "/Users/login".into(),
                },
                message: "login response has no `id` (access token)".into(),
            })?;
        self.http.secrets.add(&token);
        Ok(token)
    }

    /// The token to use; logs in when there is none or when the current one
    /// was `rejected`. Single-flight: concurrent callers share one login.
    async fn current_token(&self, rejected: Option<&str>) -> Result<String, Error> {
        let mut guard = self.token.lock().await;
        match guard.as_deref() {
            Some(t) if Some(t) != rejected => Ok(t.to_owned()),
            _ => {
                let fresh = self.request_token().await?;
                *guard = Some(fresh.clone());
                Ok(fresh)
            }
        }
    }

    async fn send_with<T, B: Serialize + ?Sized>(
        &self,
        method: &Method,
        url: &Url,
        filter: Option<&str>,
        body: Option<&B>,
        token: &str,
        read: ReadBody<T>,
    ) -> Result<Option<T>, Error> {
        let mut query: Vec<(&str, &str)> = Vec::new();
        if let Some(f) = filter {
            query.push(("filter", f));
        }
        query.push(("access_token", token));
        let req = Request {
            method: method.clone(),
            url: url.clone(),
            query,
            body,
            auth: Auth::None,
            repeatable: *method != Method::POST,
        };
        let reply = self.http.send_read(&req, read).await?;
        Ok(reply.body)
    }

    async fn call(
        &self,
        method: Method,
        segments: &[&str],
        filter: Option<&str>,
        body: Option<&Value>,
    ) -> Result<Value, Error> {
        self.call_as(method, segments, filter, body).await
    }

    /// One call, its body read as `T` (only the fields the caller uses are built); a 401
    /// logs in again and retries once; an empty body is malformed.
    async fn call_as<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        method: Method,
        segments: &[&str],
        filter: Option<&str>,
        body: Option<&B>,
    ) -> Result<T, Error> {
        self.call_read(method, segments, filter, body, parse::<T>)
            .await
    }

    /// [`Client::call_as`], the body read by `read`.
    async fn call_read<T, B: Serialize + ?Sized>(
        &self,
        method: Method,
        segments: &[&str],
        filter: Option<&str>,
        body: Option<&B>,
        read: ReadBody<T>,
    ) -> Result<T, Error> {
        let url = self.url(segments)?;
        let token = self.current_token(None).await?;
        let result = match self
            .send_with(&method, &url, filter, body, &token, read)
            .await
        {
            Err(Error::Unauthorized { .. }) => {
                tracing::info!(target: "adaptors::moph", "access token rejected; logging in again");
                let token = self.current_token(Some(&token)).await?;
                self.send_with(&method, &url, filter, body, &token, read)
                    .await
            }
            other => other,
        }?;
        result.ok_or_else(|| Error::MalformedBody {
            call: crate::error::Call {
                system: "moph",
                method: method.to_string(),
                path: url.path().to_owned(),
            },
            message: "empty response body".into(),
        })
    }

    /// `people/findOne` with the 50 latest interventions (`vstdate DESC`) and
    /// the risk model. `NotFound` (code `MODEL_NOT_FOUND`) when HIS has no such person.
    pub async fn person_with_history(&self, cid: &Cid) -> Result<Value, Error> {
        self.call(
            Method::GET,
            &["people", "findOne"],
            Some(&filters::person_with_history(cid)),
            None,
        )
        .await
    }

    /// `people/findOne` without relations.
    pub async fn person(&self, cid: &Cid) -> Result<Value, Error> {
        self.call(
            Method::GET,
            &["people", "findOne"],
            Some(&filters::person(cid)),
            None,
        )
        .await
    }

    /// `people/findOne` without relations, read as its `id` and `cid` only (what creating an
    /// intervention needs; the rest of the person is skipped, never built).
    pub async fn person_ref(&self, cid: &Cid) -> Result<PersonRef, Error> {
        self.call_as::<PersonRef, Value>(
            Method::GET,
            &["people", "findOne"],
            Some(&filters::person_ref(cid)),
            None,
        )
        .await
    }

    /// The person's `primeroservice` intervention, `None` on 404. Other errors
    /// (401, 5xx, network) stay errors: they must not be mistaken for "absent".
    pub async fn find_primero_intervention(&self, cid: &Cid) -> Result<Option<Value>, Error> {
        self.find_primero_intervention_as(&filters::primero_intervention(cid))
            .await
    }

    /// [`Client::find_primero_intervention`] asked for and read as its `id` only (the days it
    /// holds are neither sent nor built).
    pub async fn find_primero_intervention_id(&self, cid: &Cid) -> Result<Option<IdOf>, Error> {
        self.find_primero_intervention_as(&filters::primero_intervention_id(cid))
            .await
    }

    async fn find_primero_intervention_as<T: DeserializeOwned>(
        &self,
        filter: &str,
    ) -> Result<Option<T>, Error> {
        match self
            .call_as::<T, Value>(
                Method::GET,
                &["interventions", "findOne"],
                Some(filter),
                None,
            )
            .await
        {
            Ok(v) => Ok(Some(v)),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `POST /interventions` with a whole document; returns the stored document (with `id`).
    pub async fn create_intervention(&self, doc: &Value) -> Result<Value, Error> {
        if !doc.is_object() {
            return Err(Error::Invalid("intervention must be a JSON object".into()));
        }
        self.call(Method::POST, &["interventions"], None, Some(doc))
            .await
    }

    /// [`Client::create_intervention`] of a `primeroservice` intervention holding one day,
    /// serialised from borrowed values (no copy of the day's document); returns the stored
    /// intervention's `id` only.
    pub async fn create_primero_intervention<V: Serialize + Sync + ?Sized>(
        &self,
        person: &PersonRef,
        cid: &Cid,
        date: &str,
        value: &V,
    ) -> Result<IdOf, Error> {
        let cid_text = Value::String(cid.as_str().to_owned());
        let doc = NewIntervention {
            cid: person.cid.as_ref().unwrap_or(&cid_text),
            person_id: person.id.as_ref().unwrap_or(&Value::Null),
            activities: Activities {
                primeroservice: DayOf {
                    service_type: "primero",
                    day: [(date, value)].into_iter().collect(),
                },
            },
        };
        self.call_as(Method::POST, &["interventions"], None, Some(&doc))
            .await
    }

    /// `PATCH /interventions/{id}` with `{"activities.primeroservice.<date>": value}`:
    /// sets that one day, leaving the rest of the document alone.
    pub async fn patch_intervention_day<V: Serialize + Sync + ?Sized>(
        &self,
        id: &str,
        date: &str,
        value: &V,
    ) -> Result<Value, Error> {
        self.patch_intervention_day_as(id, date, value, parse::<Value>)
            .await
    }

    /// [`Client::patch_intervention_day`] without reading the updated document back: HIS
    /// answers the whole intervention, one entry per day of sync, which grows every day. The
    /// answer is only checked to be a JSON object ([`json_shape`]), not parsed.
    pub async fn set_intervention_day<V: Serialize + Sync + ?Sized>(
        &self,
        id: &str,
        date: &str,
        value: &V,
    ) -> Result<(), Error> {
        self.patch_intervention_day_as(id, date, value, json_shape)
            .await
    }

    async fn patch_intervention_day_as<T, V: Serialize + Sync + ?Sized>(
        &self,
        id: &str,
        date: &str,
        value: &V,
        read: ReadBody<T>,
    ) -> Result<T, Error> {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() || date.len() != 10 {
            return Err(Error::Invalid(format!(
                "activity date {date:?} is not YYYY-MM-DD"
            )));
        }
        let key = format!("activities.primeroservice.{date}");
        let body: std::collections::BTreeMap<&str, &V> = [(key.as_str(), value)].into();
        self.call_read(
            Method::PATCH,
            &["interventions", id],
            None,
            Some(&body),
            read,
        )
        .await
    }
}

/// A person as [`Client::person_ref`] reads it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct PersonRef {
    #[serde(default)]
    pub id: Option<Value>,
    #[serde(default)]
    pub cid: Option<Value>,
}

/// A stored document's `id` (a string or a number; `None` when it has none).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct IdOf {
    #[serde(default)]
    pub id: Option<Value>,
}

/// The document [`Client::create_primero_intervention`] sends.
#[derive(Serialize)]
struct NewIntervention<'a, V: ?Sized> {
    cid: &'a Value,
    #[serde(rename = "personId")]
    person_id: &'a Value,
    activities: Activities<'a, V>,
}

#[derive(Serialize)]
struct Activities<'a, V: ?Sized> {
    primeroservice: DayOf<'a, V>,
}

#[derive(Serialize)]
struct DayOf<'a, V: ?Sized> {
    #[serde(rename = "serviceType")]
    service_type: &'static str,
    #[serde(flatten)]
    day: std::collections::BTreeMap<&'a str, &'a V>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cids_are_normalised_to_digits() {
        assert_eq!(
            Cid::parse("1-1111-11111-11-3").map(|c| c.0).ok(),
            Some("1111111111113".into())
        );
        assert_eq!(
            Cid::from_value(&json!(1_111_111_111_113_u64))
                .map(|c| c.0)
                .ok(),
            Some("1111111111113".into())
        );
        assert_eq!(
            Cid::from_value(&json!(" 1111111111113 ")).map(|c| c.0).ok(),
            Some("1111111111113".into())
        );
        for bad in [
            json!(""),
            json!("---"),
            json!("12a4"),
            json!(null),
            json!(-5),
            json!(1.5),
            json!([1]),
        ] {
            assert!(Cid::from_value(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn filters_are_the_reference_json() {
        let cid = Cid::parse("1111111111113").expect("valid literal cid");
        let f: Value =
            serde_json::from_str(&filters::person_with_history(&cid)).expect("valid JSON");
        assert_eq!(
            f,
            json!({"where": {"cid": "1111111111113"}, "include": [
                {"relation": "interventions", "scope": {"order": "vstdate DESC", "limit": 50}},
                {"relation": "riskmodel"}]})
        );
        assert!(
            filters::person_with_history(&cid)
                .starts_with(r#"{"where":{"cid":"1111111111113"},"include":"#)
        );
        assert_eq!(
            filters::person(&cid),
            r#"{"where":{"cid":"1111111111113"}}"#
        );
        assert_eq!(
            filters::primero_intervention(&cid),
            r#"{"where":{"cid":"1111111111113","activities.primeroservice.serviceType":"primero"}}"#
        );
        // WF1's lookups ask for the properties they read, the conditions unchanged.
        for (narrow, whole, fields) in [
            (
                filters::primero_intervention_id(&cid),
                filters::primero_intervention(&cid),
                json!({"id": true}),
            ),
            (
                filters::person_ref(&cid),
                filters::person(&cid),
                json!({"id": true, "cid": true}),
            ),
        ] {
            let mut narrow: Value = serde_json::from_str(&narrow).unwrap();
            let whole: Value = serde_json::from_str(&whole).unwrap();
            assert_eq!(narrow["fields"].take(), fields);
            narrow.as_object_mut().unwrap().remove("fields");
            assert_eq!(narrow, whole);
        }
    }

    /// The create and patch bodies of a day's document `v`, each by our writer and by
    /// serde_json (`rb.json`, the fallback).
    fn bodies<V: Serialize + ?Sized>(v: &V) -> Vec<String> {
        let (cid, person) = (json!("1111111111113"), json!("p1"));
        let create = NewIntervention {
            cid: &cid,
            person_id: &person,
            activities: Activities {
                primeroservice: DayOf {
                    service_type: "primero",
                    day: [("2024-01-02", v)].into_iter().collect(),
                },
            },
        };
        let patch: std::collections::BTreeMap<&str, &V> =
            [("activities.primeroservice.2024-01-02", v)].into();
        [
            mapwright_rt::to_json_vec(&create).expect("writes"),
            serde_json::to_vec(&create).expect("writes"),
            mapwright_rt::to_json_vec(&patch).expect("writes"),
            serde_json::to_vec(&patch).expect("writes"),
        ]
        .iter()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect()
    }

    /// A day's document kept as the JSON a compiled transform wrote goes into both bodies as
    /// the bytes its value gives, through our writer and through serde_json.
    #[test]
    fn bodies_of_a_written_document_are_those_of_its_value() {
        let day = json!({"basic_identity": {"name": "สมชาย \"ก\"", "age": 7, "w": 2.5},
            "services": [{"type": {"c1": "บริการ"}}, {}], "none": null});
        let raw = mapwright_rt::RawJson::from_value(&day).expect("writes");
        let of_value = bodies(&day);
        assert_eq!(bodies(&raw), of_value);
        assert_eq!(of_value[0], of_value[1]);
        assert!(
            of_value[2]
                .starts_with(r#"{"activities.primeroservice.2024-01-02":{"basic_identity":"#)
        );
    }
}
