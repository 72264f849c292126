//! `/api/v2/forms` (not paginated), `/api/v2/lookups` and `/api/v2/locations`
//! (paginated like cases), `/api/v2/primero` (public).

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::cases::paging;
use super::{PrimeroState, auth, lock};

fn page_of(state: &PrimeroState, params: &[(String, String)], items: &[Value]) -> Response {
    let (page, per) = paging(state, params);
    let start = (page - 1).saturating_mul(per) as usize;
    let data: Vec<Value> = items
        .iter()
        .skip(start)
        .take(per as usize)
        .cloned()
        .collect();
    axum::Json(json!({"data": data, "metadata": {"total": items.len(), "per": per, "page": page}}))
        .into_response()
}

/// `GET /api/v2/forms`.
pub(crate) async fn forms(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(resp) = auth::authenticate(&state, &headers, uri.path()) {
        return resp;
    }
    let forms = lock(&state.live).forms.clone();
    axum::Json(json!({"data": forms})).into_response()
}

/// `GET /api/v2/lookups`.
pub(crate) async fn lookups(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = auth::authenticate(&state, &headers, uri.path()) {
        return resp;
    }
    let items = lock(&state.live).lookups.clone();
    page_of(&state, &params, &items)
}

/// `GET /api/v2/locations`.
pub(crate) async fn locations(
    State(state): State<Arc<PrimeroState>>,
    headers: HeaderMap,
    uri: Uri,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    if let Err(resp) = auth::authenticate(&state, &headers, uri.path()) {
        return resp;
    }
    let mut items = lock(&state.live).locations.clone();
    let hierarchy = params.iter().any(|(k, v)| k == "hierarchy" && v == "true");
    if hierarchy {
        items = items
            .iter()
            .map(|l| {
                if l.get("hierarchy").is_some() {
                    l.clone()
                } else {
                    crate::data::metadata::with_hierarchy(l)
                }
            })
            .collect();
    }
    page_of(&state, &params, &items)
}

/// `GET /api/v2/primero` (no authentication).
pub(crate) async fn public_info() -> Response {
    axum::Json(json!({"data": {"sandbox_ui": false, "config_ui": "full", "webpush_enabled": false,
        "agencies": [{"unique_id": "agency-unicef", "name": {"en": "UNICEF"}, "logo_full": null, "logo_icon": null}]}}))
        .into_response()
}
