//! Helpers shared by the modules of this binary: requests to the fakes as their default users.

use fakes::moph::{DEFAULT_EMAIL, DEFAULT_PASSWORD};
use fakes::{FakeMoph, FakePrimero};
use reqwest::{Method, RequestBuilder, StatusCode};
use serde_json::{Value, json};

/// A request to the fake Primero (`path` with its query) as its default user, by Basic auth.
pub fn primero(p: &FakePrimero, method: Method, path: &str) -> RequestBuilder {
    reqwest::Client::new()
        .request(method, format!("{}{path}", p.url()))
        .basic_auth(
            fakes::primero::DEFAULT_USER,
            Some(fakes::primero::DEFAULT_PASSWORD),
        )
}

/// Sends a request: the status and the JSON body (`Null` when the body is not JSON).
pub async fn answer(request: RequestBuilder) -> (StatusCode, Value) {
    let resp = request.send().await.expect("request reaches the fake");
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// Logs in to the fake MOPH as its default user: the login answer (its `id` is the token).
pub async fn moph_login(m: &FakeMoph) -> Value {
    answer(
        reqwest::Client::new()
            .post(format!("{}/Users/login", m.url()))
            .json(&json!({"email": DEFAULT_EMAIL, "password": DEFAULT_PASSWORD})),
    )
    .await
    .1
}

/// An access token of the fake MOPH's default user.
pub async fn moph_token(m: &FakeMoph) -> String {
    let login = moph_login(m).await;
    login["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no token in {login}"))
        .to_owned()
}
