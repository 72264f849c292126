//! Each fault kind, observed over real HTTP.

use std::time::{Duration, Instant};

use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};
use fakes::{ErrorRate, FakePrimero, Fault, FaultConfig, PrimeroConfig};
use reqwest::StatusCode;
use serde_json::Value;

const CASES: &str = "GET /api/v2/cases";

async fn start(faults: FaultConfig) -> FakePrimero {
    FakePrimero::start(PrimeroConfig {
        generated_cases: 30,
        faults,
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts")
}

fn get(p: &FakePrimero, client: &reqwest::Client) -> reqwest::RequestBuilder {
    client
        .get(format!("{}/api/v2/cases", p.url()))
        .basic_auth(DEFAULT_USER, Some(DEFAULT_PASSWORD))
}

#[tokio::test]
async fn fixed_latency_delays_every_request() {
    let p = start(FaultConfig {
        latency: Duration::from_millis(600),
        ..FaultConfig::default()
    })
    .await;
    let c = reqwest::Client::new();
    let t = Instant::now();
    assert_eq!(
        get(&p, &c).send().await.expect("reaches").status(),
        StatusCode::OK
    );
    assert!(t.elapsed() >= Duration::from_millis(600));
    p.faults().set_latency(Duration::ZERO);
    let t = Instant::now();
    get(&p, &c).send().await.expect("reaches");
    assert!(t.elapsed() < Duration::from_millis(600));
}

#[tokio::test]
async fn fail_next_n_is_deterministic_and_counted() {
    let p = start(FaultConfig::default()).await;
    let c = reqwest::Client::new();
    p.faults().fail_next(CASES, 2, Fault::status(500));
    p.faults().fail_next("/api/v2/forms", 1, Fault::status(403));
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(get(&p, &c).send().await.expect("reaches").status().as_u16());
    }
    assert_eq!(statuses, vec![500, 500, 200]);
    assert_eq!(p.requests(CASES), 3);
    assert_eq!(p.status_count(CASES, 500), 2);
    assert_eq!(p.status_count(CASES, 200), 1);
    assert_eq!(p.faults().pending(), 1, "the forms fault is still waiting");
    let body: Value = get(&p, &c)
        .send()
        .await
        .expect("reaches")
        .json()
        .await
        .unwrap_or_default();
    assert!(body["data"].is_array());
}

#[tokio::test]
async fn injected_statuses_use_the_server_error_shapes() {
    let p = start(FaultConfig::default()).await;
    let c = reqwest::Client::new();
    p.faults().fail_next(
        CASES,
        1,
        Fault::Status {
            status: 503,
            retry_after: Some(Duration::from_secs(60)),
        },
    );
    p.faults().fail_next(
        CASES,
        1,
        Fault::Status {
            status: 429,
            retry_after: Some(Duration::from_millis(250)),
        },
    );
    let r = get(&p, &c).send().await.expect("reaches");
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        r.headers().get("retry-after").and_then(|v| v.to_str().ok()),
        Some("60")
    );
    let body: Value = r.json().await.unwrap_or_default();
    assert_eq!(body["errors"][0]["message"], "Service Unavailable");
    let r = get(&p, &c).send().await.expect("reaches");
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        r.headers().get("retry-after").and_then(|v| v.to_str().ok()),
        Some("0.250")
    );
}

#[tokio::test]
async fn error_rate_of_one_fails_everything_until_cleared() {
    let p = start(FaultConfig {
        error_rates: vec![ErrorRate {
            status: 502,
            rate: 1.0,
            retry_after: None,
        }],
        ..FaultConfig::default()
    })
    .await;
    let c = reqwest::Client::new();
    for _ in 0..3 {
        assert_eq!(
            get(&p, &c).send().await.expect("reaches").status(),
            StatusCode::BAD_GATEWAY
        );
    }
    p.faults().clear();
    assert_eq!(
        get(&p, &c).send().await.expect("reaches").status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn hang_outlasts_a_client_timeout() {
    let p = start(FaultConfig::default()).await;
    p.faults()
        .fail_next(CASES, 1, Fault::Hang(Duration::from_secs(2)));
    let c = reqwest::Client::new();
    let t = Instant::now();
    let err = get(&p, &c)
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .err();
    assert!(err.is_some_and(|e| e.is_timeout()));
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn truncated_body_breaks_the_connection_mid_body() {
    let p = start(FaultConfig::default()).await;
    p.faults().fail_next(CASES, 1, Fault::Truncated);
    let c = reqwest::Client::new();
    let resp = get(&p, &c).send().await.expect("headers arrive");
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.bytes().await.is_err(), "body cut short");
    assert!(
        get(&p, &c)
            .send()
            .await
            .expect("reaches")
            .json::<Value>()
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn malformed_json_is_a_complete_200_that_does_not_parse() {
    let p = start(FaultConfig::default()).await;
    p.faults().fail_next(CASES, 1, Fault::MalformedJson);
    let c = reqwest::Client::new();
    let resp = get(&p, &c).send().await.expect("reaches");
    assert_eq!(resp.status(), StatusCode::OK);
    let text = resp.text().await.expect("complete body");
    assert!(serde_json::from_str::<Value>(&text).is_err());
    assert!(
        p.faults()
            .recent_requests()
            .iter()
            .all(|r| r.starts_with("GET /api/v2/cases"))
    );
}

#[tokio::test]
async fn moph_faults_use_loopback_shapes_and_wildcards_hit_every_route() {
    let m = fakes::FakeMoph::start(fakes::MophConfig::default())
        .await
        .expect("starts");
    m.faults().fail_next("*", 2, Fault::status(500));
    m.faults().fail_next(
        "*",
        1,
        Fault::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(1)),
        },
    );
    let c = reqwest::Client::new();
    let login = c
        .post(format!("{}/Users/login", m.url()))
        .json(&serde_json::json!({"email": "x", "password": "y"}))
        .send()
        .await
        .expect("reaches");
    assert_eq!(login.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body: Value = login.json().await.unwrap_or_default();
    assert_eq!(body["error"]["statusCode"], 500);
    let find = c
        .get(format!("{}/people/findOne", m.url()))
        .send()
        .await
        .expect("reaches");
    assert_eq!(find.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let limited = c
        .get(format!("{}/people/findOne", m.url()))
        .send()
        .await
        .expect("reaches");
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        limited
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("1")
    );
    let after = c
        .get(format!("{}/people/findOne", m.url()))
        .send()
        .await
        .expect("reaches");
    assert_eq!(
        after.status(),
        StatusCode::UNAUTHORIZED,
        "faults used up: normal auth check"
    );
    assert_eq!(m.status_count("POST /api/Users/login", 500), 1);
    assert_eq!(m.status_count("GET /api/people/findOne", 500), 1);
    assert_eq!(m.status_count("GET /api/people/findOne", 429), 1);
}

#[tokio::test]
async fn several_error_rates_are_seeded_and_replaceable_at_run_time() {
    let rates = vec![
        ErrorRate {
            status: 500,
            rate: 0.3,
            retry_after: None,
        },
        ErrorRate {
            status: 503,
            rate: 0.3,
            retry_after: Some(Duration::from_secs(1)),
        },
    ];
    let run = |seed| {
        let rates = rates.clone();
        async move {
            let p = start(FaultConfig {
                error_rates: rates,
                seed,
                ..FaultConfig::default()
            })
            .await;
            let c = reqwest::Client::new();
            let mut statuses = Vec::new();
            for _ in 0..40 {
                statuses.push(get(&p, &c).send().await.expect("reaches").status().as_u16());
            }
            (p, statuses)
        }
    };
    let (p, a) = run(9).await;
    let (_, b) = run(9).await;
    assert_eq!(a, b, "same seed, same sequence");
    for s in [200, 500, 503] {
        assert!(a.contains(&s), "{s} in {a:?}");
    }
    p.faults().set_config(FaultConfig::default());
    let c = reqwest::Client::new();
    for _ in 0..5 {
        assert_eq!(
            get(&p, &c).send().await.expect("reaches").status(),
            StatusCode::OK
        );
    }
}
