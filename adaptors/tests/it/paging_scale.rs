//! Paging 20 000 generated cases through `adaptors::primero::Client` against
//! the fake Primero: every case arrives once, in creation order, within a
//! generous bound (debug builds on a loaded 2-core machine included). The
//! rate is printed; `fakes/examples/page_bench.rs` gives release figures.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use adaptors::RetryPolicy;
use adaptors::primero::{Client, PrimeroAuth, PrimeroConfig};
use fakes::primero::{DEFAULT_PASSWORD, DEFAULT_USER};
use fakes::{DataGen, FakePrimero};

const CASES: u64 = 20_000;
const SEED: u64 = 33;
/// Far above the few seconds this takes; a regression to re-generating or
/// re-sorting every case per page would still blow it.
const BOUND: Duration = Duration::from_secs(240);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_20k_cases_in_order_within_bound() {
    let fake = FakePrimero::start(fakes::PrimeroConfig {
        generated_cases: CASES,
        seed: SEED,
        ..Default::default()
    })
    .await
    .expect("fake starts");
    let mut config = PrimeroConfig::new(
        fake.url(),
        PrimeroAuth::Basic {
            username: DEFAULT_USER.into(),
            password: DEFAULT_PASSWORD.into(),
        },
    );
    config.per_page = 1000;
    config.policy = RetryPolicy {
        timeout: Duration::from_secs(120),
        ..RetryPolicy::default()
    };
    let client = Client::new(config).expect("client");
    let started = Instant::now();
    let mut pages = client.cases_since(Some("2023-01-01T00:00:00.000Z"));
    let (mut seen, mut n_pages) = (HashSet::new(), 0);
    let mut last_created = String::new();
    while let Some(page) = tokio::time::timeout(BOUND, pages.next_page())
        .await
        .expect("a page within the bound")
        .expect("page")
    {
        n_pages += 1;
        assert_eq!(page.total, CASES);
        for case in page.cases {
            let id = case["id"].as_str().unwrap_or_default().to_owned();
            let created = case["created_at"].as_str().unwrap_or_default().to_owned();
            assert!(created > last_created, "creation order");
            last_created = created;
            assert!(seen.insert(id), "no case twice");
        }
        assert!(
            started.elapsed() < BOUND,
            "paging took {:?}",
            started.elapsed()
        );
    }
    let took = started.elapsed();
    let g = DataGen::new(SEED);
    assert_eq!(seen.len() as u64, CASES);
    assert_eq!(n_pages, 20);
    assert!(seen.contains(&g.case_meta(0).id) && seen.contains(&g.case_meta(CASES - 1).id));
    println!(
        "paged {CASES} cases in {:.2}s: {:.0} cases/s",
        took.as_secs_f64(),
        CASES as f64 / took.as_secs_f64()
    );
    fake.shutdown().await;
}
