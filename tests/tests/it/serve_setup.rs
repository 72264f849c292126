//! Set-up errors where the admin looks (issue 14): `serve` checks every workflow's credentials
//! and endpoints at start; a workflow with a problem is marked on the Workflows page (with what
//! is missing and where to set it) and its triggers are held until the problem is fixed on the
//! page; a Run now that cannot start is recorded as a run with exit 2 and its cause. "Run now"
//! on a webhook workflow asks for the body, prefilled from the last run's stored input.

use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_credential_holds_the_workflows_until_it_is_set_on_the_page() {
    let s = serve_with(|cfg, _| {
        cfg.credentials.remove("moph");
    })
    .await;
    let admin = login(&s.base, "admin", &s.admin_password).await;

    // The Workflows page marks both workflows (both call MOPH) and says where to set it.
    let page = admin.get_text("/workflows").await;
    assert_eq!(
        page.matches("badge failed\">set-up problem").count(),
        2,
        "{page}"
    );
    assert!(
        page.contains("needs credential `moph`") && page.contains("Credentials page"),
        "{page}"
    );
    assert!(page.contains("Its triggers are held"), "{page}");

    // The webhook is held: 503 with Retry-After, and no run is stored.
    let (_, body) = s.found_case(0);
    let r = s.hook(&body).await;
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
    let before: serde_json::Value = admin.get("/api/runs").await.json().await.unwrap();
    assert_eq!(before["runs"].as_array().map(Vec::len), Some(0), "{before}");

    // Run now records a run that could not start: exit 2, the cause on its page.
    let r = admin.post(&format!("/workflows/{W1}/run"), &[]).await;
    assert_eq!(r.status(), 303);
    let id = redirected_run(&r);
    let d = admin.run_json(id).await;
    assert_eq!(d["run"]["status"], "crashed", "{d}");
    assert_eq!(d["run"]["exit_code"], 2);
    assert_eq!(d["run"]["trigger"], "manual");
    let run_page = admin.get_text(&format!("/runs/{id}")).await;
    assert!(
        run_page.contains("the run could not start")
            && run_page.contains("needs credential `moph`")
            && run_page.contains("Credentials page"),
        "{run_page}"
    );
    assert!(!run_page.contains("server log says why"), "{run_page}");
    // So does the API's run now: 503 with the run and the cause.
    let r = client()
        .post(format!("{}/api/workflows/{W1}/run", s.base))
        .header("authorization", admin.api_bearer().await)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("needs credential `moph`")),
        "{v}"
    );
    let api_run = v["run_id"].as_i64().expect("the run recorded");
    assert_eq!(admin.run_json(api_run).await["run"]["exit_code"], 2);

    // Setting the credential on the page releases both workflows.
    let values = format!(
        "email={}\npassword={}",
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD
    );
    let r = admin
        .post("/credentials", &[("name", "moph"), ("values", &values)])
        .await;
    assert_eq!(r.status(), 303);
    let page = admin.get_text("/workflows").await;
    assert!(!page.contains("set-up problem"), "{page}");
    let r = s.hook(&body).await;
    assert_eq!(r.status(), 202, "the webhook takes deliveries again");
    let run = r.json::<serde_json::Value>().await.unwrap()["run_id"]
        .as_i64()
        .expect("run id");
    assert_eq!(admin.wait_run(run).await["run"]["status"], "success");
    s.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_now_on_a_webhook_workflow_asks_for_the_body_prefilled_from_the_last_run() {
    let s = serve().await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let page = admin.get_text("/workflows").await;
    assert!(
        page.contains(&format!("href=\"/workflows/{W2}/run\"")),
        "a link to the form, not a bare button: {page}"
    );
    // Without a body, nothing starts.
    let r = admin.post(&format!("/workflows/{W2}/run"), &[]).await;
    assert_eq!(r.status(), 400);
    let r = admin
        .post(&format!("/workflows/{W2}/run"), &[("input", "[1, 2")])
        .await;
    assert_eq!(r.status(), 400);
    let before: serde_json::Value = admin.get("/api/runs").await.json().await.unwrap();
    assert_eq!(before["runs"].as_array().map(Vec::len), Some(0), "{before}");

    // After a webhook run, the form holds its record id; the national id is left blank.
    let (_, body) = s.found_case(0);
    let nid = s.national_id(&body);
    let r = s.hook(&body).await;
    let first = r.json::<serde_json::Value>().await.unwrap()["run_id"]
        .as_i64()
        .expect("run id");
    admin.wait_run(first).await;
    let form = admin.get_text(&format!("/workflows/{W2}/run")).await;
    let record_id = body["data"]["record_id"].as_str().expect("record id");
    assert!(form.contains(record_id), "{form}");
    assert!(!form.contains(&nid), "the national id is not shown: {form}");
    assert!(
        form.contains("&quot;national_id_no&quot;: &quot;&quot;")
            || form.contains("&#34;national_id_no&#34;: &#34;&#34;"),
        "{form}"
    );

    // The body given starts a manual run with it.
    let r = admin
        .post(
            &format!("/workflows/{W2}/run"),
            &[("input", &body.to_string())],
        )
        .await;
    assert_eq!(r.status(), 303);
    let id = redirected_run(&r);
    let d = admin.wait_run(id).await;
    assert_eq!(d["run"]["trigger"], "manual");
    assert_eq!(d["run"]["status"], "success", "{d}");
    s.shutdown().await;
}

/// A cron workflow held by a set-up problem: its missed fire is claimed at start, runs
/// nothing, and the Workflows page says it was held.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_cron_workflow_skips_its_fires() {
    use runtime::secrets::MasterKey;
    use runtime::store::SqliteStore;
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::random();
    let two_hours_ago = (chrono::Utc::now() - chrono::Duration::hours(2))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    {
        let db = SqliteStore::open(dir.path()).await.unwrap();
        db.check_key(&key).await.unwrap();
        assert!(db.claim_fire(W1, &two_hours_ago).await.unwrap());
    }
    let s = serve_in(dir, key, |cfg, settings| {
        settings.scheduler = true;
        cfg.credentials.remove("moph");
    })
    .await;
    let store = &s.running.state.store;
    let mut claimed = false;
    for _ in 0..300 {
        if store.last_fire(W1).await.unwrap().as_deref() != Some(two_hours_ago.as_str()) {
            claimed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(claimed, "the missed fire was taken up");
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    let v: serde_json::Value = admin.get("/api/runs").await.json().await.unwrap();
    assert_eq!(v["runs"].as_array().map(Vec::len), Some(0), "held: {v}");
    let page = admin.get_text("/workflows").await;
    let fire = store
        .last_fire(W1)
        .await
        .unwrap()
        .expect("the fire claimed");
    let shown = format!(
        "The cron fire of {} UTC was held.",
        fire.get(..19).unwrap_or(&fire).replace('T', " ")
    );
    assert!(page.contains(&shown), "{shown}: {page}");
    s.shutdown().await;
}
