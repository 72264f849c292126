//! `/api/v2/cases` handlers.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::store::{OrderBy, Query as CaseQuery};
use super::{PrimeroState, RecordIdFilter, auth, envelope, filter, lock};

/// Query keys that are never field filters.
const RESERVED: &[&str] = &[
    "page",
    "per",
    "order_by",
    "order",
    "fields",
    "query",
    "id_search",
    "phonetic",
    "phone_number",
    "locale",
    "remote",
    "record_id",
];

fn number(params: &[(String, String)], key: &str) -> Option<u64> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.parse::<u64>().ok())
}

fn param<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Page and effective `per` (clamped to the cap) of a paginated request.
pub(crate) fn paging(state: &PrimeroState, params: &[(String, String)]) -> (u64, u64) {
    let cap = lock(&state.live).per_cap;
    let page = number(params, "page").filter(|p| *p >= 1).unwrap_or(1);
    let per = number(params, "per")
        .filter(|p| *p >= 1)
        .unwrap_or(state.config.default_per);
    (page, cap.map_or(per, |c| per.min(c)))
}

pub(crate) fn project(record: Value, fields: Option<&str>) -> Value {
    let Some(fields) = fields.filter(|f| !f.is_empty() && *f != "short") else {
        return record;
    };
    let wanted: Vec<&str> = fields.split(',').map(str::trim).collect();
    match record {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(k, _)| k == "id" || k == "enabled" || wanted.contains(&k.as_str()))
                .collect(),
        ),
        other => other,
    }
}

/// `GET /api/v2/cases`.
pub(crate) async fn list(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = auth::authenticate(&state, &headers, uri.path()) {
        return resp;
    }
    let (page, per) = paging(&state, &params);
    let mut filters = Vec::new();
    for (k, v) in &params {
        if k.contains('[') || k.starts_with("loc:") {
            continue;
        }
        let key = match k.as_str() {
            "record_id" => match state.config.record_id_filter {
                RecordIdFilter::ExactField => "record_id",
                RecordIdFilter::AliasOfId => "id",
            },
            k if RESERVED.contains(&k) => continue,
            k => k,
        };
        if let Some(cond) = filter::parse(v) {
            filters.push((key.to_owned(), cond));
        }
    }
    let order_by = match param(&params, "order_by") {
        Some("last_updated_at") => OrderBy::LastUpdatedAt,
        _ => OrderBy::CreatedAt,
    };
    let desc = param(&params, "order") != Some("asc");
    let q = CaseQuery {
        filters,
        order_by,
        desc,
        offset: (page - 1).saturating_mul(per),
        limit: per,
    };
    let fields = param(&params, "fields").map(str::to_owned);
    let built = super::prefetch::serve(&state, q, page, per, fields).await;
    match &built.bytes {
        Ok(bytes) => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            bytes.clone(),
        )
            .into_response(),
        Err(e) => envelope(500, uri.path(), "Internal Server Error", Some(json!(e))),
    }
}

fn not_found_case(path: &str, id: &str) -> Response {
    envelope(
        404,
        path,
        "Not Found",
        Some(json!(format!("Couldn't find Child with 'id'={id}"))),
    )
}

/// `GET /api/v2/cases/{id}`.
pub(crate) async fn show(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = auth::authenticate(&state, &headers, uri.path()) {
        return resp;
    }
    match lock(&state.store).get(&id) {
        Some(rec) => {
            axum::Json(json!({"data": project(rec, param(&params, "fields"))})).into_response()
        }
        None => not_found_case(uri.path(), &id),
    }
}

/// The `data` object of a create/update body, or the 4xx to send.
#[allow(
    clippy::result_large_err,
    reason = "the error is the HTTP response to send as is"
)]
fn data_of(body: &[u8], path: &str) -> Result<Map<String, Value>, Response> {
    let parsed: Value = serde_json::from_slice(body)
        .map_err(|e| envelope(400, path, "Bad Request", Some(json!(e.to_string()))))?;
    let Some(Value::Object(data)) = parsed.get("data").cloned() else {
        return Err(envelope(
            422,
            path,
            "param is missing or the value is empty: data",
            None,
        ));
    };
    let mut bad: Vec<String> = Vec::new();
    if data.contains_key("data") {
        bad.push("/data".into());
    }
    if data.get("mark_synced").is_some_and(|v| !v.is_boolean()) {
        bad.push("/mark_synced".into());
    }
    for key in ["mark_synced_status", "mark_synced_url"] {
        if data.get(key).is_some_and(|v| !v.is_string()) {
            bad.push(format!("/{key}"));
        }
    }
    if data
        .get("id")
        .is_some_and(|v| !v.as_str().is_some_and(crate::util::is_uuid))
    {
        bad.push("/id".into());
    }
    if bad.is_empty() {
        Ok(data)
    } else {
        Err(envelope(422, path, "Invalid Record JSON", Some(json!(bad))))
    }
}

/// 422 "Invalid Record JSON" when the record breaks the served forms' schema.
fn validation_error(
    state: &PrimeroState,
    data: &Map<String, Value>,
    path: &str,
) -> Option<Response> {
    let (v, schema) = {
        let live = lock(&state.live);
        (live.validation, live.schema.clone())
    };
    if v == super::Validation::OFF {
        return None;
    }
    let bad = schema.check(data, v);
    (!bad.is_empty()).then(|| envelope(422, path, "Invalid Record JSON", Some(json!(bad))))
}

/// `POST /api/v2/cases`.
pub(crate) async fn create(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let user = match auth::authenticate(&state, &headers, uri.path()) {
        Ok(u) => u,
        Err(resp) => return resp,
    };
    let data = match data_of(&body, uri.path()) {
        Ok(d) => d,
        Err(resp) => return resp,
    };
    if let Some(resp) = validation_error(&state, &data, uri.path()) {
        return resp;
    }
    let client_id = data.get("id").and_then(Value::as_str).map(str::to_owned);
    let mut store = lock(&state.store);
    if let Some(id) = &client_id
        && store.contains(id)
    {
        return envelope(
            409,
            uri.path(),
            "Conflict: A record with this id already exists",
            None,
        );
    }
    let record = store.create(data, &user);
    if client_id.is_some() {
        return StatusCode::NO_CONTENT.into_response();
    }
    axum::Json(json!({"data": record})).into_response()
}

/// `PATCH /api/v2/cases/{id}`.
pub(crate) async fn update(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let user = match auth::authenticate(&state, &headers, uri.path()) {
        Ok(u) => u,
        Err(resp) => return resp,
    };
    // Primero loads the record (404) before it reads and validates the body.
    if !lock(&state.store).contains(&id) {
        return not_found_case(uri.path(), &id);
    }
    let data = match data_of(&body, uri.path()) {
        Ok(d) => d,
        Err(resp) => return resp,
    };
    if let Some(resp) = validation_error(&state, &data, uri.path()) {
        return resp;
    }
    match lock(&state.store).update(&id, data, &user) {
        Some(changed) => axum::Json(json!({"data": changed})).into_response(),
        None => not_found_case(uri.path(), &id),
    }
}

/// `DELETE /api/v2/cases/{id}` (soft delete).
pub(crate) async fn destroy(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Path(id): Path<String>,
) -> Response {
    let user = match auth::authenticate(&state, &headers, uri.path()) {
        Ok(u) => u,
        Err(resp) => return resp,
    };
    if lock(&state.store).disable(&id, &user) {
        axum::Json(json!({"data": {"id": id}})).into_response()
    } else {
        not_found_case(uri.path(), &id)
    }
}

/// Unknown routes: Primero answers routing errors with a 404 envelope.
pub(crate) async fn not_found(uri: Uri) -> Response {
    envelope(
        404,
        uri.path(),
        "Not Found",
        Some(json!(format!("No route matches {}", uri.path()))),
    )
}
