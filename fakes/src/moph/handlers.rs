//! LoopBack 3 style handlers: `Users/login`, `people/findOne`,
//! `interventions/findOne`, `POST /interventions`, `PATCH /interventions/{id}`.
//! Filters are read in both encodings (`filter` module), with `where`, `include`, `order`,
//! `limit` and `fields` (the properties a `findOne` answers with); `findOne` answers 404
//! `MODEL_NOT_FOUND` when nothing matches.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::filter::{self, includes, where_of};
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

/// `GET /api/people/findOne?filter=...`.
pub(crate) async fn find_person(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    let filter = match filter::from_query(&params) {
        Ok(f) => f,
        Err(message) => return lb_error(400, message, Some("INVALID_FILTER")),
    };
    let conds = where_of(&filter);
    let store = lock(&state.store);
    let person = match conds.get("cid").and_then(super::store::cid_key) {
        Some(cid) => store
            .person(&cid)
            .filter(|p| super::store::where_matches(p, &conds)),
        None if filter.get("order").is_some() => {
            let mut all = store.find_people(&conds);
            filter::sort(&mut all, filter.get("order"));
            all.into_iter().next()
        }
        None => store.find_person(&conds),
    };
    let Some(person) = person else {
        return model_not_found("person");
    };
    let cid = person
        .get("cid")
        .and_then(super::store::cid_key)
        .unwrap_or_default();
    // `fields` picks the person's own properties; included relations are added after it.
    let mut person = filter::project(person, filter.get("fields"));
    for inc in filter.get("include").map(includes).unwrap_or_default() {
        match inc.0.as_str() {
            "interventions" => {
                person["interventions"] =
                    Value::Array(filter::apply(store.interventions_of(&cid), inc.1.as_ref()));
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

/// `GET /api/interventions/findOne?filter=...`.
pub(crate) async fn find_intervention(
    State(state): State<Arc<MophState>>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = authorize(&state, &headers, &params) {
        return resp;
    }
    let filter = match filter::from_query(&params) {
        Ok(f) => f,
        Err(message) => return lb_error(400, message, Some("INVALID_FILTER")),
    };
    let store = lock(&state.store);
    let found = if filter.get("order").is_some() {
        let mut all = store.find_interventions(&where_of(&filter));
        filter::sort(&mut all, filter.get("order"));
        all.into_iter().next()
    } else {
        store.find_intervention(&where_of(&filter))
    };
    match found {
        Some(iv) => axum::Json(filter::project(iv, filter.get("fields"))).into_response(),
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
