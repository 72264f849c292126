//! The fake Primero over real loopback HTTP.

use fakes::primero::RecordIdFilter;
use fakes::{DataGen, FakePrimero, PrimeroConfig};
use reqwest::{Method, StatusCode};

use serde_json::{Value, json};

use crate::support::{answer, primero};

async fn start(cases: u64) -> FakePrimero {
    FakePrimero::start(PrimeroConfig {
        generated_cases: cases,
        seed: 5,
        ..PrimeroConfig::default()
    })
    .await
    .expect("fake Primero starts")
}

async fn get(p: &FakePrimero, path_and_query: &str) -> (StatusCode, Value) {
    answer(primero(p, Method::GET, path_and_query)).await
}

async fn send(p: &FakePrimero, method: Method, path: &str, body: Value) -> (StatusCode, Value) {
    answer(primero(p, method, path).json(&body)).await
}

#[tokio::test]
async fn per_is_clamped_to_1000_and_defaults_to_20() {
    let p = start(2500).await;
    let (s, body) = get(&p, "/api/v2/cases?per=1000000&page=1").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        body["metadata"],
        json!({"total": 2500, "per": 1000, "page": 1})
    );
    assert_eq!(body["data"].as_array().map(Vec::len), Some(1000));
    let (_, last) = get(&p, "/api/v2/cases?per=1000&page=3").await;
    assert_eq!(last["data"].as_array().map(Vec::len), Some(500));
    let (_, beyond) = get(&p, "/api/v2/cases?per=1000&page=4").await;
    assert_eq!(beyond["data"], json!([]));
    let (_, default) = get(&p, "/api/v2/cases").await;
    assert_eq!(default["metadata"]["per"], json!(20));
    assert_eq!(default["data"].as_array().map(Vec::len), Some(20));
    p.set_per_cap(None);
    let (_, uncapped) = get(&p, "/api/v2/cases?per=5000").await;
    assert_eq!(uncapped["data"].as_array().map(Vec::len), Some(2500));
}

#[tokio::test]
async fn pages_are_disjoint_and_ordered_by_created_at_desc_by_default() {
    let p = start(50).await;
    let (_, a) = get(&p, "/api/v2/cases?per=30&page=1").await;
    let (_, b) = get(&p, "/api/v2/cases?per=30&page=2").await;
    let ids: Vec<&str> = [&a, &b]
        .iter()
        .flat_map(|x| x["data"].as_array().into_iter().flatten())
        .filter_map(|c| c["id"].as_str())
        .collect();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (50, 50));
    let created: Vec<&str> = a["data"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["created_at"].as_str())
        .collect();
    assert!(created.windows(2).all(|w| w[0] > w[1]), "descending");
    let (_, asc) = get(&p, "/api/v2/cases?per=5&order=asc").await;
    assert_eq!(asc["data"][0]["id"], json!(DataGen::new(5).case_meta(0).id));
}

#[tokio::test]
async fn open_ended_last_updated_at_range_filters() {
    let p = start(300).await;
    let g = DataGen::new(5);
    let cut = g.case_meta(150).updated_ms;
    let expected = (0..300)
        .filter(|i| g.case_meta(*i).updated_ms >= cut)
        .count();
    let cursor = g.case(150)["last_updated_at"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let (_, body) = get(
        &p,
        &format!("/api/v2/cases?last_updated_at={cursor}..&per=1000"),
    )
    .await;
    assert_eq!(body["metadata"]["total"], json!(expected));
    assert!(expected > 0 && expected < 300);
    // `..b` (no lower bound) is silently dropped, as on the real server.
    let (_, all) = get(&p, &format!("/api/v2/cases?last_updated_at=..{cursor}")).await;
    assert_eq!(all["metadata"]["total"], json!(300));
}

#[tokio::test]
async fn filters_by_national_id_status_and_record_id() {
    let p = start(100).await;
    let g = DataGen::new(5);
    let idx = (0..100)
        .find(|i| g.case(*i)["national_id_no"].is_number())
        .unwrap_or(0);
    let (_, hit) = get(&p, &format!("/api/v2/cases?national_id_no={}", g.cid(idx))).await;
    assert_eq!(hit["metadata"]["total"], json!(1));
    let (_, closed) = get(&p, "/api/v2/cases?status=closed&per=1000").await;
    let n = closed["data"].as_array().map(Vec::len).unwrap_or(0);
    assert!(n > 0 && n < 100);
    assert!(
        closed["data"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|c| c["status"] == "closed")
    );
    let id = g.case_meta(3).id;
    let (_, by_record_id) = get(&p, &format!("/api/v2/cases?remote=true&record_id={id}")).await;
    assert_eq!(
        by_record_id["metadata"]["total"],
        json!(0),
        "record_id is not a stored field"
    );
    let (_, by_id) = get(&p, &format!("/api/v2/cases?id={id},{}", g.case_meta(4).id)).await;
    assert_eq!(by_id["metadata"]["total"], json!(2));

    let alias = FakePrimero::start(PrimeroConfig {
        generated_cases: 10,
        seed: 5,
        record_id_filter: RecordIdFilter::AliasOfId,
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts");
    let (_, aliased) = get(&alias, &format!("/api/v2/cases?remote=true&record_id={id}")).await;
    assert_eq!(aliased["data"][0]["id"], json!(id));
}

#[tokio::test]
async fn create_with_and_without_client_id() {
    let p = start(0).await;
    let (s, created) = send(
        &p,
        Method::POST,
        "/api/v2/cases",
        json!({"data": {"name_first": "ทดสอบ"}}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let rec = &created["data"];
    assert_ne!(rec["id"], rec["case_id"]);
    let case_id = rec["case_id"].as_str().unwrap_or_default();
    assert_eq!(rec["short_id"], json!(&case_id[case_id.len() - 7..]));
    assert_eq!(
        (rec["status"].clone(), rec["workflow"].clone()),
        (json!("open"), json!("new"))
    );

    let id = "0b9e4f0c-1111-4222-8333-444455556666";
    let body = json!({"data": {"id": id, "name_first": "A"}});
    let first = primero(&p, Method::POST, "/api/v2/cases")
        .json(&body)
        .send()
        .await
        .expect("reaches");
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    assert_eq!(first.bytes().await.map(|b| b.len()).ok(), Some(0));
    let (s, dup) = send(&p, Method::POST, "/api/v2/cases", body).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(
        dup["errors"][0]["message"],
        json!("Conflict: A record with this id already exists")
    );
    assert_eq!(p.case_count(), 2);
}

#[tokio::test]
async fn invalid_bodies_get_422_with_the_error_envelope() {
    let p = start(1).await;
    let (s, missing) = send(&p, Method::POST, "/api/v2/cases", json!({"name": "x"})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        missing["errors"][0]["message"],
        json!("param is missing or the value is empty: data")
    );
    let (s, double) = send(
        &p,
        Method::POST,
        "/api/v2/cases",
        json!({"data": {"data": {"a": 1}}}),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        double,
        json!({"errors": [{"status": 422, "resource": "/api/v2/cases", "message": "Invalid Record JSON", "detail": ["/data"]}]})
    );
    let id = DataGen::new(5).case_meta(0).id;
    let (s, bad) = send(
        &p,
        Method::PATCH,
        &format!("/api/v2/cases/{id}"),
        json!({"data": {"mark_synced": "yes"}}),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad["errors"][0]["detail"], json!(["/mark_synced"]));
}

#[tokio::test]
async fn unknown_case_is_404_with_status_key() {
    let p = start(1).await;
    let (s, body) = get(&p, "/api/v2/cases/00000000-0000-4000-8000-000000000000").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(body["errors"][0]["status"], json!(404));
    assert_eq!(body["errors"][0]["message"], json!("Not Found"));
    assert_eq!(
        body["errors"][0]["resource"],
        json!("/api/v2/cases/00000000-0000-4000-8000-000000000000")
    );
}

#[tokio::test]
async fn patch_merges_fields_and_subforms_by_unique_id() {
    let p = start(0).await;
    let id = p.insert_case(json!({
        "name_first": "A", "sex": "female", "last_updated_at": "2023-01-01T00:00:00.000Z",
        "services_section": [{"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f61", "service_type": "safehouse_service", "service_implemented": "implemented"},
                             {"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f62", "service_type": "health_medical_service"}]
    }));
    let (s, changed) = send(
        &p,
        Method::PATCH,
        &format!("/api/v2/cases/{id}"),
        json!({"data": {
            "name_first": "B",
            "sex": "female",
            "services_section": [{"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f61", "service_type": "psychosocial_service"},
                                 {"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f62", "_destroy": true},
                                 {"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f63", "service_type": "safehouse_service"}]
        }}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let data = &changed["data"];
    assert_eq!(data["id"], json!(id));
    assert_eq!(data["enabled"], json!(true));
    assert_eq!(data["name_first"], json!("B"));
    assert!(data.get("sex").is_none(), "unchanged fields are not echoed");
    assert!(data.get("last_updated_at").is_some());
    let stored = p.case(&id).unwrap_or_default();
    assert_eq!(stored["sex"], json!("female"));
    assert_eq!(
        stored["services_section"],
        json!([{"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f61", "service_type": "psychosocial_service", "service_implemented": "implemented"},
               {"unique_id": "5f0c3a1e-7b2d-4c8e-9a10-1b2c3d4e5f63", "service_type": "safehouse_service"}])
    );
}

#[tokio::test]
async fn sync_status_is_logged_and_stripped() {
    let p = start(3).await;
    let id = DataGen::new(5).case_meta(1).id;
    let (s, changed) = send(&p, Method::PATCH, &format!("/api/v2/cases/{id}"), json!({"data": {
        "mark_synced": true, "mark_synced_status": "not_found", "mark_synced_url": "https://example.org/inbox"
    }})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(changed["data"]["sync_status"], json!("not_found"));
    let stored = p.case(&id).unwrap_or_default();
    for key in ["mark_synced", "mark_synced_status", "mark_synced_url"] {
        assert!(stored.get(key).is_none(), "{key} stripped");
    }
    assert_eq!(stored["sync_status"], json!("not_found"));
    assert!(stored["synced_at"].is_string());
    // Without a status the outcome derives from mark_synced.
    send(
        &p,
        Method::PATCH,
        &format!("/api/v2/cases/{id}"),
        json!({"data": {"mark_synced": false}}),
    )
    .await;
    let log = p.sync_log(&id);
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[0].status.as_str(), log[0].url.as_deref()),
        ("not_found", Some("https://example.org/inbox"))
    );
    assert_eq!(
        (log[1].status.as_str(), log[1].mark_synced),
        ("failed", Some(false))
    );
    assert!(p.sync_log(&DataGen::new(5).case_meta(2).id).is_empty());
}

#[tokio::test]
async fn metadata_endpoints_have_the_real_envelopes() {
    let p = start(0).await;
    let (_, forms) = get(&p, "/api/v2/forms").await;
    assert!(forms.get("metadata").is_none(), "forms are not paginated");
    assert!(forms["data"][0]["fields"].is_array());
    let (_, lookups) = get(&p, "/api/v2/lookups?per=1000000&page=1").await;
    assert_eq!(lookups["metadata"]["per"], json!(1000));
    assert!(lookups["data"][0]["values"][0]["display_text"]["th"].is_string());
    let (_, locations) = get(&p, "/api/v2/locations?per=1000000").await;
    assert_eq!(
        locations["metadata"]["total"],
        json!(fakes::data::metadata::LOCATION_COUNT)
    );
    assert_eq!(
        locations["data"].as_array().map(Vec::len),
        Some(1000),
        "only the first 1000 on capped servers"
    );
}
