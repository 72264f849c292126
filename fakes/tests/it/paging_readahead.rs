//! Paging answers stay exact with read-ahead and cached query results: a
//! change between two page requests shows in the next page.

use std::time::Duration;

use fakes::{DataGen, FakePrimero, PrimeroConfig};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{answer, primero};

const SEED: u64 = 8;

async fn page(p: &FakePrimero, n: u64) -> Value {
    let path = format!("/api/v2/cases?per=1000&page={n}&order_by=created_at&order=asc");
    let (status, body) = answer(primero(p, Method::GET, &path)).await;
    assert!(status.is_success() && body.is_object(), "{status}: {body}");
    body
}

fn ids(body: &Value) -> Vec<String> {
    body["data"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["id"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn changes_between_pages_show_in_the_next_page() {
    let p = FakePrimero::start(PrimeroConfig {
        generated_cases: 2500,
        seed: SEED,
        ..PrimeroConfig::default()
    })
    .await
    .expect("fake starts");
    let g = DataGen::new(SEED);
    let first = page(&p, 1).await;
    assert_eq!(first["data"][0], g.case(0));
    // Let the read-ahead of page 2 finish, then change a case on page 2.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let target = g.case_meta(1500).id;
    let resp = primero(&p, Method::PATCH, &format!("/api/v2/cases/{target}"))
        .json(&json!({"data": {"name_first": "Changed"}}))
        .send()
        .await
        .expect("patch reaches the fake");
    assert!(resp.status().is_success());
    let second = page(&p, 2).await;
    assert_eq!(second["data"][500]["id"], json!(target));
    assert_eq!(second["data"][500]["name_first"], json!("Changed"));
    assert_eq!(second["data"][499], g.case(1499));

    // A case inserted before page 3 is requested shifts it by one.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let early = p.insert_case(json!({"created_at": "2020-01-01T00:00:00.000Z"}));
    let third = page(&p, 3).await;
    assert_eq!(third["metadata"]["total"], json!(2501));
    assert_eq!(third["data"][0]["id"], json!(g.case_meta(1999).id));
    assert_eq!(ids(&third).len(), 501);
    assert!(!ids(&third).contains(&early));

    // Without changes, a repeated page is identical.
    assert_eq!(page(&p, 2).await, page(&p, 2).await);
    p.shutdown().await;
}
