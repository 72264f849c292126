//! The fake MOPH HIS / Child Shield API over real loopback HTTP.

use std::time::Duration;

use fakes::moph::DEFAULT_EMAIL;
use fakes::{DataGen, FakeMoph, MophConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{answer, moph_login};

async fn start(people: u64) -> FakeMoph {
    FakeMoph::start(MophConfig {
        seed: 8,
        generated_people: people,
        ..MophConfig::default()
    })
    .await
    .expect("fake MOPH starts")
}

async fn token(m: &FakeMoph) -> String {
    let body = moph_login(m).await;
    assert!(body["ttl"].is_u64());
    assert!(body["created"].is_string() && body["userId"].is_string());
    body["id"].as_str().unwrap_or_default().to_owned()
}

async fn find(m: &FakeMoph, model: &str, filter: &Value, token: &str) -> (StatusCode, Value) {
    answer(
        reqwest::Client::new()
            .get(format!("{}/{model}/findOne", m.url()))
            .query(&[
                ("filter", filter.to_string().as_str()),
                ("access_token", token),
            ]),
    )
    .await
}

fn with_history(cid: &str) -> Value {
    json!({"where": {"cid": cid}, "include": [
        {"relation": "interventions", "scope": {"order": "vstdate DESC", "limit": 50}},
        {"relation": "riskmodel"}]})
}

#[tokio::test]
async fn login_and_access_token_are_required() {
    let m = start(5).await;
    assert!(m.url().ends_with("/api"));
    let bad = reqwest::Client::new()
        .post(format!("{}/Users/login", m.url()))
        .json(&json!({"email": DEFAULT_EMAIL, "password": "wrong"}))
        .send()
        .await
        .expect("reaches");
    assert_eq!(bad.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        bad.json::<Value>().await.unwrap_or_default()["error"]["code"],
        json!("LOGIN_FAILED")
    );
    let (s, body) = find(&m, "people", &json!({"where": {"cid": "1"}}), "not-a-token").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["code"], json!("AUTHORIZATION_REQUIRED"));
    let login = moph_login(&m).await;
    assert_eq!(login["ttl"], json!(1_209_600), "14 days like the real API");
    let t = token(&m).await;
    m.expire_tokens();
    let (s, _) = find(&m, "people", &json!({"where": {"cid": "1"}}), &t).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "expired token");
    m.set_token_ttl(Duration::from_secs(60));
    let (s, _) = find(
        &m,
        "people",
        &json!({"where": {"cid": "1"}}),
        &token(&m).await,
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_person_is_the_reference_model_not_found_body() {
    let m = start(5).await;
    let t = token(&m).await;
    let (s, body) = find(&m, "people", &with_history("1234567890123"), &t).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let e = &body["error"];
    assert_eq!(e["statusCode"], json!(404));
    assert_eq!(e["status"], json!(404));
    assert_eq!(e["name"], json!("Error"));
    assert_eq!(e["code"], json!("MODEL_NOT_FOUND"));
    assert_eq!(e["message"], json!("Unknown \"person\" id \"undefined\"."));
    assert!(
        e["stack"]
            .as_str()
            .is_some_and(|s| s.starts_with("Error: Unknown \"person\""))
    );
    if let Some(fixture) = fakes::shared::real_fixture("state_HISpersonEndpointNotFound.json") {
        let text = std::fs::read_to_string(&fixture).expect("the shared sample is readable");
        let real: Value = serde_json::from_str(&text).expect("the shared sample is JSON");
        for key in ["statusCode", "name", "message", "status", "code"] {
            assert_eq!(e[key], real["error"][key], "{key}");
        }
    }
}

#[tokio::test]
async fn person_with_history_orders_limits_and_includes_riskmodel() {
    let m = start(0).await;
    let cid = "9000000000017";
    m.insert_person(
        json!({"cid": cid, "id": "p1", "fname": "ทดสอบ"}),
        Some(json!({"riskLevel": "low"})),
    );
    for i in 0..60 {
        m.insert_intervention(json!({"cid": cid, "personId": "p1", "vstdate": format!("2022-{:02}-{:02}", 1 + i % 12, 1 + i % 28)}));
    }
    m.insert_intervention(
        json!({"cid": cid, "personId": "p1", "activities": {"2022-09-13": {"form1": "a"}}}),
    );
    let t = token(&m).await;
    let (s, p) = find(&m, "people", &with_history(cid), &t).await;
    assert_eq!(s, StatusCode::OK);
    let ivs = p["interventions"].as_array().cloned().unwrap_or_default();
    assert_eq!(ivs.len(), 50);
    let dates: Vec<&str> = ivs.iter().filter_map(|i| i["vstdate"].as_str()).collect();
    assert_eq!(
        dates.len(),
        50,
        "the entry without vstdate sorts last and is cut"
    );
    assert!(dates.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(p["riskmodel"], json!({"riskLevel": "low"}));
    let (_, bare) = find(&m, "people", &json!({"where": {"cid": cid}}), &t).await;
    assert!(bare.get("interventions").is_none() && bare.get("riskmodel").is_none());
    // A numeric cid is coerced like LoopBack does for a string property.
    let (s, _) = find(
        &m,
        "people",
        &json!({"where": {"cid": 9_000_000_000_017_u64}}),
        &t,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn generated_people_link_to_case_indexes() {
    let m = start(50).await;
    let g = DataGen::new(8);
    let idx = (0..50)
        .find(|i| g.person_exists(*i) && g.riskmodel(*i).is_some())
        .unwrap_or(0);
    let t = token(&m).await;
    let (s, p) = find(&m, "people", &with_history(&g.cid(idx)), &t).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(p["cid"], json!(g.cid(idx)));
    assert_eq!(
        p["interventions"].as_array().map(Vec::len),
        Some(g.interventions(idx).len())
    );
    assert!(p["riskmodel"]["riskLevel"].is_string());
    assert_eq!(
        Some(p),
        g.person_with_history(idx),
        "served exactly as generated"
    );
    let missing = (0..50).find(|i| !g.person_exists(*i)).unwrap_or(0);
    let (s, _) = find(&m, "people", &with_history(&g.cid(missing)), &t).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // LoopBack findOne with an empty where returns the first person (defect 2/3 of the reference).
    let (s, any) = find(&m, "people", &json!({"where": {}}), &t).await;
    assert_eq!(s, StatusCode::OK);
    assert!(any["cid"].is_string());
}

#[tokio::test]
async fn interventions_find_create_and_dotted_patch() {
    let m = start(0).await;
    let t = token(&m).await;
    let cid = "9000000000025";
    let by_service =
        json!({"where": {"cid": cid, "activities.primeroservice.serviceType": "primero"}});
    let (s, body) = find(&m, "interventions", &by_service, &t).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(
        body["error"]["message"],
        json!("Unknown \"intervention\" id \"undefined\".")
    );
    m.insert_intervention(
        json!({"cid": cid, "vstdate": "2022-01-01", "activities": {"assessment": []}}),
    );
    let client = reqwest::Client::new();
    let created: Value = client
        .post(format!("{}/interventions", m.url()))
        .query(&[("access_token", t.as_str())])
        .json(&json!({"cid": cid, "personId": "p9", "activities": {"primeroservice": {"serviceType": "primero", "2022-08-25": {"a": 1}}}}))
        .send()
        .await
        .expect("reaches")
        .json()
        .await
        .unwrap_or_default();
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(id.len(), 24);
    let (s, found) = find(&m, "interventions", &by_service, &t).await;
    assert_eq!((s, found["id"].clone()), (StatusCode::OK, json!(id)));
    // `fields`: the answer holds only the properties asked for (WF1 asks for the id).
    let mut id_only = by_service.clone();
    id_only["fields"] = json!({"id": true});
    let (s, narrow) = find(&m, "interventions", &id_only, &t).await;
    assert_eq!((s, narrow), (StatusCode::OK, json!({"id": id})));
    m.insert_person(json!({"cid": cid, "id": "p9", "fname": "ทดสอบ"}), None);
    let (s, person) = find(
        &m,
        "people",
        &json!({"where": {"cid": cid}, "fields": {"id": true, "cid": true}}),
        &t,
    )
    .await;
    assert_eq!(
        (s, person),
        (StatusCode::OK, json!({"id": "p9", "cid": cid}))
    );
    // As in LoopBack, `fields` does not drop an included relation.
    let (s, person) = find(
        &m,
        "people",
        &json!({"where": {"cid": cid}, "fields": {"id": true}, "include": "interventions"}),
        &t,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(person["id"], json!("p9"));
    assert!(person.get("fname").is_none(), "{person}");
    assert_eq!(person["interventions"].as_array().map(Vec::len), Some(2));
    let patched = client
        .patch(format!("{}/interventions/{id}", m.url()))
        .query(&[("access_token", t.as_str())])
        .json(&json!({"activities.primeroservice.2022-09-16": [{"b": 2}]}))
        .send()
        .await
        .expect("reaches");
    assert_eq!(patched.status(), StatusCode::OK);
    let stored = m.intervention(&id).unwrap_or_default();
    assert_eq!(
        stored["activities"]["primeroservice"],
        json!({"serviceType": "primero", "2022-08-25": {"a": 1}, "2022-09-16": [{"b": 2}]})
    );
    assert!(
        stored.get("activities.primeroservice.2022-09-16").is_none(),
        "dotted key is a path, not a key"
    );
    assert_eq!(m.interventions(cid).len(), 2);
    let missing = client
        .patch(format!(
            "{}/interventions/ffffffffffffffffffffffff",
            m.url()
        ))
        .query(&[("access_token", t.as_str())])
        .json(&json!({"a": 1}))
        .send()
        .await
        .expect("reaches");
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}
