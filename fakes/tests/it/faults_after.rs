//! Faults after processing (the create is stored, then the answer fails), random faults from
//! a spec line, and duplicate cases of one child in the same page, over real HTTP.

use std::time::Duration;

use fakes::{FakeMoph, FakePrimero, Fault, FaultConfig, MophConfig, PrimeroConfig};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{answer, primero};

const CREATE: &str = "POST /api/interventions";

async fn moph(faults: FaultConfig) -> (FakeMoph, reqwest::Client, String) {
    let m = FakeMoph::start(MophConfig {
        faults,
        ..MophConfig::default()
    })
    .await
    .expect("starts");
    let token = crate::support::moph_token(&m).await;
    (m, reqwest::Client::new(), token)
}

async fn create(
    m: &FakeMoph,
    c: &reqwest::Client,
    token: &str,
    cid: &str,
) -> reqwest::Result<reqwest::Response> {
    c.post(format!("{}/interventions", m.url()))
        .query(&[("access_token", token)])
        .json(&json!({"cid": cid, "activities": {"primeroservice": {"serviceType": "primero"}}}))
        .send()
        .await
}

#[tokio::test]
async fn a_503_after_processing_has_stored_the_create() {
    let (m, c, token) = moph(FaultConfig::default()).await;
    m.faults().fail_next(
        CREATE,
        1,
        Fault::StatusAfter {
            status: 503,
            retry_after: Some(Duration::from_secs(1)),
        },
    );
    let r = create(&m, &c, &token, "9000000000011")
        .await
        .expect("reaches");
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(r.headers()["retry-after"], "1");
    assert_eq!(
        m.interventions("9000000000011").len(),
        1,
        "stored before the 503"
    );
    // The same fault before processing stores nothing.
    m.faults().fail_next(CREATE, 1, Fault::status(503));
    let r = create(&m, &c, &token, "9000000000012")
        .await
        .expect("reaches");
    assert_eq!(r.status().as_u16(), 503);
    assert!(m.interventions("9000000000012").is_empty());
}

#[tokio::test]
async fn a_held_answer_times_the_client_out_after_the_create_was_stored() {
    let (m, _, token) = moph(FaultConfig::default()).await;
    m.faults()
        .fail_next(CREATE, 1, Fault::HangAfter(Duration::from_secs(3)));
    let c = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .expect("client");
    let err = create(&m, &c, &token, "9000000000013")
        .await
        .expect_err("times out");
    assert!(err.is_timeout(), "{err}");
    assert_eq!(m.interventions("9000000000013").len(), 1);
}

#[tokio::test]
async fn a_spec_line_sets_seeded_random_faults() {
    let spec = "5xx=0.5,5xx_after=1,seed=3";
    let (m, c, token) = moph(FaultConfig::default()).await;
    m.faults()
        .set_config(FaultConfig::parse_spec(spec).expect("valid"));
    let mut answered = Vec::new();
    for i in 0..40 {
        let cid = format!("90000000001{i:02}");
        let r = create(&m, &c, &token, &cid).await.expect("reaches");
        answered.push(r.status().as_u16());
    }
    let failed = answered.iter().filter(|s| **s == 503).count();
    assert!((8..=32).contains(&failed), "{answered:?}");
    // Every create was stored: the 503s all came after processing.
    for i in 0..40 {
        assert_eq!(m.interventions(&format!("90000000001{i:02}")).len(), 1);
    }
}

#[tokio::test]
async fn duplicate_cases_follow_their_first_case_with_the_same_child() {
    let p = FakePrimero::start(PrimeroConfig {
        generated_cases: 40,
        duplicate_cases: 100,
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts");
    let data = fakes::DataGen::new(p.config().seed);
    let twins: Vec<u64> = (0..40).filter(|&i| data.has_duplicate(i, 100)).collect();
    assert!(
        twins.len() > 30,
        "every case with a national id: {}",
        twins.len()
    );
    assert_eq!(p.case_count(), 40 + twins.len() as u64);
    let (_, page) = answer(primero(
        &p,
        Method::GET,
        "/api/v2/cases?per=200&order_by=last_updated_at&order=asc",
    ))
    .await;
    let cases = page["data"].as_array().expect("cases");
    let digits = |c: &Value| -> String {
        match &c["national_id_no"] {
            Value::String(s) => s.chars().filter(char::is_ascii_digit).collect(),
            other => other.to_string(),
        }
    };
    for i in twins {
        let first = data.case_meta(i).id;
        let at = cases
            .iter()
            .position(|c| c["id"] == first.as_str())
            .expect("listed");
        let twin = &cases[at + 1];
        assert_ne!(twin["id"], cases[at]["id"]);
        assert_eq!(digits(twin), data.cid(i), "same child");
        assert_ne!(
            twin["national_id_no"], cases[at]["national_id_no"],
            "written another way"
        );
    }
}
