//! Contract tests: one per adaptor call the two Thailand workflows make, run against the fakes
//! over loopback. Each checks the request the adaptor sends (method, path, query, as the fake
//! recorded it; a body the fake would reject with 422 fails the call) and the answer the fake
//! gives against the reference's example for that call (`primero-api-v2.md`,
//! `thailand-workflows.md`).
//!
//! The calls: Primero `GET /cases` (changed since), `GET /cases/{id}`, `PATCH /cases/{id}`,
//! `POST /cases` with a client id, `PATCH /cases/{id}` with the sync status, `POST /tokens`;
//! HIS `POST /Users/login`, `GET /people/findOne` with and without history,
//! `GET /interventions/findOne`, `POST /interventions`, `PATCH /interventions/{id}`.

use adaptors::Error;
use adaptors::moph::{Cid, Client as Moph, MophConfig};
use adaptors::primero::Client as Primero;
use fakes::primero::PrimeroVersion;
use fakes::{DataGen, FakeMoph, FakePrimero};
use serde_json::{Value, json};

use crate::support::{policy, query_param};

const SEED: u64 = 11;

async fn primero(cases: u64, version: PrimeroVersion) -> FakePrimero {
    FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: cases,
        seed: SEED,
        ..fakes::PrimeroConfig::for_version(version)
    })
    .await
    .expect("fake Primero starts")
}

fn primero_client(p: &FakePrimero, token: bool) -> Primero {
    crate::support::primero_client(p, token, 1000)
}

async fn moph(people: u64) -> (FakeMoph, Moph) {
    let m = FakeMoph::start(fakes::MophConfig {
        seed: SEED,
        generated_people: people,
        ..Default::default()
    })
    .await
    .expect("fake HIS starts");
    let c = Moph::new(MophConfig {
        policy: policy(),
        ..MophConfig::new(
            m.url(),
            fakes::moph::DEFAULT_EMAIL,
            fakes::moph::DEFAULT_PASSWORD,
        )
    })
    .expect("config");
    (m, c)
}

/// The recorded requests (`"METHOD /path?query"`) that start with `prefix`.
fn sent(lines: Vec<String>, prefix: &str) -> Vec<String> {
    lines
        .into_iter()
        .filter(|l| l.starts_with(prefix))
        .collect()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    k.sort_unstable();
    k
}

/// A person index the fake HIS has, with a risk model and interventions.
fn person_with_risk(g: DataGen, n: u64) -> u64 {
    (0..n)
        .find(|i| {
            g.person_exists(*i) && g.riskmodel(*i).is_some() && !g.interventions(*i).is_empty()
        })
        .unwrap_or(0)
}

// ---- Primero ----------------------------------------------------------------------------

#[tokio::test]
async fn primero_get_cases_changed_since() {
    // Reference §5.1 / §1.1: `GET /api/v2/cases?last_updated_at=<iso>..&page&per&order_by`,
    // answer `{"data": [...], "metadata": {"total", "per", "page"}}` with `per` the effective one.
    let p = primero(1200, PrimeroVersion::LATEST).await;
    let c = primero_client(&p, false);
    let since = "2023-01-01T00:00:00.000Z";
    let mut pages = c.cases_changed_since(since);
    let first = pages.next_page().await.expect("page").expect("a page");
    assert_eq!(
        (first.total, first.per),
        (1200, 1000),
        "metadata echoes the clamped per"
    );
    let line = sent(p.faults().recent_requests(), "GET /api/v2/cases?").remove(0);
    assert_eq!(
        query_param(&line, "last_updated_at").as_deref(),
        Some("2023-01-01T00:00:00.000Z..")
    );
    assert_eq!(query_param(&line, "page").as_deref(), Some("1"));
    assert!(query_param(&line, "per").is_some_and(|per| per.parse::<u64>().is_ok()));
    let case = &first.cases[0];
    for key in [
        "id",
        "enabled",
        "case_id",
        "short_id",
        "case_id_display",
        "status",
        "last_updated_at",
    ] {
        assert!(case.get(key).is_some(), "{key} as in the reference example");
    }
    assert_ne!(case["id"], case["case_id"], "id and case_id differ");
    let mut total = first.cases.len();
    while let Some(page) = pages.next_page().await.expect("page") {
        total += page.cases.len();
    }
    assert_eq!(total, 1200, "every page followed");
}

#[tokio::test]
async fn primero_get_case_by_record_id() {
    // Reference §5.2: 200 `{"data": {...}}`; 404 envelope for an unknown id.
    let p = primero(3, PrimeroVersion::LATEST).await;
    let c = primero_client(&p, false);
    let id = DataGen::new(SEED).case_meta(1).id;
    let case = c.find_by_record_id(&id).await.expect("ok").expect("found");
    assert_eq!(case["id"], json!(id));
    assert!(
        c.find_by_record_id("00000000-0000-4000-8000-000000000000")
            .await
            .expect("ok")
            .is_none()
    );
    let lines = sent(p.faults().recent_requests(), "GET /api/v2/cases/");
    assert_eq!(
        lines,
        [
            format!("GET /api/v2/cases/{id}"),
            "GET /api/v2/cases/00000000-0000-4000-8000-000000000000".to_owned()
        ]
    );
    assert_eq!(p.status_count("GET /api/v2/cases/{id}", 404), 1);
}

#[tokio::test]
async fn primero_patch_case() {
    // Reference §5.5: `PATCH /cases/:id` `{"data": {...}}`, merge; 200 with id, enabled and
    // the changed fields; 422 "Invalid Record JSON" with pointers.
    let p = primero(3, PrimeroVersion::LATEST).await;
    let c = primero_client(&p, false);
    let id = DataGen::new(SEED).case_meta(0).id;
    let changed = c
        .update_case(&id, &json!({"name_first": "ทดสอบ", "date_of_birth": "2012-05-01",
            "physical_check_2": [{"unique_id": "0f6a5b4c-3d2e-4f10-8a9b-c0d1e2f3a4b5", "date_6": "2024-01-02"}]}))
        .await
        .expect("patched");
    assert_eq!(changed["id"], json!(id));
    assert_eq!(changed["enabled"], json!(true));
    assert_eq!(changed["name_first"], json!("ทดสอบ"));
    assert_eq!(
        sent(p.faults().recent_requests(), "PATCH"),
        [format!("PATCH /api/v2/cases/{id}")]
    );
    match c
        .update_case(&id, &json!({"date_of_birth": "", "no_such_field": 1}))
        .await
    {
        Err(Error::Unprocessable { errors, .. }) => {
            assert_eq!(errors[0]["message"], json!("Invalid Record JSON"));
            assert_eq!(
                errors[0]["detail"],
                json!(["/date_of_birth", "/no_such_field"])
            );
        }
        other => panic!("expected 422, got {other:?}"),
    }
    assert_eq!(
        p.case(&id).unwrap_or_default()["date_of_birth"],
        json!("2012-05-01")
    );
}

#[tokio::test]
async fn primero_post_case_with_client_id() {
    // Reference §3 / §5.3: `POST /cases` with `data.id` -> 204 no body; again -> 409.
    let p = primero(0, PrimeroVersion::LATEST).await;
    let c = primero_client(&p, false);
    let id = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b";
    let created = c
        .create_case(&json!({"id": id, "name_first": "ก"}))
        .await
        .expect("created");
    assert_eq!(created["id"], json!(id));
    assert_eq!(p.status_count("POST /api/v2/cases", 204), 1);
    assert!(matches!(
        c.create_case(&json!({"id": id})).await,
        Err(Error::Http { status: 409, .. })
    ));
    assert_eq!(
        sent(p.faults().recent_requests(), "POST"),
        ["POST /api/v2/cases", "POST /api/v2/cases"]
    );
}

#[tokio::test]
async fn primero_set_sync_status() {
    // Reference §7: PATCH with mark_synced / mark_synced_status / mark_synced_url; stripped,
    // logged, exposed as sync_status / synced_at.
    let p = primero(2, PrimeroVersion::LATEST).await;
    let c = primero_client(&p, false);
    let id = DataGen::new(SEED).case_meta(1).id;
    c.set_sync_status(&id, "not_found", Some("https://example.org/hook"))
        .await
        .expect("written");
    let log = p.sync_log(&id);
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].status.as_str(), log[0].mark_synced),
        ("not_found", Some(true))
    );
    assert_eq!(log[0].url.as_deref(), Some("https://example.org/hook"));
    let stored = p.case(&id).unwrap_or_default();
    assert!(stored.get("mark_synced").is_none() && stored["synced_at"].is_string());
    assert_eq!(
        sent(p.faults().recent_requests(), "PATCH"),
        [format!("PATCH /api/v2/cases/{id}")]
    );
}

#[tokio::test]
async fn primero_token_login_per_version() {
    // Reference §2.2: <= 2.10 answers `{"id","user_name","token"}` and the client sends
    // `Bearer`; >= 2.11 answers without a token and the client says to use Basic auth.
    let old = primero(1, "2.10.7".parse().expect("version")).await;
    let c = primero_client(&old, true);
    c.login().await.expect("token login");
    assert_eq!(old.requests("POST /api/v2/tokens"), 1);
    assert!(!c.forms().await.expect("forms with Bearer").is_empty());
    let new = primero(1, "2.11.0".parse().expect("version")).await;
    let err = primero_client(&new, true)
        .login()
        .await
        .err()
        .map(|e| e.to_string());
    assert!(
        err.as_deref().is_some_and(|e| e.contains("Basic")),
        "{err:?}"
    );
}

// ---- HIS / Child Shield -------------------------------------------------------------------

#[tokio::test]
async fn his_login() {
    // `POST /api/Users/login` -> `{"id": <token>, "ttl", "created", "userId"}`; the token then
    // rides as `access_token`.
    let (m, c) = moph(3).await;
    c.login().await.expect("login");
    let g = DataGen::new(SEED);
    let i = person_with_risk(g, 3);
    c.person(&Cid::parse(&g.cid(i)).expect("cid")).await.ok();
    let lines = m.faults().recent_requests();
    assert_eq!(lines[0], "POST /api/Users/login");
    assert!(
        lines[1..]
            .iter()
            .all(|l| query_param(l, "access_token").is_some_and(|t| t.len() == 64))
    );
}

#[tokio::test]
async fn his_person_with_history() {
    // `GET /api/people/findOne?filter={"where":{"cid"},"include":[interventions (vstdate DESC,
    // 50), riskmodel]}` -> the person with `interventions` and `riskmodel`; 404 MODEL_NOT_FOUND.
    let g = DataGen::new(SEED);
    let (m, c) = moph(40).await;
    let i = person_with_risk(g, 40);
    let cid = Cid::parse(&g.cid(i)).expect("cid");
    let p = c.person_with_history(&cid).await.expect("found");
    assert_eq!(p["cid"], json!(g.cid(i)));
    assert!(p["interventions"].is_array() && p["riskmodel"].is_object());
    let line = sent(m.faults().recent_requests(), "GET /api/people/findOne").remove(0);
    let filter: Value =
        serde_json::from_str(&query_param(&line, "filter").unwrap_or_default()).unwrap_or_default();
    assert_eq!(filter["where"], json!({"cid": g.cid(i)}));
    assert_eq!(
        filter["include"][0],
        json!({"relation": "interventions", "scope": {"order": "vstdate DESC", "limit": 50}})
    );
    assert_eq!(filter["include"][1], json!({"relation": "riskmodel"}));
    let missing = (0..40).find(|i| !g.person_exists(*i)).unwrap_or(0);
    assert!(matches!(
        c.person_with_history(&Cid::parse(&g.cid(missing)).expect("cid"))
            .await,
        Err(Error::NotFound { .. })
    ));
}

#[tokio::test]
async fn his_person() {
    // `GET /api/people/findOne?filter={"where":{"cid":…}}` -> the bare person.
    let g = DataGen::new(SEED);
    let (m, c) = moph(10).await;
    let i = (0..10).find(|i| g.person_exists(*i)).unwrap_or(0);
    let p = c
        .person(&Cid::parse(&g.cid(i)).expect("cid"))
        .await
        .expect("found");
    assert_eq!(p["cid"], json!(g.cid(i)));
    assert!(p.get("interventions").is_none());
    let line = sent(m.faults().recent_requests(), "GET /api/people/findOne").remove(0);
    assert_eq!(
        query_param(&line, "filter"),
        Some(format!(r#"{{"where":{{"cid":"{}"}}}}"#, g.cid(i)))
    );
}

#[tokio::test]
async fn his_find_primeroservice_intervention() {
    // `GET /api/interventions/findOne?filter={"where":{"cid", "activities.primeroservice.
    // serviceType":"primero"}}` -> the intervention, or 404 (absent, not an error).
    let (m, c) = moph(0).await;
    let cid = "9000000000017";
    m.insert_person(json!({"cid": cid, "id": "p1"}), None);
    let parsed = Cid::parse(cid).expect("cid");
    assert!(
        c.find_primero_intervention(&parsed)
            .await
            .expect("ok")
            .is_none()
    );
    m.insert_intervention(json!({"cid": cid, "personId": "p1", "activities": {"primeroservice": {"serviceType": "primero"}}}));
    let found = c
        .find_primero_intervention(&parsed)
        .await
        .expect("ok")
        .expect("found");
    assert!(found["id"].is_string());
    let lines = sent(
        m.faults().recent_requests(),
        "GET /api/interventions/findOne",
    );
    assert_eq!(lines.len(), 2);
    let filter: Value = serde_json::from_str(&query_param(&lines[0], "filter").unwrap_or_default())
        .unwrap_or_default();
    assert_eq!(
        filter,
        json!({"where": {"cid": cid, "activities.primeroservice.serviceType": "primero"}})
    );
    assert_eq!(m.status_count("GET /api/interventions/findOne", 404), 1);
}

#[tokio::test]
async fn his_create_intervention() {
    // `POST /api/interventions` with the document -> the stored document with its `id`.
    let (m, c) = moph(0).await;
    let doc = json!({"cid": "9000000000025", "personId": "p2",
        "activities": {"primeroservice": {"serviceType": "primero", "2024-01-02": {"caseId": "x"}}}});
    let created = c.create_intervention(&doc).await.expect("created");
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    assert!(!id.is_empty());
    assert_eq!(created["activities"], doc["activities"]);
    assert_eq!(
        m.intervention(&id).map(|d| d["cid"].clone()),
        Some(json!("9000000000025"))
    );
    assert_eq!(
        sent(m.faults().recent_requests(), "POST /api/interventions").len(),
        1
    );
}

#[tokio::test]
async fn his_patch_intervention_day() {
    // `PATCH /api/interventions/{id}` `{"activities.primeroservice.<day>": {...}}` -> the
    // document with that day set and the other days kept.
    let (m, c) = moph(0).await;
    let created = m.insert_intervention(json!({"cid": "9000000000033", "personId": "p3",
        "activities": {"primeroservice": {"serviceType": "primero", "2024-01-01": {"n": 1}}}}));
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    c.patch_intervention_day(&id, "2024-01-02", &json!({"n": 2}))
        .await
        .expect("patched");
    let stored = m.intervention(&id).unwrap_or_default();
    let days = &stored["activities"]["primeroservice"];
    assert_eq!(
        (
            days["2024-01-01"]["n"].clone(),
            days["2024-01-02"]["n"].clone()
        ),
        (json!(1), json!(2))
    );
    let patches = sent(m.faults().recent_requests(), "PATCH");
    assert_eq!(patches.len(), 1);
    assert!(patches[0].starts_with(&format!("PATCH /api/interventions/{id}?access_token=")));
    assert!(keys(&stored).contains(&"cid"));
}
