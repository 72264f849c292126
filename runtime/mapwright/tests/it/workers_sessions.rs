//! Two `mapwright serve` processes on one store (issue 12, 7d): a login made on one process is
//! valid on the other, the other accepts its CSRF token, and a logout on either ends the
//! session on both. By default the processes share a PostgreSQL schema (see `cluster`).

use std::time::Duration;

use mapwright::demo::start_fakes;

use crate::cluster::{Cluster, mappings_with, ping_workflow};

const PASSWORD: &str = "cluster-test-admin-password";

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

/// The value of the first `name="csrf" value="…"` in a page.
fn csrf_of(html: &str) -> String {
    let key = "name=\"csrf\" value=\"";
    let i = html.find(key).expect("a csrf field") + key.len();
    html[i..].split('"').next().unwrap_or_default().to_owned()
}

/// The `name=value` part of the response's `Set-Cookie` for `name`.
fn cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

/// Logs in as the admin at `base`: the session cookie.
async fn login(base: &str) -> String {
    let c = client();
    let page = c
        .get(format!("{base}/login"))
        .send()
        .await
        .expect("login page");
    let pre = page
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let csrf = csrf_of(&page.text().await.expect("body"));
    let r = c
        .post(format!("{base}/login"))
        .header("cookie", pre)
        .form(&[
            ("username", "admin"),
            ("password", PASSWORD),
            ("csrf", &csrf),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(r.status(), 303, "the login is accepted");
    cookie(&r, "mw_session").expect("a session cookie")
}

async fn get(base: &str, path: &str, session: &str) -> reqwest::Response {
    client()
        .get(format!("{base}{path}"))
        .header("cookie", session)
        .send()
        .await
        .expect("get")
}

async fn post(base: &str, path: &str, session: &str, csrf: &str, fields: &[(&str, &str)]) -> u16 {
    let mut form = fields.to_vec();
    form.push(("csrf", csrf));
    client()
        .post(format!("{base}{path}"))
        .header("cookie", session)
        .form(&form)
        .send()
        .await
        .expect("post")
        .status()
        .as_u16()
}

/// Whether `session` opens the runs page at `base` (else it is sent to the login page).
async fn signed_in(base: &str, session: &str) -> bool {
    let r = get(base, "/runs", session).await;
    match r.status().as_u16() {
        200 => true,
        303 => {
            let to = r.headers().get("location").and_then(|v| v.to_str().ok());
            assert_eq!(to, Some("/login"), "{base}");
            false
        }
        s => panic!("GET {base}/runs answered {s}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_on_one_serve_process_is_valid_on_another_and_a_logout_ends_it_on_both() {
    let f = start_fakes(3, 10, None, None).await.expect("fakes");
    let wf = [("ping.yaml", ping_workflow("ping", "ping"))];
    let mut c = Cluster::new(&f, |d| mappings_with(d, &wf), &["ping"], "");
    let a = c.serve("serve-a", 0).await;
    let b = c.serve("serve-b", 0).await;
    let (a, b) = (c.base(a), c.base(b));
    assert_ne!(a, b);

    let session = login(&a).await;
    assert!(
        !signed_in(&b, "mw_session=not-a-session").await,
        "a made-up session is refused"
    );
    assert!(signed_in(&b, &session).await, "A's session opens B's pages");

    // B accepts the CSRF token of the session that A made: an admin action on B is recorded,
    // and A's audit page shows it.
    let html = get(&b, "/runs", &session).await.text().await.expect("body");
    let csrf = csrf_of(&html);
    let status = post(
        &b,
        "/workflows/ping/enabled",
        &session,
        &csrf,
        &[("enabled", "false")],
    )
    .await;
    assert_eq!(
        status, 303,
        "B took the form posted with the session from A"
    );
    let audit = get(&a, "/audit", &session)
        .await
        .text()
        .await
        .expect("audit");
    assert!(audit.contains("disable workflow"), "{audit}");

    // A forged token is refused on both.
    for base in [&a, &b] {
        let s = post(
            base,
            "/workflows/ping/enabled",
            &session,
            "forged",
            &[("enabled", "true")],
        )
        .await;
        assert_eq!(s, 403, "{base}");
    }

    // A logout on B ends the session on A too.
    assert_eq!(post(&b, "/logout", &session, &csrf, &[]).await, 303);
    assert!(
        !signed_in(&a, &session).await,
        "the logout on B ended the session on A"
    );
    assert!(!signed_in(&b, &session).await);
    let logs = c.logs();
    assert!(!logs.contains("panicked"), "{logs}");
}
