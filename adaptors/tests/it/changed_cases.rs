//! `Client::cases_changed_since`: keyset paging in `last_updated_at` order against the fake
//! Primero. Every case changed since the bound is returned, in order, also when a case is
//! updated while we page (it comes again at the end) and when many cases share one timestamp.

use std::collections::HashMap;
use std::time::Duration;

use adaptors::RetryPolicy;
use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};
use fakes::{DataGen, FakePrimero};
use serde_json::{Value, json};

const SEED: u64 = 33;

async fn fake(cases: u64) -> FakePrimero {
    FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: cases,
        seed: SEED,
        ..Default::default()
    })
    .await
    .expect("fake starts")
}

fn client(p: &FakePrimero, per: u32) -> Client {
    let auth = PrimeroAuth::Basic {
        username: DEFAULT_USER.to_owned(),
        password: DEFAULT_PASSWORD.to_owned(),
    };
    Client::new(PrimeroConfig {
        per_page: per,
        policy: RetryPolicy {
            max_attempts: 2,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(20),
            jitter: 0.0,
            timeout: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(1),
        },
        ..PrimeroConfig::new(p.url(), auth)
    })
    .expect("valid config")
}

fn text<'a>(c: &'a Value, k: &str) -> &'a str {
    c.get(k).and_then(Value::as_str).unwrap_or_default()
}

#[tokio::test]
async fn a_case_updated_while_paging_is_seen_again_never_skipped() {
    let p = fake(60).await;
    let c = client(&p, 10);
    let mut pages = c.cases_changed_since("2023-01-01T00:00:00.000Z");
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut last = String::new();
    let mut n = 0;
    let mut touched = None;
    while let Some(page) = pages.next_page().await.expect("page") {
        for case in &page.cases {
            assert!(
                text(case, "last_updated_at") >= last.as_str(),
                "out of order"
            );
            last = text(case, "last_updated_at").to_owned();
            *seen.entry(text(case, "id").to_owned()).or_default() += 1;
        }
        n += 1;
        if n == 2 {
            // Change the first case returned: with offset paging every later case would shift
            // one place up and one would fall between two pages.
            let first = DataGen::new(SEED);
            let id = (0..60)
                .map(|i| first.case_meta(i))
                .min_by_key(|m| m.updated_ms)
                .map(|m| m.id)
                .expect("a case");
            c.update_case(&id, &json!({"name_nickname": "x"}))
                .await
                .expect("updated");
            touched = Some(id);
        }
    }
    assert_eq!(seen.len(), 60, "every case returned");
    let touched = touched.expect("updated one");
    assert_eq!(seen[&touched], 2, "the updated case comes again");
    assert!(seen.iter().all(|(k, v)| *v == 1 || *k == touched));
}

#[tokio::test]
async fn cases_sharing_one_timestamp_beyond_a_page_are_all_returned_once() {
    let p = fake(0).await;
    let c = client(&p, 4);
    // Eleven cases changed in the same millisecond (pages of 4), and one later.
    let at = "2024-05-05T00:00:00.000Z";
    for i in 0..11 {
        p.insert_case(
            json!({"id": format!("tie-{i:02}"), "created_at": at, "last_updated_at": at}),
        );
    }
    p.insert_case(
        json!({"id": "tie-11", "created_at": at, "last_updated_at": "2024-05-06T00:00:00.000Z"}),
    );
    let mut pages = c.cases_changed_since("2023-01-01T00:00:00.000Z");
    let mut ids = Vec::new();
    while let Some(page) = pages.next_page().await.expect("page") {
        ids.extend(page.cases.iter().map(|x| text(x, "id").to_owned()));
    }
    ids.sort();
    let want: Vec<String> = (0..12).map(|i| format!("tie-{i:02}")).collect();
    assert_eq!(ids, want);
}
