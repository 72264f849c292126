//! `mapwright serve` over loopback HTTP: login, sessions, CSRF, roles, the activity history and
//! run detail, Run again, webhooks, credentials, users, the JSON API and metrics.

use serde_json::json;

use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_detail_retry_and_roles() {
    let s = serve().await;
    let c = client();
    // Everything but /healthz needs authentication.
    assert_eq!(
        c.get(format!("{}/healthz", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let r = c.get(format!("{}/runs", s.base)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/login");
    assert_eq!(
        c.get(format!("{}/api/runs", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    assert_eq!(
        c.get(format!("{}/metrics", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );

    let admin = login(&s.base, "admin", &s.admin_password).await;
    assert!(
        admin.set_cookie.contains("HttpOnly") && admin.set_cookie.contains("SameSite=Lax"),
        "{}",
        admin.set_cookie
    );

    // A W2 sync whose Primero upsert fails: the webhook answers 202 with the run id.
    let (_, body) = s.found_case(0);
    let nid = s.national_id(&body);
    assert_eq!(nid.len(), 13);
    s.fail_next_upsert();
    let failed = s.hook_run(&body).await;
    let d = admin.wait_run(failed).await;
    assert_eq!(d["run"]["status"], "failed");
    assert_eq!(d["run"]["exit_code"], 1);
    assert!(
        !d.to_string().contains(&nid),
        "the API shows the national id unmasked"
    );

    // The history lists it; filters work; the national id search finds it and shows it masked.
    let page = admin.get_text("/runs").await;
    assert!(
        page.contains(&format!("href=\"/runs/{failed}\"")) && page.contains("badge failed"),
        "{page}"
    );
    assert!(
        admin
            .get_text("/runs?status=failed")
            .await
            .contains(&format!("/runs/{failed}\""))
    );
    assert!(
        !admin
            .get_text("/runs?status=success")
            .await
            .contains(&format!("/runs/{failed}\""))
    );
    assert!(
        !admin
            .get_text(&format!("/runs?workflow={W1}"))
            .await
            .contains(&format!("/runs/{failed}\""))
    );
    let found = admin.get_text(&format!("/runs?q={nid}")).await;
    assert!(
        found.contains(&format!("/runs/{failed}\"")),
        "national id search"
    );
    assert!(
        !found.contains(&nid) && found.contains(&format!("XXXXXXXXX{}", &nid[9..])),
        "search shown masked"
    );
    assert!(
        !admin
            .get_text("/runs?q=no-such-record")
            .await
            .contains(&format!("/runs/{failed}\""))
    );
    let record = body["data"]["record_id"].as_str().unwrap();
    assert!(
        admin
            .get_text(&format!("/runs?q={record}"))
            .await
            .contains(&format!("/runs/{failed}\"")),
        "record id search"
    );
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    assert!(
        !admin
            .get_text(&format!("/runs?from={tomorrow}"))
            .await
            .contains(&format!("/runs/{failed}\""))
    );

    // The run detail: exit code meaning, steps, logs, outcomes, Run again; nothing unmasked.
    let detail = admin.get_text(&format!("/runs/{failed}")).await;
    for want in [
        "sync error",
        "Run again",
        "from step person",
        "upsert",
        "Log",
        record,
    ] {
        assert!(detail.contains(want), "run page lacks {want}");
    }
    assert!(!detail.contains(&nid), "run page shows the national id");

    // Run again without the CSRF token is refused; with it, a new run that succeeds.
    let r = client()
        .post(format!("{}/runs/{failed}/retry", s.base))
        .header("cookie", &admin.cookie)
        .form(&[("from_step", "")])
        .send()
        .await
        .unwrap();
    assert_ne!(r.status(), 303, "a form without csrf must not start a run");
    let r = client()
        .post(format!("{}/runs/{failed}/retry", s.base))
        .header("cookie", &admin.cookie)
        .form(&[("from_step", ""), ("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = admin
        .post(&format!("/runs/{failed}/retry"), &[("from_step", "")])
        .await;
    assert_eq!(r.status(), 303);
    let again = redirected_run(&r);
    assert_ne!(again, failed);
    let d = admin.wait_run(again).await;
    assert_eq!(d["run"]["status"], "success", "{d}");
    assert_eq!(d["run"]["retry_of"], failed);

    // A viewer sees runs but cannot run, retry, or see credentials or users.
    admin.add_user("vera", "viewer", "viewer-password-1").await;
    let viewer = login(&s.base, "vera", "viewer-password-1").await;
    assert!(
        viewer
            .get_text("/runs")
            .await
            .contains(&format!("/runs/{failed}\""))
    );
    let page = viewer.get_text(&format!("/runs/{failed}")).await;
    assert!(!page.contains("Run again") && !page.contains("href=\"/credentials\""));
    assert_eq!(viewer.get("/credentials").await.status(), 403);
    assert_eq!(viewer.get("/users").await.status(), 403);
    assert_eq!(viewer.get("/audit").await.status(), 403);
    assert_eq!(
        viewer
            .post(&format!("/runs/{failed}/retry"), &[("from_step", "")])
            .await
            .status(),
        403
    );
    assert_eq!(
        viewer
            .post(&format!("/workflows/{W2}/run"), &[])
            .await
            .status(),
        403
    );

    // Logout ends the session.
    assert_eq!(viewer.post("/logout", &[]).await.status(), 303);
    assert_eq!(viewer.get("/runs").await.status(), 303);

    // The audit log says who did what.
    let audit = admin.get_text("/audit").await;
    assert!(
        audit.contains("run again") && audit.contains("create user") && audit.contains("vera"),
        "{audit}"
    );
    s.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_api_metrics_credentials_and_login_limits() {
    let s = serve().await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let (_, body) = s.found_case(3);
    let url = format!("{}/hooks/{HOOK}", s.base);
    let c = client();
    // Webhook authentication, JSON validation, body size.
    assert_eq!(c.post(&url).json(&body).send().await.unwrap().status(), 401);
    assert_eq!(
        c.post(&url)
            .header("X-Mapwright-Secret", "wrong")
            .json(&body)
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let r = c
        .post(&url)
        .header("X-Mapwright-Secret", HOOK_SECRET)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = c
        .post(&url)
        .header("X-Mapwright-Secret", HOOK_SECRET)
        .json(&json!([1, 2]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let big = json!({"data": {"record_id": "x", "pad": "a".repeat(300 * 1024)}});
    let r = c
        .post(&url)
        .header("X-Mapwright-Secret", HOOK_SECRET)
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    // An unknown path answers as a known one without the secret does.
    let unknown = c
        .post(format!("{}/hooks/nope", s.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    let known = c.post(&url).json(&body).send().await.unwrap();
    assert_eq!(
        (unknown.status().as_u16(), known.status().as_u16()),
        (401, 401)
    );
    assert_eq!(unknown.text().await.unwrap(), known.text().await.unwrap());
    // The OpenFn-wrapped Primero body is accepted too.
    let wrapped = json!({"__query_params": {}, "data": body["data"].clone()});
    let run = s.hook_run(&wrapped).await;
    assert_eq!(admin.wait_run(run).await["run"]["status"], "success");

    // An API token (shown once) for the JSON API and /metrics.
    let bearer = admin.api_bearer().await;
    let list: serde_json::Value = c
        .get(format!("{}/api/runs?workflow={W2}", s.base))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["runs"][0]["id"], run);
    let r = c
        .post(format!("{}/api/runs/{run}/retry", s.base))
        .header("authorization", &bearer)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let again = r.json::<serde_json::Value>().await.unwrap()["run_id"]
        .as_i64()
        .unwrap();
    assert_eq!(admin.wait_run(again).await["run"]["trigger"], "retry");
    // Cookies are not enough to change anything through the API (no CSRF there).
    let r = c
        .post(format!("{}/api/runs/{run}/retry", s.base))
        .header("cookie", &admin.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let m = c
        .get(format!("{}/metrics", s.base))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        m.contains(&format!(
            "mapwright_runs{{workflow=\"{W2}\",status=\"success\"}} 2"
        )),
        "{m}"
    );
    assert!(
        m.contains(&format!(
            "mapwright_records_total{{workflow=\"{W2}\",outcome=\"updated\"}} 2"
        )),
        "{m}"
    );
    assert!(
        m.contains("mapwright_step_duration_seconds_count{")
            && m.contains("mapwright_webhook_start_seconds_count 1"),
        "{m}"
    );

    // Credentials: write-only, encrypted at rest.
    let secret = "rotated-moph-password-XYZ";
    let values = format!("email={}\npassword={secret}", fakes::moph::DEFAULT_EMAIL);
    let r = admin
        .post(
            "/credentials",
            &[
                ("name", "moph"),
                ("owner", "ops"),
                ("environment", "test"),
                ("values", values.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let page = admin.get_text("/credentials").await;
    assert!(
        page.contains("moph") && page.contains(W2) && page.contains("email, password"),
        "{page}"
    );
    assert!(!page.contains(secret));
    let db = std::fs::read(s.dir.path().join("mapwright.db")).unwrap();
    let wal = std::fs::read(s.dir.path().join("mapwright.db-wal")).unwrap_or_default();
    let hay = [db, wal].concat();
    assert!(
        !hay.windows(secret.len()).any(|w| w == secret.as_bytes()),
        "credential stored in clear"
    );
    // The wrong moph password is used by the next run: HIS login fails, the run says so.
    let run = s.hook_run(&body).await;
    let d = admin.wait_run(run).await;
    assert!(
        !d.to_string().contains(secret),
        "a secret in the run detail"
    );
    let r = admin.post("/credentials/moph/delete", &[]).await;
    assert_eq!(r.status(), 303);

    // Login rate limiting: after five failures from an address, its next try must wait, even
    // with the right password (another address is not held up: see serve_accounts.rs).
    for _ in 0..5 {
        let r = try_login(&s.base, "admin", "wrong password!")
            .await
            .err()
            .expect("refused");
        assert_eq!(r.status(), 401);
    }
    let r = try_login(&s.base, "admin", &s.admin_password)
        .await
        .err()
        .expect("locked out");
    assert_eq!(r.status(), 429);
    s.shutdown().await;
}

/// The run page lists the transform counters stored with a run (unknown codes passed by policy,
/// coercions), HTML-escaped; a run without counters has no such table.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_page_shows_transform_counters() {
    use runtime::store::{CounterRow, Store};
    let s = serve().await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let (_, body) = s.found_case(0);
    let run = s.hook_run(&body).await;
    admin.wait_run(run).await;
    let before = admin.get_text(&format!("/runs/{run}")).await;
    assert!(!before.contains("Transform counters"), "{before}");
    assert!(
        !before.contains("run-attention"),
        "nothing counted: {before}"
    );
    let badge = format!("<a href=\"/runs/{run}#counters\" class=\"badge attention\"");
    assert!(!admin.get_text("/runs").await.contains(&badge));

    let row = |kind: &str, subject: &str, detail: &str, count| CounterRow {
        transform: "thailand_w2_his_to_primero".into(),
        kind: kind.into(),
        subject: subject.into(),
        detail: detail.into(),
        count,
    };
    let store = &s.running.state.store;
    store
        .add_counters(
            run,
            vec![
                row("unknown_code", "his_education", "<b>7</b>", 3),
                row("coercion", "interventions[0].age", "number_to_string", 2),
            ],
        )
        .await
        .expect("counters stored");
    // Counters add up with what is stored.
    store
        .add_counters(
            run,
            vec![row("unknown_code", "his_education", "<b>7</b>", 4)],
        )
        .await
        .expect("counters stored");

    let page = admin.get_text(&format!("/runs/{run}")).await;
    assert!(
        page.contains("<h2 id=\"counters\">Transform counters</h2>"),
        "{page}"
    );
    // Unknown codes: one row per option set, each code listed with its count.
    assert!(
        page.contains(r#"<td data-label="Option set">his_education</td><td data-label="Unknown codes"><code>&#60;b&#62;7&#60;/b&#62;</code> ×7</td><td data-label="Count">7</td>"#)
            || page.contains(r#"<td data-label="Option set">his_education</td><td data-label="Unknown codes"><code>&lt;b&gt;7&lt;/b&gt;</code> ×7</td><td data-label="Count">7</td>"#),
        "the unknown code row, escaped and summed: {page}"
    );
    assert!(!page.contains("<b>7</b>"), "an unescaped code");
    assert!(
        page.contains(r#"<td data-label="Field or option set">interventions[0].age</td><td data-label="Coercion or code">number_to_string</td><td data-label="Count">2</td>"#),
        "{page}"
    );
    // Unknown codes mark the run for attention, on its page and in Activity.
    assert!(
        page.contains("id=\"run-attention\">7 unknown codes</span>"),
        "{page}"
    );
    assert!(admin.get_text("/runs").await.contains(&badge));
    // So does questionnaire drift (issue 11): a relabelled question, and the one it replaced.
    store
        .add_counters(
            run,
            vec![
                row("unmatched_question", "CC", "7. ใช้ฝ่ามือตี", 1),
                row("missing_question", "CC", "7. ใช้ฝ่ามือฟาด", 1),
            ],
        )
        .await
        .expect("counters stored");
    let page = admin.get_text(&format!("/runs/{run}")).await;
    assert!(
        page.contains("id=\"run-attention\">2 questionnaire drift, 7 unknown codes</span>"),
        "{page}"
    );
    assert!(
        page.contains(r#"<td data-label="Coercion or code">7. ใช้ฝ่ามือตี</td>"#),
        "the text is shown: {page}"
    );
    s.shutdown().await;
}
