//! Shared set-up of the `serve_*` and `browser_*` tests: the fakes, a fresh data directory and
//! `mapwright serve` on a free loopback port, plus a small cookie-aware HTTP session.

pub mod smtp;

use std::path::PathBuf;
use std::time::Duration;

use runtime::config::Config;
use runtime::demo::{Fakes, config_for, find_case, start_fakes, webhook_for};
use runtime::secrets::MasterKey;
use runtime::server::{Running, start};
use runtime::settings::{ServeSettings, WebhookAuth};
use serde_json::Value;

pub const W1: &str = runtime::demo::W1;
pub const W2: &str = runtime::demo::W2;
pub const HOOK: &str = "thailand-sync";
pub const HOOK_SECRET: &str = "hook-secret-for-tests-0123";
/// The password the tests give the first admin in place of its one-time password.
pub const ADMIN_PASSWORD: &str = "admin-password-for-tests";

pub struct Served {
    pub running: Running,
    pub fakes: Fakes,
    pub key: MasterKey,
    pub admin_password: String,
    pub base: String,
    pub dir: tempfile::TempDir,
}

pub fn mappings() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../mappings/thailand"))
}

/// Settings for tests: any free port, no scheduler, a header secret on the W2 webhook.
pub fn test_settings() -> ServeSettings {
    let mut s = ServeSettings {
        listen: "127.0.0.1:0".into(),
        scheduler: false,
        ..ServeSettings::default()
    };
    s.webhooks.insert(
        HOOK.into(),
        WebhookAuth {
            mode: "header".into(),
            header: None,
            secret: HOOK_SECRET.into(),
            legacy_signature: false,
        },
    );
    s
}

pub async fn serve_with(tweak: impl FnOnce(&mut Config, &mut ServeSettings)) -> Served {
    serve_in(
        tempfile::tempdir().expect("tempdir"),
        MasterKey::random(),
        tweak,
    )
    .await
}

/// Serves over an existing data directory with a given master key.
pub async fn serve_in(
    dir: tempfile::TempDir,
    key: MasterKey,
    tweak: impl FnOnce(&mut Config, &mut ServeSettings),
) -> Served {
    let fakes = start_fakes(3, 40, None, None).await.expect("fakes start");
    let base = Config {
        data_dir: Some(dir.path().to_path_buf()),
        mappings: Some(mappings()),
        ..Config::default()
    };
    let mut cfg = config_for(&base, &fakes);
    let mut settings = test_settings();
    tweak(&mut cfg, &mut settings);
    let running = match start(cfg, settings, key.clone()).await {
        Ok(r) => r,
        Err(e) => panic!("serve: {e}"),
    };
    let one_time = running
        .first_admin_password
        .clone()
        .expect("first start creates the admin");
    let base = format!("http://{}", running.addr);
    // The first admin's password works once and must be replaced at that login.
    choose_password(&base, "admin", &one_time, ADMIN_PASSWORD).await;
    let admin_password = ADMIN_PASSWORD.to_owned();
    Served {
        running,
        fakes,
        key,
        admin_password,
        base,
        dir,
    }
}

pub async fn serve() -> Served {
    serve_with(|_, _| {}).await
}

impl Served {
    /// A case index whose person exists in HIS (so W2 can succeed) and its webhook body.
    pub fn found_case(&self, from: u64) -> (u64, Value) {
        let f = &self.fakes;
        let i = find_case(f, from, |i| {
            f.data.national_id_variant(i).is_some() && f.data.person_exists(i)
        })
        .expect("a case");
        (i, webhook_for(f, i))
    }

    /// The national id in the webhook body of case `i`, digits only.
    pub fn national_id(&self, body: &Value) -> String {
        let raw = body["data"]["national_id_no"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| body["data"]["national_id_no"].to_string());
        raw.chars().filter(char::is_ascii_digit).collect()
    }

    /// Makes the next W2 upserts fail (every attempt of the PATCH answers 500).
    pub fn fail_next_upsert(&self) {
        self.fakes.primero.faults().fail_next(
            "PATCH /api/v2/cases/{id}",
            2,
            fakes::Fault::status(500),
        );
    }

    /// Sends `body` to the W2 webhook as a new delivery (its own `Idempotency-Key`, so the
    /// same body sent twice starts two runs).
    pub async fn hook(&self, body: &Value) -> reqwest::Response {
        static DELIVERY: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = DELIVERY.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        client()
            .post(format!("{}/hooks/{HOOK}", self.base))
            .header("X-Mapwright-Secret", HOOK_SECRET)
            .header("Idempotency-Key", format!("test-delivery-{n}"))
            .json(body)
            .send()
            .await
            .expect("webhook request")
    }

    /// Sends `body` to the W2 webhook as a new delivery; the id of the run it queued (the answer
    /// must be a 202).
    pub async fn hook_run(&self, body: &Value) -> i64 {
        let r = self.hook(body).await;
        let status = r.status();
        let text = r.text().await.expect("webhook answer");
        assert_eq!(status, 202, "{text}");
        serde_json::from_str::<Value>(&text).expect("JSON answer")["run_id"]
            .as_i64()
            .unwrap_or_else(|| panic!("no run id in {text}"))
    }

    /// Stops the server and the fakes; the data directory lives as long as the value returned.
    pub async fn shutdown(self) -> tempfile::TempDir {
        self.running.shutdown().await;
        self.fakes.shutdown().await;
        self.dir
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// A logged-in browser-like session: the session cookie and the page's CSRF token.
pub struct Session {
    pub base: String,
    pub cookie: String,
    pub csrf: String,
    pub set_cookie: String,
}

/// The value of the first `name="csrf" value="…"` in a page.
pub fn csrf_of(html: &str) -> String {
    let key = "name=\"csrf\" value=\"";
    let i = html.find(key).expect("csrf field") + key.len();
    html[i..].split('"').next().unwrap_or_default().to_owned()
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap_or_default().to_owned()
}

/// Logs in; returns the raw login response when it did not redirect.
pub async fn try_login(
    base: &str,
    user: &str,
    password: &str,
) -> Result<Session, reqwest::Response> {
    let c = client();
    let page = c
        .get(format!("{base}/login"))
        .send()
        .await
        .expect("login page");
    let pre = cookie_value(
        page.headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default(),
    );
    let csrf = csrf_of(&page.text().await.expect("body"));
    let res = c
        .post(format!("{base}/login"))
        .header("cookie", &pre)
        .form(&[
            ("username", user),
            ("password", password),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .expect("login post");
    if res.status() != 303 {
        return Err(res);
    }
    let set: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect();
    let session = set
        .iter()
        .find(|s| s.starts_with("mw_session="))
        .cloned()
        .expect("session cookie");
    let mut s = Session {
        base: base.to_owned(),
        cookie: cookie_value(&session),
        csrf: String::new(),
        set_cookie: session,
    };
    // A one-time password leads to the change-password page, the only one open.
    let to = match res.headers().get("location").and_then(|v| v.to_str().ok()) {
        Some("/password") => "/password",
        _ => "/runs",
    };
    let html = s.get_text(to).await;
    s.csrf = csrf_of(&html);
    Ok(s)
}

/// Logs in with a one-time password and sets `new` in its place.
pub async fn choose_password(base: &str, user: &str, one_time: &str, new: &str) {
    let s = login(base, user, one_time).await;
    let r = s
        .post("/password", &[("password", new), ("repeat", new)])
        .await;
    assert_eq!(r.status(), 303, "set a new password");
    assert_eq!(
        r.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/login")
    );
}

pub async fn login(base: &str, user: &str, password: &str) -> Session {
    match try_login(base, user, password).await {
        Ok(s) => s,
        Err(r) => panic!("login failed: {}", r.status()),
    }
}

impl Session {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        client()
            .get(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .send()
            .await
            .expect("get")
    }

    pub async fn get_text(&self, path: &str) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "GET {path}");
        r.text().await.expect("body")
    }

    /// Posts a form with the session's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut f: Vec<(&str, &str)> = fields.to_vec();
        f.push(("csrf", self.csrf.as_str()));
        client()
            .post(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .form(&f)
            .send()
            .await
            .expect("post")
    }

    /// Adds a user on the users page (an admin session); fails unless it was added.
    pub async fn add_user(&self, username: &str, role: &str, password: &str) {
        let r = self
            .post(
                "/users",
                &[
                    ("username", username),
                    ("role", role),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(r.status(), 303, "add user {username}");
    }

    /// A new API token of this (admin) session's own user, as an `Authorization` value.
    pub async fn api_bearer(&self) -> String {
        let page = self.get_text("/users").await;
        let id_at = page.find("/users/").expect("a user row") + "/users/".len();
        let id: String = page[id_at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let html = self
            .post(&format!("/users/{id}/token"), &[])
            .await
            .text()
            .await
            .expect("body");
        let notice = "(expires in 90 days): ";
        let at = html.find(notice).expect("token notice") + notice.len();
        let token: String = html[at..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        assert_eq!(token.len(), 64);
        format!("Bearer {token}")
    }

    /// The run detail as JSON (the API accepts the session cookie for reading).
    pub async fn run_json(&self, id: i64) -> Value {
        self.get(&format!("/api/runs/{id}"))
            .await
            .json()
            .await
            .expect("json")
    }

    /// Waits until run `id` is no longer running; returns its JSON.
    pub async fn wait_run(&self, id: i64) -> Value {
        for _ in 0..300 {
            let v = self.run_json(id).await;
            if v["run"]["status"] != "running" && v["run"]["status"] != "queued" {
                return v;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("run {id} did not finish");
    }
}

/// The run id in a redirect to `/runs/<id>`.
pub fn redirected_run(r: &reqwest::Response) -> i64 {
    let loc = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("redirect");
    loc.trim_start_matches("/runs/")
        .parse()
        .expect("run id in the redirect")
}
