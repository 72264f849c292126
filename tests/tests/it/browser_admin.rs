//! The admin page in a real browser (headless Chromium driven through chromedriver with
//! fantoccini): log in, see a failed run in the history, open its logs, click Run again and see
//! the new run succeed; filter a run's records by outcome and see the Workflows page's chart;
//! a viewer cannot see the credentials page. Screenshots are written under
//! the target directory (`<target>/tmp/screenshots/`), never into the repository.
//!
//! Needs the Debian packages `chromium` and `chromium-driver`; without `chromedriver` on PATH the
//! test prints that it skipped (set MAPWRIGHT_REQUIRE_BROWSER=1 to make that a failure).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

use crate::serve_support::*;

struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

async fn start_driver() -> Option<Driver> {
    let port = free_port();
    let child = match Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            assert!(
                std::env::var("MAPWRIGHT_REQUIRE_BROWSER").is_err(),
                "chromedriver is required: {e}"
            );
            println!(
                "skipped: chromedriver is not installed (apt-get install -y chromium chromium-driver): {e}"
            );
            return None;
        }
    };
    let url = format!("http://127.0.0.1:{port}");
    let d = Driver { child, url };
    for _ in 0..100 {
        if let Ok(r) = reqwest::get(format!("{}/status", d.url)).await
            && r.status().is_success()
        {
            return Some(d);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}

async fn browser(driver: &Driver, profile: &std::path::Path) -> Client {
    let args = vec![
        "--headless".to_owned(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--window-size=1280,900".into(),
        format!("--user-data-dir={}", profile.display()),
    ];
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "chrome".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({"args": args, "binary": "/usr/bin/chromium"}),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("webdriver session")
}

fn shots() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&d).expect("screenshot dir");
    d
}

async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(shots().join(name), png).expect("write screenshot");
}

async fn log_in(c: &Client, base: &str, user: &str, password: &str) {
    c.goto(&format!("{base}/login")).await.expect("login page");
    c.find(Locator::Css("#username"))
        .await
        .unwrap()
        .send_keys(user)
        .await
        .unwrap();
    c.find(Locator::Css("#password"))
        .await
        .unwrap()
        .send_keys(password)
        .await
        .unwrap();
    c.find(Locator::Css("#login"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The page after the login (on a loaded machine the login page's own h1 is still there
    // for a while).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while c.current_url().await.is_ok_and(|u| u.path() == "/login") {
        assert!(
            std::time::Instant::now() < deadline,
            "the login did not leave /login"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    c.wait().for_element(Locator::Css("h1")).await.unwrap();
}

/// No element of the page reaches past the viewport's right edge (no sideways scrolling, no
/// clipped status), and the page does not scroll sideways.
async fn assert_fits_the_viewport(c: &Client, page: &str) {
    let script = r#"
        const w = document.documentElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > w + 1)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)');
        return { width: w, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 12) };
    "#;
    let v = c.execute(script, vec![]).await.expect("measure the page");
    let width = v["width"].as_f64().unwrap_or(0.0);
    assert!(width > 300.0 && width <= 390.0, "{page}: viewport {v}");
    assert!(
        v["wide"].as_array().is_some_and(Vec::is_empty),
        "{page}: elements wider than the {width}px viewport: {}",
        v["wide"]
    );
    assert!(
        v["scroll"].as_f64().unwrap_or(f64::MAX) <= width,
        "{page}: the page scrolls sideways: {v}"
    );
}

async fn status_of_page(c: &Client) -> String {
    c.find(Locator::Css("#run-status"))
        .await
        .expect("status badge")
        .text()
        .await
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_in_find_the_failed_run_and_run_it_again() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let s = serve().await;
    // A failed W2 sync in the history.
    let (_, body) = s.found_case(0);
    s.fail_next_upsert();
    let failed = s.hook_run(&body).await;
    let api = login(&s.base, "admin", &s.admin_password).await;
    assert_eq!(api.wait_run(failed).await["run"]["status"], "failed");
    api.add_user("vera", "viewer", "viewer-password-1").await;

    let profile = tempfile::tempdir().unwrap();
    let c = browser(&driver, profile.path()).await;
    log_in(&c, &s.base, "admin", &s.admin_password).await;
    assert!(c.current_url().await.unwrap().as_str().ends_with("/runs"));
    let link = c
        .find(Locator::Css(&format!("a[href='/runs/{failed}']")))
        .await
        .expect("the failed run is listed");
    let row = c.source().await.unwrap();
    assert!(row.contains("badge failed"));
    shot(&c, "history.png").await;

    link.click().await.unwrap();
    c.wait()
        .for_element(Locator::Css("#run-status"))
        .await
        .unwrap();
    assert_eq!(status_of_page(&c).await, "failed");
    let log = c
        .find(Locator::Css("ol.log"))
        .await
        .expect("the run's log")
        .text()
        .await
        .unwrap();
    assert!(log.contains("ended: failed"), "{log}");
    shot(&c, "failed-run.png").await;

    c.find(Locator::Css("#run-again"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let mut again = None;
    for _ in 0..50 {
        let url = c.current_url().await.unwrap();
        if let Some(id) = url
            .path()
            .strip_prefix("/runs/")
            .and_then(|x| x.parse::<i64>().ok())
            .filter(|id| *id != failed)
        {
            again = Some(id);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let again = again.expect("Run again opened the new run");
    let mut status = String::new();
    for _ in 0..60 {
        status = status_of_page(&c).await;
        // A run waits as `queued` until a worker slot takes it (longer on a loaded machine).
        if status != "running" && status != "queued" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        c.refresh().await.unwrap();
    }
    assert_eq!(status, "success", "run {again}");
    assert!(
        c.source()
            .await
            .unwrap()
            .contains(&format!("href=\"/runs/{failed}\"")),
        "links back to the run it repeats"
    );
    shot(&c, "run-again.png").await;

    // The same history, and the failed run, on a phone-sized window: tables become stacked
    // rows, and nothing is wider than the screen.
    c.set_window_size(390, 844).await.unwrap();
    c.goto(&format!("{}/runs", s.base)).await.unwrap();
    shot(&c, "history-phone.png").await;
    assert_fits_the_viewport(&c, "Activity").await;
    c.goto(&format!("{}/runs/{failed}", s.base)).await.unwrap();
    shot(&c, "run-phone.png").await;
    assert_fits_the_viewport(&c, "a run page").await;

    // The run's records filtered by outcome (issue 14): three more records created, then the
    // "failed" filter lists only the failure, and "created" only those three.
    let more = (0..3)
        .map(|i| runtime::store::NewOutcome {
            record: format!("case-extra-{i}"),
            outcome: runtime::store::Outcome::Created,
            step: Some("upsert".into()),
            reason: None,
        })
        .collect();
    runtime::store::Store::record_outcomes(&*s.running.state.store, failed, more)
        .await
        .unwrap();
    c.refresh().await.unwrap();
    for (outcome, rows) in [("failed", 1), ("created", 3)] {
        c.find(Locator::Css(&format!("#outcome-filter a.badge.{outcome}")))
            .await
            .unwrap_or_else(|e| panic!("the {outcome} filter: {e}"))
            .click()
            .await
            .unwrap();
        c.wait()
            .for_element(Locator::Css("#outcome-filter a.on"))
            .await
            .unwrap();
        assert!(
            c.current_url()
                .await
                .unwrap()
                .as_str()
                .contains(&format!("outcome={outcome}"))
        );
        let badges = c
            .execute(
                "return Array.from(document.querySelectorAll('#records-table tbody .badge')).map(b => b.textContent);",
                vec![],
            )
            .await
            .unwrap();
        let badges: Vec<String> = serde_json::from_value(badges).unwrap();
        assert_eq!(badges, vec![outcome.to_owned(); rows], "{outcome}");
        assert_fits_the_viewport(&c, "a run page filtered").await;
    }
    shot(&c, "run-filtered-phone.png").await;

    // The Workflows page's chart: one per workflow, drawn inline, today's bar titled with the
    // runs of today, within the phone's width.
    c.goto(&format!("{}/workflows", s.base)).await.unwrap();
    let chart = c
        .execute(
            "const c = Array.from(document.querySelectorAll('svg.chart'));
             return { count: c.length,
                      width: Math.max(...c.map(e => e.getBoundingClientRect().width)),
                      titles: Array.from(document.querySelectorAll('svg.chart g.day title')).map(t => t.textContent) };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(chart["count"], 2, "{chart}");
    assert!(chart["width"].as_f64().unwrap_or(0.0) > 100.0, "{chart}");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(
        chart["titles"]
            .as_array()
            .is_some_and(|t| t.iter().any(|t| t
                .as_str()
                .is_some_and(|t| t.starts_with(&format!("{today}: 2 runs, 1 succeeded"))))),
        "{chart}"
    );
    shot(&c, "workflows-phone.png").await;
    assert_fits_the_viewport(&c, "Workflows").await;
    c.close().await.unwrap();

    // A viewer: no credentials entry in the menu, and the page itself is refused.
    let profile2 = tempfile::tempdir().unwrap();
    let v = browser(&driver, profile2.path()).await;
    log_in(&v, &s.base, "vera", "viewer-password-1").await;
    let html = v.source().await.unwrap();
    assert!(!html.contains("href=\"/credentials\""));
    v.goto(&format!("{}/credentials", s.base)).await.unwrap();
    let h1 = v
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(h1, "Not allowed");
    assert!(!v.source().await.unwrap().contains("Add or rotate"));
    shot(&v, "viewer-credentials.png").await;
    v.close().await.unwrap();
    s.shutdown().await;
}
