//! `adaptors::moph::Client` against the fake MOPH API over loopback.

use std::time::Duration;

use adaptors::Error;
use adaptors::moph::{Cid, Client, MophConfig, filters};
use fakes::moph::{DEFAULT_EMAIL, DEFAULT_PASSWORD};
use fakes::{DataGen, FakeMoph};
use serde_json::json;

use crate::support::{policy, query_param};

async fn fake(people: u64) -> FakeMoph {
    FakeMoph::start(fakes::MophConfig {
        seed: 33,
        generated_people: people,
        ..Default::default()
    })
    .await
    .expect("fake starts")
}

fn client(m: &FakeMoph) -> Client {
    Client::new(MophConfig {
        policy: policy(),
        ..MophConfig::new(m.url(), DEFAULT_EMAIL, DEFAULT_PASSWORD)
    })
    .expect("valid config")
}

#[tokio::test]
async fn person_with_history_sends_the_reference_filter_and_token_in_the_query() {
    let m = fake(40).await;
    let g = DataGen::new(33);
    let idx = (0..40)
        .find(|i| g.person_exists(*i) && !g.interventions(*i).is_empty())
        .unwrap_or(0);
    let dashed = format!("{}-{}", &g.cid(idx)[..1], &g.cid(idx)[1..]);
    let cid = Cid::parse(&dashed).expect("dashes are stripped");
    let c = client(&m);
    let person = c.person_with_history(&cid).await.expect("found");
    assert_eq!(person["cid"], json!(g.cid(idx)));
    let ivs = person["interventions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(ivs.len(), g.interventions(idx).len().min(50));
    let line = m
        .faults()
        .recent_requests()
        .into_iter()
        .find(|l| l.contains("findOne"))
        .unwrap_or_default();
    assert_eq!(
        query_param(&line, "filter"),
        Some(filters::person_with_history(&cid))
    );
    assert!(query_param(&line, "access_token").is_some_and(|t| t.len() == 64));
    assert_eq!(m.requests("POST /api/Users/login"), 1);
    let bare = c
        .person(
            &Cid::from_value(&json!(g.cid(idx).parse::<u64>().unwrap_or(0)))
                .expect("numbers accepted"),
        )
        .await
        .expect("found");
    assert!(bare.get("interventions").is_none());
}

#[tokio::test]
async fn unknown_person_is_not_found_with_the_loopback_code() {
    let m = fake(0).await;
    let c = client(&m);
    match c
        .person_with_history(&Cid::parse("9000000000017").expect("digits"))
        .await
    {
        Err(Error::NotFound { code, .. }) => assert_eq!(code.as_deref(), Some("MODEL_NOT_FOUND")),
        other => panic!("expected NotFound, got {other:?}"),
    }
    assert_eq!(
        m.requests("GET /api/people/findOne"),
        1,
        "404 is not retried"
    );
}

#[tokio::test]
async fn primero_intervention_find_create_and_patch_day() {
    let m = fake(0).await;
    let c = client(&m);
    let cid = Cid::parse("9000000000025").expect("digits");
    m.insert_person(json!({"cid": cid.as_str(), "id": "pid1"}), None);
    assert!(
        c.find_primero_intervention(&cid)
            .await
            .expect("ok")
            .is_none()
    );
    let doc = json!({"cid": cid.as_str(), "personId": "pid1",
                     "activities": {"primeroservice": {"serviceType": "primero", "2022-08-25": {"a": 1}}}});
    let created = c.create_intervention(&doc).await.expect("created");
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    let found = c
        .find_primero_intervention(&cid)
        .await
        .expect("ok")
        .unwrap_or_default();
    assert_eq!(found["id"], json!(id));
    let day = json!([{"basic_identity": {"case_id_display": "d59eaa8"}}]);
    c.patch_intervention_day(&id, "2022-09-16", &day)
        .await
        .expect("patched");
    let stored = m.intervention(&id).unwrap_or_default();
    assert_eq!(stored["activities"]["primeroservice"]["2022-09-16"], day);
    assert_eq!(
        stored["activities"]["primeroservice"]["2022-08-25"],
        json!({"a": 1})
    );
    assert!(matches!(
        c.patch_intervention_day(&id, "16/09/2022", &day).await,
        Err(Error::Invalid(_))
    ));
    assert!(matches!(
        c.patch_intervention_day("ffffffffffffffffffffffff", "2022-09-16", &day)
            .await,
        Err(Error::NotFound { .. })
    ));
}

#[tokio::test]
async fn expired_token_triggers_one_relogin() {
    let m = fake(0).await;
    let c = client(&m);
    let cid = Cid::parse("9000000000033").expect("digits");
    assert!(
        c.find_primero_intervention(&cid)
            .await
            .expect("ok")
            .is_none()
    );
    m.expire_tokens();
    assert!(
        c.find_primero_intervention(&cid)
            .await
            .expect("re-login")
            .is_none()
    );
    assert_eq!(m.requests("POST /api/Users/login"), 2);
    assert_eq!(m.status_count("GET /api/interventions/findOne", 401), 1);
}

#[tokio::test]
async fn auth_errors_are_not_mistaken_for_absent_interventions() {
    let m = fake(0).await;
    let c = Client::new(MophConfig {
        policy: policy(),
        ..MophConfig::new(m.url(), DEFAULT_EMAIL, "wrong-password")
    })
    .expect("config");
    let cid = Cid::parse("9000000000033").expect("digits");
    assert!(matches!(
        c.find_primero_intervention(&cid).await,
        Err(Error::Unauthorized { .. })
    ));
    m.faults().fail_next(
        "GET /api/interventions/findOne",
        5,
        fakes::Fault::status(500),
    );
    let ok = client(&m);
    assert!(matches!(
        ok.find_primero_intervention(&cid).await,
        Err(Error::Http { status: 500, .. })
    ));
}

#[tokio::test]
async fn moph_faults_are_retried_by_method() {
    let m = fake(0).await;
    let c = client(&m);
    m.faults().fail_next(
        "POST /api/Users/login",
        1,
        fakes::Fault::Status {
            status: 503,
            retry_after: Some(Duration::from_millis(30)),
        },
    );
    let cid = Cid::parse("9000000000041").expect("digits");
    let created = c
        .create_intervention(&json!({"cid": cid.as_str(), "activities": {"primeroservice": {"serviceType": "primero"}}}))
        .await
        .expect("login retried after 503");
    assert_eq!(m.requests("POST /api/Users/login"), 2);
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    m.faults().fail_next(
        "PATCH /api/interventions/{id}",
        2,
        fakes::Fault::status(500),
    );
    c.patch_intervention_day(&id, "2024-01-02", &json!({"x": 1}))
        .await
        .expect("PATCH is retried");
    assert_eq!(m.requests("PATCH /api/interventions/{id}"), 3);
    m.faults()
        .fail_next("POST /api/interventions", 1, fakes::Fault::status(500));
    assert!(matches!(
        c.create_intervention(&json!({"cid": "1"})).await,
        Err(Error::Http { status: 500, .. })
    ));
    assert_eq!(
        m.requests("POST /api/interventions"),
        2,
        "one create, one failed create not retried"
    );
    assert_eq!(m.interventions(cid.as_str()).len(), 1);
}

/// The lean calls the workflow uses read only ids back, and send what the full ones send.
#[tokio::test]
async fn lean_find_create_and_set_day_store_what_the_full_calls_store() {
    let m = fake(0).await;
    let c = client(&m);
    let cid = Cid::parse("9000000000033").expect("digits");
    m.insert_person(
        json!({"cid": cid.as_str(), "id": "pid7", "fname": "x"}),
        None,
    );
    assert_eq!(
        c.find_primero_intervention_id(&cid).await.expect("ok"),
        None
    );
    let person = c.person_ref(&cid).await.expect("person");
    assert_eq!(person.id, Some(json!("pid7")));
    assert_eq!(person.cid, Some(json!(cid.as_str())));
    let first = json!({"a": [1, "two"]});
    let created = c
        .create_primero_intervention(&person, &cid, "2022-08-25", &first)
        .await
        .expect("created");
    let id = created.id.clone().expect("an id");
    let found = c
        .find_primero_intervention_id(&cid)
        .await
        .expect("ok")
        .expect("found");
    assert_eq!(found.id, Some(id.clone()));
    let id = id.as_str().unwrap_or_default().to_owned();
    let stored = m.intervention(&id).unwrap_or_default();
    assert_eq!(stored["cid"], json!(cid.as_str()));
    assert_eq!(stored["personId"], json!("pid7"));
    assert_eq!(
        stored["activities"]["primeroservice"],
        json!({"serviceType": "primero", "2022-08-25": first})
    );
    let day = json!({"b": 2});
    c.set_intervention_day(&id, "2022-09-16", &day)
        .await
        .expect("set");
    let stored = m.intervention(&id).unwrap_or_default();
    assert_eq!(stored["activities"]["primeroservice"]["2022-09-16"], day);
    assert_eq!(stored["activities"]["primeroservice"]["2022-08-25"], first);
    assert!(matches!(
        c.set_intervention_day(&id, "16/09/2022", &day).await,
        Err(Error::Invalid(_))
    ));
    assert!(matches!(
        c.set_intervention_day("ffffffffffffffffffffffff", "2022-09-16", &day)
            .await,
        Err(Error::NotFound { .. })
    ));
    // The answer is not parsed, but a cut-off or non-JSON answer is still malformed (and the
    // PATCH, which can be repeated, is asked again).
    let before = m.requests("PATCH /api/interventions/{id}");
    m.faults().fail_next(
        "PATCH /api/interventions/{id}",
        5,
        fakes::Fault::MalformedJson,
    );
    assert!(matches!(
        c.set_intervention_day(&id, "2022-09-17", &day).await,
        Err(Error::MalformedBody { .. })
    ));
    assert!(m.requests("PATCH /api/interventions/{id}") > before + 1);
}
