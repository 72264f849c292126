//! Failures first on the admin page (issue 14): Activity shows each run's record counts and a
//! failed run's reasons grouped; a run's page lists failures first, filters by outcome with
//! counts and pages its records, with skips not styled as errors; search finds error and log
//! text and partial ids; the Workflows page draws each workflow's last 30 days.

use runtime::store::{NewOutcome, Outcome, Scrubber, Store};

use crate::serve_support::*;

/// Words of `text` (its first few), as a search.
fn words(text: &str, n: usize) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1)
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_first_in_activity_on_the_run_page_in_search_and_in_the_chart() {
    let s = serve().await;
    let admin = login(&s.base, "admin", &s.admin_password).await;
    // A W2 sync that succeeds, then one whose Primero upsert fails.
    let (_, ok_body) = s.found_case(0);
    let ok = s.hook_run(&ok_body).await;
    assert_eq!(admin.wait_run(ok).await["run"]["status"], "success");
    let (_, body) = s.found_case(1);
    s.fail_next_upsert();
    let failed = s.hook_run(&body).await;
    let d = admin.wait_run(failed).await;
    assert_eq!(d["run"]["status"], "failed");

    // The failed run gets many more records (as a Workflow 1 page would): 60 created, 4 failed
    // for one reason, 3 skipped by `keep`.
    let scrub = Scrubber::default();
    let mut rows = Vec::new();
    for i in 0..67 {
        let (outcome, reason) = match i % 17 {
            5 => (Outcome::Failed, Some("national id missing")),
            9 | 13 if i < 40 => (Outcome::Skipped, Some("dropped by keep")),
            _ => (Outcome::Created, None),
        };
        rows.push(NewOutcome {
            record: format!("case-{i:04}-extra"),
            outcome,
            step: Some("upsert".into()),
            reason: reason.map(|r| scrub.scrub(r)),
        });
    }
    let store = &s.running.state.store;
    store.record_outcomes(failed, rows).await.expect("outcomes");
    let counts = store.outcome_counts(failed).await.unwrap();
    let (n_failed, n_created, n_skipped) = (counts["failed"], counts["created"], counts["skipped"]);
    assert_eq!(n_failed, 5, "{counts:?}");

    // Activity: record counts and the reasons grouped, most frequent first.
    let page = admin.get_text("/runs").await;
    assert!(
        page.contains(&format!(
            "{n_created} created, {n_failed} failed, {n_skipped} skipped"
        )),
        "{page}"
    );
    assert!(
        page.contains("4 records failed: national id missing; 1 record failed: "),
        "{page}"
    );
    assert!(page.contains(&format!("href=\"/runs/{failed}?outcome=failed#records\"")));

    // The run page: the reasons, the filter with counts, failures first, 50 records a page.
    let run = admin.get_text(&format!("/runs/{failed}")).await;
    assert!(
        run.contains("<b>4</b> records failed: <span class=\"err\">national id missing"),
        "{run}"
    );
    for (label, n) in [
        ("failed", n_failed),
        ("created", n_created),
        ("skipped", n_skipped),
    ] {
        assert!(
            run.contains(&format!(
                "?outcome={label}#records\" class=\"badge {label}\">{label} {n}</a>"
            )),
            "the {label} filter: {run}"
        );
    }
    let total = n_failed + n_created + n_skipped;
    assert!(run.contains(&format!("records 1–50 of {total}")), "{run}");
    let table = &run[run.find("id=\"records-table\"").expect("records table")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(table.matches("<tr><td data-label=\"Record\">").count(), 50);
    let first_five: Vec<_> = table.match_indices("class=\"badge ").take(5 + 1).collect();
    assert!(
        first_five[..5]
            .iter()
            .all(|(i, _)| table[*i..].starts_with("class=\"badge failed\"")),
        "failures first: {table}"
    );
    assert!(run.contains(&format!(
        "href=\"/runs/{failed}?page=2#records\" id=\"records-next\""
    )));
    // Skips are not styled as errors.
    assert!(
        !table.contains("class=\"err\" data-label=\"Reason\">dropped by keep"),
        "{table}"
    );
    let skipped = admin
        .get_text(&format!("/runs/{failed}?outcome=skipped"))
        .await;
    assert!(
        skipped.contains("<td class=\"why\" data-label=\"Reason\">dropped by keep</td>"),
        "{skipped}"
    );
    let page2 = admin.get_text(&format!("/runs/{failed}?page=2")).await;
    assert!(
        page2.contains(&format!("records 51–{total} of {total}")),
        "{page2}"
    );
    let only_failed = admin
        .get_text(&format!("/runs/{failed}?outcome=failed"))
        .await;
    let t = &only_failed[only_failed.find("id=\"records-table\"").unwrap()..];
    let t = &t[..t.find("</table>").unwrap()];
    assert_eq!(
        t.matches("<tr>").count(),
        1 + 5,
        "a header and the 5 failures: {t}"
    );
    assert!(!t.contains("badge created"));

    // Search: the failed step's error text finds the failed run, not the good one.
    let step_error = d["steps"]
        .as_array()
        .and_then(|s| s.iter().find_map(|s| s["error"].as_str()))
        .expect("a failed step's error")
        .to_owned();
    let q = words(&step_error, 3);
    let found = admin
        .get_text(&format!("/runs?q={}", q.replace(' ', "+")))
        .await;
    assert!(
        found.contains(&format!("href=\"/runs/{failed}\"")),
        "{q}: {found}"
    );
    assert!(
        !found.contains(&format!("href=\"/runs/{ok}\"")),
        "{q}: {found}"
    );
    // A log line's words (the engine logs each failed record).
    let found = admin.get_text("/runs?q=failed+at").await;
    assert!(
        found.contains(&format!("href=\"/runs/{failed}\"")),
        "{found}"
    );
    // A partial record id (one of the records added above).
    let found = admin.get_text("/runs?q=0042-ext").await;
    assert!(
        found.contains(&format!("href=\"/runs/{failed}\"")),
        "{found}"
    );
    assert!(!found.contains(&format!("href=\"/runs/{ok}\"")), "{found}");

    // The Workflows page: success rate over 7 and 30 days and today's bar in the chart.
    let wf = admin.get_text("/workflows").await;
    assert!(wf.contains("7 days: 2 runs, 50% succeeded, mean "), "{wf}");
    assert!(wf.contains("30 days: 2 runs, 50% succeeded"), "{wf}");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(
        wf.contains(&format!("<title>{today}: 2 runs, 1 succeeded, mean ")),
        "{wf}"
    );
    assert!(wf.contains("<svg class=\"chart\""), "{wf}");
    s.shutdown().await;
}
