//! Authentication of the fake Primero over real loopback HTTP: Basic, token
//! login and expiry, session-only mode, lockout, login rate limit.

use std::time::Duration;

use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER, PrimeroVersion, TokenMode};
use fakes::{FakePrimero, PrimeroConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A release whose login answers with a token (<= 2.10).
fn with_tokens() -> PrimeroConfig {
    PrimeroConfig::for_version(PrimeroVersion::new(2, 10, 7))
}

async fn start(cases: u64) -> FakePrimero {
    FakePrimero::start(PrimeroConfig {
        generated_cases: cases,
        seed: 5,
        ..with_tokens()
    })
    .await
    .expect("fake Primero starts")
}

fn http() -> reqwest::Client {
    reqwest::Client::new()
}

async fn login(p: &FakePrimero, password: &str) -> reqwest::Response {
    http()
        .post(format!("{}/api/v2/tokens", p.url()))
        .json(&json!({"user": {"user_name": DEFAULT_USER, "password": password}}))
        .send()
        .await
        .expect("reaches")
}

#[tokio::test]
async fn unauthenticated_and_bad_credentials_get_401() {
    let p = start(1).await;
    let anon = http()
        .get(format!("{}/api/v2/cases", p.url()))
        .send()
        .await
        .expect("reaches");
    assert_eq!(anon.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        anon.json::<Value>().await.unwrap_or_default(),
        json!({"error": "You need to sign in or sign up before continuing."})
    );
    let bad = http()
        .get(format!("{}/api/v2/cases", p.url()))
        .basic_auth(DEFAULT_USER, Some("wrong"))
        .send()
        .await
        .expect("reaches");
    assert_eq!(bad.status(), StatusCode::UNAUTHORIZED);
    let public = http()
        .get(format!("{}/api/v2/primero", p.url()))
        .send()
        .await
        .expect("reaches");
    assert_eq!(public.status(), StatusCode::OK);
}

#[tokio::test]
async fn token_login_and_expiry() {
    let p = start(3).await;
    p.set_token_ttl(Duration::from_secs(1));
    let resp = login(&p, DEFAULT_PASSWORD).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let header = resp
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body: Value = resp.json().await.unwrap_or_default();
    let token = body["token"].as_str().unwrap_or_default().to_owned();
    assert_eq!(token.split('.').count(), 3, "JWT-like");
    assert_eq!(header, Some(format!("Bearer {token}")));
    let call = || {
        http()
            .get(format!("{}/api/v2/cases", p.url()))
            .bearer_auth(&token)
            .send()
    };
    assert_eq!(call().await.expect("reaches").status(), StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let expired = call().await.expect("reaches");
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
    let body: Value = expired.json().await.unwrap_or_default();
    assert_eq!(body["errors"][0]["status"], json!(401));
    assert_eq!(body["errors"][0]["message"], json!("Signature has expired"));
}

#[tokio::test]
async fn session_mode_login_has_no_token_and_lockout_after_six_failures() {
    let p = FakePrimero::start(PrimeroConfig {
        token_mode: TokenMode::SessionOnly,
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts");
    let ok: Value = login(&p, DEFAULT_PASSWORD)
        .await
        .json()
        .await
        .unwrap_or_default();
    assert!(ok.get("token").is_none() && ok["user_name"] == DEFAULT_USER);
    let mut messages = Vec::new();
    for _ in 0..6 {
        let r = login(&p, "nope").await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        messages.push(r.json::<Value>().await.unwrap_or_default()["error"].clone());
    }
    assert_eq!(messages[0], json!("Invalid User name or password."));
    assert_eq!(
        messages[4],
        json!("You have one more attempt before your account is locked.")
    );
    assert_eq!(messages[5], json!("Your account is locked."));
    let locked: Value = login(&p, DEFAULT_PASSWORD)
        .await
        .json()
        .await
        .unwrap_or_default();
    assert_eq!(locked["error"], json!("Your account is locked."));
}

#[tokio::test]
async fn chosen_port_custom_users_and_login_rate_limit() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let p = FakePrimero::start(PrimeroConfig {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        users: vec![("alice".into(), "alice-pass".into())],
        login_rate_limit: Some(2),
        ..with_tokens()
    })
    .await
    .expect("starts on the chosen port");
    assert_eq!(p.url(), format!("http://127.0.0.1:{port}"));
    assert_eq!(p.config().users[0].0, "alice");
    let login = || {
        http()
            .post(format!("{}/api/v2/tokens", p.url()))
            .json(&json!({"user": {"user_name": "alice", "password": "alice-pass"}}))
            .send()
    };
    assert_eq!(login().await.expect("reaches").status(), StatusCode::OK);
    assert_eq!(login().await.expect("reaches").status(), StatusCode::OK);
    assert_eq!(
        login().await.expect("reaches").status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(p.active_tokens().get("alice"), Some(&2));
    let old_user = http()
        .get(format!("{}/api/v2/forms", p.url()))
        .basic_auth(DEFAULT_USER, Some(DEFAULT_PASSWORD))
        .send()
        .await
        .expect("reaches");
    assert_eq!(old_user.status(), StatusCode::UNAUTHORIZED);
    p.shutdown().await;
    assert!(
        http()
            .get(format!("http://127.0.0.1:{port}/api/v2/primero"))
            .send()
            .await
            .is_err()
    );
}
