//! Failure e-mails: a failed run sends one message over SMTP to a real (loopback) SMTP server
//! started by the test, with the workflow, the run link, the exit code, the error and the
//! affected records, masked; a second failure within the throttle period sends nothing.

use std::time::Duration;

use crate::serve_support::smtp;
use crate::serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_run_sends_one_throttled_email() {
    let mut sink = smtp::start().await;
    let to_sink = sink.settings();
    let s = serve_with(|cfg, settings| {
        cfg.notify.admins = vec!["ops@example.org".into()];
        settings.smtp = Some(to_sink);
    })
    .await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    // A recipient added on the page, for this workflow only.
    let r = admin
        .post(
            "/notifications",
            &[
                ("action", "add"),
                ("workflow", W2),
                ("email", "case-team@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        admin
            .get_text("/notifications")
            .await
            .contains("case-team@example.org")
    );

    let (_, body) = s.found_case(0);
    let nid = s.national_id(&body);
    s.fail_next_upsert();
    let run = s.hook_run(&body).await;
    assert_eq!(admin.wait_run(run).await["run"]["status"], "failed");

    let mail = tokio::time::timeout(Duration::from_secs(20), sink.mails.recv())
        .await
        .expect("an e-mail within 20 s")
        .expect("mail");
    assert_eq!(mail.from, "mapwright@example.org");
    let mut to = mail.to.clone();
    to.sort();
    assert_eq!(
        to,
        vec![
            "case-team@example.org".to_owned(),
            "ops@example.org".to_owned()
        ]
    );
    let text = mail.data.replace("=\n", "");
    assert!(
        text.contains(&format!(
            "Subject: [mapwright] {W2} run #{run} failed (exit 1)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("Run: {}/runs/{run}", s.base)),
        "{text}"
    );
    assert!(text.contains("Exit code: 1 (sync error"), "{text}");
    assert!(
        text.contains(body["data"]["record_id"].as_str().unwrap()),
        "affected record listed: {text}"
    );
    assert!(!text.contains(&nid), "national id in the e-mail: {text}");

    // A second failure right after: throttled, no second message.
    s.fail_next_upsert();
    let run2 = s.hook_run(&body).await;
    assert_eq!(admin.wait_run(run2).await["run"]["status"], "failed");
    assert!(
        tokio::time::timeout(Duration::from_millis(1500), sink.mails.recv())
            .await
            .is_err(),
        "throttled"
    );
    s.shutdown().await;
}
