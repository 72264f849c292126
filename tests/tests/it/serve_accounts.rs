//! Accounts over real HTTP: a burst of concurrent wrong passwords gets at most the free tries
//! of real password checks (counted), and does not lock the right password out from another
//! address; API tokens are listed, revoked, and die with a password reset; a one-time password
//! works once and leads to the change-password page only.

use std::net::IpAddr;

use runtime::auth::FREE_TRIES;
use serde_json::Value;

use crate::serve_support::*;

/// A client whose connections come from `from` (any 127.x address reaches the server).
fn client_from(from: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(from.parse::<IpAddr>().ok())
        .build()
        .expect("client")
}

/// The login page's CSRF cookie and field, fetched from `from`.
async fn login_form(c: &reqwest::Client, base: &str) -> (String, String) {
    let page = c.get(format!("{base}/login")).send().await.expect("page");
    let cookie = page
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .to_owned();
    let csrf = csrf_of(&page.text().await.expect("body"));
    (cookie, csrf)
}

async fn post_login(
    c: &reqwest::Client,
    base: &str,
    form: &(String, String),
    user: &str,
    password: &str,
) -> reqwest::Response {
    c.post(format!("{base}/login"))
        .header("cookie", &form.0)
        .form(&[
            ("username", user),
            ("password", password),
            ("csrf", form.1.as_str()),
        ])
        .send()
        .await
        .expect("login post")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_wrong_passwords_gets_few_checks_and_no_account_lock() {
    let s = serve().await;
    let c = client_from("127.0.0.1");
    let mut forms = Vec::new();
    for _ in 0..50 {
        forms.push(login_form(&c, &s.base).await);
    }
    let limiter = &s.running.state.limiter;
    let checks_before = limiter.checks();
    let burst: Vec<_> = forms
        .into_iter()
        .map(|f| {
            let (c, base) = (c.clone(), s.base.clone());
            tokio::spawn(async move { post_login(&c, &base, &f, "admin", "wrong password!").await })
        })
        .collect();
    let mut answers = Vec::new();
    for t in burst {
        answers.push(t.await.expect("login task"));
    }
    let checks = limiter.checks() - checks_before;
    let refused = answers.iter().filter(|r| r.status() == 429).count();
    let wrong = answers.iter().filter(|r| r.status() == 401).count();
    println!(
        "50 concurrent wrong passwords: {checks} password checks, {wrong} × 401, {refused} × 429"
    );
    assert!(
        checks >= 1 && checks <= u64::from(FREE_TRIES),
        "{checks} checks"
    );
    assert_eq!(wrong as u64, checks, "one 401 per real check");
    assert_eq!(wrong + refused, 50);
    assert!(
        answers
            .iter()
            .filter(|r| r.status() == 429)
            .all(|r| r.headers().contains_key("retry-after"))
    );

    // The right password from another address is checked at once: no account lock.
    let other = client_from("127.0.0.2");
    let f = login_form(&other, &s.base).await;
    let r = post_login(&other, &s.base, &f, "admin", ADMIN_PASSWORD).await;
    assert_eq!(r.status(), 303, "the right password from another address");
    s.shutdown().await;
}

/// The token in a notice `… : <64 hex>`.
fn token_in(html: &str) -> String {
    let at = html.find("): ").expect("token notice") + 3;
    html[at..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

async fn api(
    c: &reqwest::Client,
    base: &str,
    token: &str,
    path: &str,
    post: bool,
) -> reqwest::Response {
    let url = format!("{base}{path}");
    let req = if post { c.post(url) } else { c.get(url) };
    req.header("authorization", format!("Bearer {token}"))
        .send()
        .await
        .expect("api")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_listed_revoked_and_die_with_a_reset_and_one_time_passwords_work_once() {
    let s = serve().await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    admin.add_user("ann", "admin", "ann's first password").await;
    let users = admin.get_text("/users").await;
    let ann_row = &users[users.find("<td>ann</td>").expect("ann listed")..];
    let at = ann_row.find("/users/").expect("ann's id") + "/users/".len();
    let ann: String = ann_row[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let issue = |label: &'static str| {
        let admin = &admin;
        let ann = ann.clone();
        async move {
            let r = admin
                .post(
                    &format!("/users/{ann}/token"),
                    &[("label", label), ("days", "7")],
                )
                .await;
            token_in(&r.text().await.expect("page"))
        }
    };
    let (t1, t2) = (issue("ci").await, issue("backup").await);
    assert_eq!(t1.len(), 64);
    let c = client();
    // Listed (with labels and expiry), by page and by API.
    let page = admin.get_text("/users").await;
    assert!(
        page.contains("id=\"tokens\"") && page.contains("backup"),
        "{page}"
    );
    let list: Value = api(&c, &s.base, &t1, "/api/tokens", false)
        .await
        .json()
        .await
        .unwrap();
    let tokens = list["tokens"].as_array().expect("tokens");
    assert_eq!(tokens.len(), 2);
    assert!(
        tokens
            .iter()
            .all(|t| t["username"] == "ann" && t["expires_at"].is_string())
    );
    assert!(
        !list.to_string().contains(&t1),
        "token values are never listed"
    );
    // Revoked through the API: t2 revokes t1.
    let t1_id = tokens.iter().find(|t| t["label"] == "ci").expect("ci")["id"].clone();
    let r = api(
        &c,
        &s.base,
        &t2,
        &format!("/api/tokens/{t1_id}/revoke"),
        true,
    )
    .await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        api(&c, &s.base, &t1, "/api/runs", false).await.status(),
        401
    );
    assert_eq!(
        api(&c, &s.base, &t2, "/api/runs", false).await.status(),
        200
    );

    // A password reset revokes t2 and gives a one-time password.
    let r = admin.post(&format!("/users/{ann}/password"), &[]).await;
    let html = r.text().await.unwrap();
    let at = html.find("One-time password for ann: ").expect("notice")
        + "One-time password for ann: ".len();
    let otp: String = html[at..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    assert_eq!(
        api(&c, &s.base, &t2, "/api/runs", false).await.status(),
        401,
        "reset revokes"
    );
    let audit = admin.get_text("/audit").await;
    assert!(audit.contains("revoke API token") && audit.contains("reset password"));

    // The one-time password opens only the change-password page, and only once.
    let once = login(&s.base, "ann", &otp).await;
    let r = once.get("/runs").await;
    assert_eq!(
        r.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/password")
    );
    let r = c
        .get(format!("{}/api/runs", s.base))
        .header("cookie", &once.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "not through the API either");
    let again = try_login(&s.base, "ann", &otp)
        .await
        .err()
        .expect("used up");
    assert_eq!(again.status(), 401);
    let r = once
        .post("/password", &[("password", "short"), ("repeat", "short")])
        .await;
    assert_eq!(r.status(), 400, "a weak password is refused");
    let r = once
        .post(
            "/password",
            &[
                ("password", "ann's own password"),
                ("repeat", "ann's own password"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let ann_s = login(&s.base, "ann", "ann's own password").await;
    assert!(ann_s.get_text("/runs").await.contains("Activity"));
    // A voluntary change asks for the current password.
    let r = ann_s
        .post(
            "/password",
            &[
                ("current", "wrong current pw"),
                ("password", "ann's next password"),
                ("repeat", "ann's next password"),
            ],
        )
        .await;
    assert_eq!(r.status(), 401);
    s.shutdown().await;
}
