//! LoopBack 3 style handlers: `Users/login`, `people/findOne`,
//! `interventions/findOne`, `POST /interventions`, `PATCH /interventions/{id}`.

use std::cmp::Ordering;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::{MophState, lock};

const STACK_TAIL: &str = "\n    at Function.convertNullToNotFoundError (/app/node_modules/loopback/lib/persisted-model.js:91:19)\n    at invokeRestAfter (/app/node_modules/strong-remoting/lib/rest-adapter.js:532:25)";

/// LoopBack's error body `{"error": {statusCode, name, message, status, code, stack}}`.
pub(crate) fn lb_error(status: u16, message: &str, code: Option<&str>) -> Response {
    let mut err =
        json!({"statusCode": status, "name": "Error", "message": message, "status": status});
    if let Some(c) = code {
        err["code"] = json!(c);
    }
    err["stack"] = json!(format!("Error: {message}{STACK_TAIL}"));
    let sc = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (sc, axum::Json(json!({"error": err}))).into_response()
}

/// The 404 of `findOne` exactly as the reference shows it.
pub(crate) fn model_not_found(model: &str) -> Response {
    lb_error(
        404,
        &format!("Unknown \"{model}\" id \"undefined\"."),
        Some("MODEL_NOT_FOUND"),
    )
}

fn param<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[allow(
    clippy::result_large_err,
    reason = "the error is the HTTP response to send as is"
)]
fn authorize(
    state: &MophState,
    headers: &HeaderMap,
    params: &[(String, String)],
) -> Result<(), Response> {
    let token = param(params, "access_token")
        .map(str::to_owned)
        .or_else(|| {
            headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
    let valid = token.is_some_and(|t| {
        lock(&state.tokens)
            .get(&t)
            .is_some_and(|expires| *expires > Instant::now())
    });
    if valid {
        Ok(())
    } else {
        Err(lb_error(
            401,
            "Authorization Required",
            Some("AUTHORIZATION_REQUIRED"),
        ))
    }
}

#[allow(
    clippy::result_large_err,
    reason = "the error is the HTTP response to send as is"
)]
fn filter_of(params: &[(String, String)]) -> Result<Value, Response> {
    match param(params, "filter") {
        None => Ok(json!({})),
        Some(raw) => serde_json::from_str(raw).map_err(|_| {
            lb_error(
                400,
                "The `filter` parameter is not valid JSON",
                Some("INVALID_FILTER"),
            )
        }),
    }
}

fn where_of(filter: &Value) -> Map<String, Value> {
    filter
        .get("where")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// `POST /api/Users/login` with `{"email", "password"}`.
pub(crate) async fn login(State(state): State<Arc<MophState>>, body: Bytes) -> Response {
    let parsed: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let email = parsed
        .get("email")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let password = parsed
        .get("password")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(pos) = state
        .config
        .users
        .iter()
        .position(|(e, p)| e == email && p == password)
    else {
        return lb_error(401, "login failed", Some("LOGIN_FAILED"));
    };
    let ttl = lock(&state.live).token_ttl;
    let token: String = (0..64)
        .map(|_| {
            let c: u8 = rand::random::<u8>() % 62;
            (match c {
                0..=9 => b'0' + c,
                10..=35 => b'a' + c - 10,
                _ => b'A' + c - 36,
            }) as char
        })
        .collect();
    lock(&state.tokens).insert(token.clone(), Instant::now() + ttl);
    axum::Json(json!({
        "id": token, "ttl": ttl.as_secs(), "created": crate::util::now_iso(),
        "userId": crate::util::object_id(pos as u64 + 1, 0x5eed)
    }))
    .into_response()
}

fn order_key<'a>(doc: &'a Value, field: &str) -> Option<&'a Value> {
    super::store::dotted(doc, field).filter(|v| !v.is_null())
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
            _ => x.to_string().cmp(&y.to_string()),
        },
    }
}

/// Applies a LoopBack relation scope (`order: "field ASC|DESC"`, `limit`).
fn apply_scope(mut docs: Vec<Value>, scope: Option<&Value>) -> Vec<Value> {
    let Some(scope) = scope else { return docs };
    if let Some(order) = scope.get("order").and_then(Value::as_str) {
        let mut parts = order.split_whitespace();
        let field = parts.next().unwrap_or("id").to_owned();
        let desc = parts.next().is_some_and(|d| d.eq_ignore_ascii_case("desc"));
        docs.sort_by(|a, b| {
            let o = compare(order_key(a, &field), order_key(b, &field));
            if desc { o.reverse() } else { o }
        });
    }
    if let Some(limit) = scope.get("limit").and_then(Value::as_u64) {
        docs.truncate(limit as usize);
    }
    docs
}

/// `GET /api/people/findOne?filter=...`.
pub(crate) async fn find_person(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    let filter = match filter_of(&params) {
        Ok(f) => f,
        Err(resp) => return resp,
    };
    let conds = where_of(&filter);
    let store = lock(&state.store);
    let person = match conds.get("cid").and_then(super::store::cid_key) {
        Some(cid) => store
            .person(&cid)
            .filter(|p| super::store::where_matches(p, &conds)),
        None => store.find_person(&conds),
    };
    let Some(mut person) = person else {
        return model_not_found("person");
    };
    let cid = person
        .get("cid")
        .and_then(super::store::cid_key)
        .unwrap_or_default();
    for inc in filter.get("include").map(includes).unwrap_or_default() {
        match inc.0.as_str() {
            "interventions" => {
                person["interventions"] =
                    Value::Array(apply_scope(store.interventions_of(&cid), inc.1.as_ref()));
            }
            "riskmodel" => {
                if let Some(r) = store.riskmodel(&cid) {
                    person["riskmodel"] = r;
                }
            }
            _ => {}
        }
    }
    axum::Json(person).into_response()
}

/// `include` as a list of (relation, scope): accepts a string, an object or an array.
fn includes(v: &Value) -> Vec<(String, Option<Value>)> {
    match v {
        Value::String(s) => vec![(s.clone(), None)],
        Value::Object(o) => match o.get("relation").and_then(Value::as_str) {
            Some(r) => vec![(r.to_owned(), o.get("scope").cloned())],
            None => Vec::new(),
        },
        Value::Array(items) => items.iter().flat_map(includes).collect(),
        _ => Vec::new(),
    }
}

/// `GET /api/interventions/findOne?filter=...`.
pub(crate) async fn find_intervention(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    let filter = match filter_of(&params) {
        Ok(f) => f,
        Err(resp) => return resp,
    };
    match lock(&state.store).find_intervention(&where_of(&filter)) {
        Some(iv) => axum::Json(iv).into_response(),
        None => model_not_found("intervention"),
    }
}

/// `POST /api/interventions`.
pub(crate) async fn create_intervention(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
    body: Bytes,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    match serde_json::from_slice::<Value>(&body) {
        Ok(doc @ Value::Object(_)) => {
            axum::Json(lock(&state.store).insert_intervention(doc)).into_response()
        }
        _ => lb_error(400, "Invalid request body", Some("INVALID_BODY")),
    }
}

/// `PATCH /api/interventions/{id}` (dotted keys set nested values).
pub(crate) async fn patch_intervention(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
    body: Bytes,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return lb_error(400, "Invalid request body", Some("INVALID_BODY"));
    };
    match lock(&state.store).patch_intervention(&id, &body) {
        Some(doc) => axum::Json(doc).into_response(),
        None => lb_error(
            404,
            &format!("Unknown \"intervention\" id \"{id}\"."),
            Some("MODEL_NOT_FOUND"),
        ),
    }
}

/// Unknown routes.
pub(crate) async fn not_found(uri: axum::http::Uri) -> Response {
    lb_error(
        404,
        &format!("There is no method to handle {}", uri.path()),
        None,
    )
}
