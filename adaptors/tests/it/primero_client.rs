//! `adaptors::primero::Client` against the fake Primero over loopback.

use std::collections::HashSet;

use adaptors::Error;
use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER, PrimeroVersion, TokenMode};
use fakes::{DataGen, FakePrimero};
use serde_json::{Value, json};

async fn fake(cases: u64) -> FakePrimero {
    FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: cases,
        seed: 21,
        ..Default::default()
    })
    .await
    .expect("fake starts")
}

/// A Primero that still answers the login with a token (<= 2.10).
async fn fake_with_tokens(cases: u64) -> FakePrimero {
    FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: cases,
        seed: 21,
        ..fakes::PrimeroConfig::for_version(PrimeroVersion::new(2, 10, 7))
    })
    .await
    .expect("fake starts")
}

fn client(p: &FakePrimero, token: bool) -> Client {
    crate::support::primero_client(p, token, 1000)
}

#[tokio::test]
async fn cases_since_streams_every_page_past_the_cap() {
    let p = fake(2500).await;
    let c = client(&p, false);
    let mut pages = c.cases_since(None);
    let mut ids = HashSet::new();
    let mut sizes = Vec::new();
    while let Some(page) = pages.next_page().await.expect("page") {
        sizes.push(page.cases.len());
        assert_eq!((page.total, page.per), (2500, 1000));
        for case in page.cases {
            ids.insert(case["id"].as_str().unwrap_or_default().to_owned());
        }
    }
    assert_eq!(sizes, vec![1000, 1000, 500]);
    assert_eq!(ids.len(), 2500);
    assert_eq!(p.requests("GET /api/v2/cases"), 3);
    assert!(pages.next_page().await.expect("done").is_none());
    let last = p
        .faults()
        .recent_requests()
        .last()
        .cloned()
        .unwrap_or_default();
    assert!(
        last.contains("page=3") && last.contains("per=1000") && last.contains("order=asc"),
        "{last}"
    );
}

#[tokio::test]
async fn paging_follows_the_servers_effective_per() {
    let p = fake(1200).await;
    p.set_per_cap(Some(500));
    let c = client(&p, false);
    let mut pages = c.cases_since(None);
    let mut n = 0;
    while let Some(page) = pages.next_page().await.expect("page") {
        assert_eq!(page.per, 500);
        n += page.cases.len();
    }
    assert_eq!(
        n, 1200,
        "a client trusting its own per=1000 would miss records"
    );
}

#[tokio::test]
async fn cases_since_applies_the_open_ended_cursor() {
    let p = fake(400).await;
    let g = DataGen::new(21);
    let cursor = g.case(200)["last_updated_at"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let expected = (0..400)
        .filter(|i| g.case_meta(*i).updated_ms >= g.case_meta(200).updated_ms)
        .count();
    let c = client(&p, false);
    let mut pages = c.cases_since(Some(&cursor));
    let mut n = 0;
    while let Some(page) = pages.next_page().await.expect("page") {
        assert!(
            page.cases
                .iter()
                .all(|x| x["last_updated_at"].as_str().unwrap_or_default() >= cursor.as_str())
        );
        n += page.cases.len();
    }
    assert_eq!(n, expected);
    assert!(n < 400);
}

#[tokio::test]
async fn get_find_create_update_and_sync_status() {
    let p = fake(5).await;
    let c = client(&p, false);
    let id = DataGen::new(21).case_meta(2).id;
    assert_eq!(c.get_case(&id).await.expect("exists")["id"], json!(id));
    assert_eq!(
        c.find_by_record_id(&id)
            .await
            .expect("ok")
            .map(|v| v["id"].clone()),
        Some(json!(id))
    );
    let missing = "00000000-0000-4000-8000-000000000000";
    assert!(c.find_by_record_id(missing).await.expect("ok").is_none());
    assert!(matches!(
        c.get_case(missing).await,
        Err(Error::NotFound { .. })
    ));

    let created = c
        .create_case(&json!({"name_first": "ทดสอบ", "national_id_no": "9000000000017"}))
        .await
        .expect("created");
    let new_id = created["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(created["status"], json!("open"));
    let given = json!({"id": "0b9e4f0c-1111-4222-8333-444455556666", "name_first": "B"});
    assert_eq!(c.create_case(&given).await.expect("204")["id"], given["id"]);
    assert!(matches!(
        c.create_case(&given).await,
        Err(Error::Http { status: 409, .. })
    ));

    let changed = c
        .update_case(
            &new_id,
            &json!({"physical_check_2": [{"unique_id": "7c4f1a2b-3d5e-4f60-8a71-92b3c4d5e6f7", "date_6": "2022-01-01"}]}),
        )
        .await
        .expect("patched");
    assert_eq!(
        changed["physical_check_2"][0]["unique_id"],
        json!("7c4f1a2b-3d5e-4f60-8a71-92b3c4d5e6f7")
    );
    c.set_sync_status(&new_id, "synced", Some("https://example.org/inbox"))
        .await
        .expect("status written");
    let log = p.sync_log(&new_id);
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].status.as_str(), log[0].mark_synced),
        ("synced", Some(true))
    );
    assert_eq!(
        p.case(&new_id).unwrap_or_default()["sync_status"],
        json!("synced")
    );
    assert!(
        p.case(&new_id)
            .unwrap_or_default()
            .get("mark_synced_url")
            .is_none()
    );
}

#[tokio::test]
async fn invalid_payloads_are_typed() {
    let p = fake(1).await;
    let c = client(&p, false);
    let id = DataGen::new(21).case_meta(0).id;
    let err = c
        .update_case(&id, &json!({"mark_synced": "yes"}))
        .await
        .err();
    match err {
        Some(Error::Unprocessable { errors, .. }) => {
            assert_eq!(errors[0]["detail"], json!(["/mark_synced"]))
        }
        other => panic!("expected Unprocessable, got {other:?}"),
    }
    assert!(matches!(
        c.update_case(&id, &json!({"data": {"a": 1}})).await,
        Err(Error::Invalid(_))
    ));
    assert!(matches!(
        c.create_case(&json!([1])).await,
        Err(Error::Invalid(_))
    ));
    assert_eq!(
        p.requests("PATCH /api/v2/cases/{id}"),
        1,
        "double wrap rejected before sending"
    );
}

#[tokio::test]
async fn metadata_lookups_and_locations_follow_all_pages() {
    let p = fake(0).await;
    let c = client(&p, false);
    assert_eq!(
        c.forms().await.expect("forms").len(),
        fakes::data::metadata::forms().len()
    );
    assert_eq!(
        c.lookups().await.expect("lookups").len(),
        fakes::data::metadata::lookups().len()
    );
    let locations = c.locations().await.expect("locations");
    assert_eq!(
        locations.len() as u64,
        fakes::data::metadata::LOCATION_COUNT
    );
    assert_eq!(p.requests("GET /api/v2/locations"), 3);
    let codes: HashSet<&str> = locations
        .iter()
        .filter_map(|l| l["code"].as_str())
        .collect();
    assert_eq!(codes.len(), locations.len());
}

#[tokio::test]
async fn token_mode_logs_in_and_relogs_once_on_401() {
    let p = fake_with_tokens(3).await;
    let c = client(&p, true);
    let id = DataGen::new(21).case_meta(1).id;
    c.get_case(&id).await.expect("first call logs in");
    assert_eq!(p.requests("POST /api/v2/tokens"), 1);
    c.get_case(&id).await.expect("token reused");
    assert_eq!(p.requests("POST /api/v2/tokens"), 1);
    p.expire_tokens();
    c.get_case(&id)
        .await
        .expect("re-login cures the expired token");
    assert_eq!(p.requests("POST /api/v2/tokens"), 2);
    assert_eq!(p.status_count("GET /api/v2/cases/{id}", 401), 1);
}

#[tokio::test]
async fn wrong_credentials_and_session_only_servers_are_reported() {
    let p = fake_with_tokens(1).await;
    let bad = Client::new(PrimeroConfig::new(
        p.url(),
        PrimeroAuth::Basic {
            username: DEFAULT_USER.into(),
            password: "wrong-password".into(),
        },
    ))
    .expect("config");
    assert!(matches!(bad.forms().await, Err(Error::Unauthorized { .. })));
    let bad_token = Client::new(PrimeroConfig::new(
        p.url(),
        PrimeroAuth::Token {
            username: DEFAULT_USER.into(),
            password: "wrong-password".into(),
        },
    ))
    .expect("config");
    assert!(matches!(
        bad_token.forms().await,
        Err(Error::Unauthorized { .. })
    ));
    assert_eq!(
        p.requests("POST /api/v2/tokens"),
        1,
        "a failed login is not repeated"
    );

    let session = FakePrimero::start(fakes::PrimeroConfig {
        token_mode: TokenMode::SessionOnly,
        ..Default::default()
    })
    .await
    .expect("starts");
    let err = client(&session, true)
        .forms()
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("Basic"), "{err}");
    let basic: Vec<Value> = client(&session, false)
        .forms()
        .await
        .expect("Basic still works");
    assert!(!basic.is_empty());
}

#[tokio::test]
async fn concurrent_calls_share_one_relogin_after_expiry() {
    let p = FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: 20,
        seed: 21,
        login_rate_limit: Some(3),
        ..fakes::PrimeroConfig::for_version(PrimeroVersion::new(2, 10, 7))
    })
    .await
    .expect("starts");
    let c = client(&p, true);
    let ids: Vec<String> = (0..20).map(|i| DataGen::new(21).case_meta(i).id).collect();
    c.get_case(&ids[0]).await.expect("first login");
    p.expire_tokens();
    let tasks: Vec<_> = ids
        .iter()
        .cloned()
        .map(|id| {
            let c = c.clone();
            tokio::spawn(async move { c.get_case(&id).await.map(|v| v["id"].clone()) })
        })
        .collect();
    for (task, id) in tasks.into_iter().zip(&ids) {
        let got = task.await.expect("task ran").expect("call succeeded");
        assert_eq!(got, json!(id));
    }
    assert_eq!(
        p.requests("POST /api/v2/tokens"),
        2,
        "one login, one shared re-login"
    );
    assert_eq!(p.status_count("POST /api/v2/tokens", 429), 0);
}

#[tokio::test]
async fn instance_url_may_include_the_api_suffix() {
    let p = fake(1).await;
    let auth = PrimeroAuth::Basic {
        username: DEFAULT_USER.into(),
        password: DEFAULT_PASSWORD.into(),
    };
    let c = Client::new(PrimeroConfig::new(format!("{}/api/v2/", p.url()), auth)).expect("config");
    assert!(!c.forms().await.expect("forms").is_empty());
    assert!(matches!(
        Client::new(PrimeroConfig::new(
            "not a url",
            PrimeroAuth::Basic {
                username: "u".into(),
                password: "p".into()
            }
        )),
        Err(Error::Invalid(_))
    ));
}
