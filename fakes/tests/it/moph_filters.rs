//! The fake HIS reads LoopBack 3 filters in both encodings: every expectation below is checked
//! once with `filter=<json>` and once with the bracket form `filter[where][cid]=…` that
//! `qs`-style clients send, over real loopback HTTP.

use fakes::{FakeMoph, MophConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Json,
    Brackets,
}

const BOTH: [Encoding; 2] = [Encoding::Json, Encoding::Brackets];

/// `{"a": {"b": [x]}}` -> `[("filter[a][b][0]", "x")]`, as `qs.stringify` writes it.
fn brackets(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| brackets(&format!("{prefix}[{k}]"), x, out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, x)| brackets(&format!("{prefix}[{i}]"), x, out)),
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

struct His {
    m: FakeMoph,
    token: String,
}

impl His {
    async fn start() -> His {
        let m = FakeMoph::start(MophConfig::default())
            .await
            .expect("fake MOPH starts");
        let token = crate::support::moph_token(&m).await;
        His { m, token }
    }

    async fn find(&self, model: &str, filter: &Value, enc: Encoding) -> (StatusCode, Value) {
        let mut query = vec![("access_token".to_owned(), self.token.clone())];
        match enc {
            Encoding::Json => query.push(("filter".into(), filter.to_string())),
            Encoding::Brackets => brackets("filter", filter, &mut query),
        }
        crate::support::answer(
            reqwest::Client::new()
                .get(format!("{}/{model}/findOne", self.m.url()))
                .query(&query),
        )
        .await
    }
}

/// Two people; the second has 5 dated visits and a risk model.
async fn seeded() -> His {
    let his = His::start().await;
    his.m.insert_person(
        json!({"cid": "9000000000017", "id": "p1", "fname": "หนึ่ง"}),
        None,
    );
    his.m.insert_person(
        json!({"cid": "9000000000025", "id": "p2", "fname": "สอง", "age": 12}),
        Some(json!({"riskLevel": "High"})),
    );
    for d in [3, 1, 5, 2, 4] {
        his.m.insert_intervention(
            json!({"cid": "9000000000025", "personId": "p2", "vstdate": format!("2023-01-0{d}"), "n": d}),
        );
    }
    his
}

#[tokio::test]
async fn where_selects_the_person_in_both_encodings() {
    let his = seeded().await;
    for enc in BOTH {
        let (s, p) = his
            .find("people", &json!({"where": {"cid": "9000000000025"}}), enc)
            .await;
        assert_eq!(s, StatusCode::OK, "{enc:?}");
        assert_eq!(
            p["id"], "p2",
            "{enc:?}: the asked person, not the first one"
        );
        assert!(p.get("interventions").is_none() && p.get("riskmodel").is_none());
        // Equality on a number property: the bracket form sends "12", LoopBack coerces it.
        let (s, p) = his
            .find("people", &json!({"where": {"age": 12}}), enc)
            .await;
        assert_eq!((s, &p["id"]), (StatusCode::OK, &json!("p2")), "{enc:?}");
    }
}

#[tokio::test]
async fn no_match_is_model_not_found_in_both_encodings() {
    let his = seeded().await;
    for enc in BOTH {
        for filter in [
            json!({"where": {"cid": "1234567890121"}}),
            json!({"where": {"cid": "9000000000025", "fname": "หนึ่ง"}}),
            json!({"where": {"cid": "1234567890121"}, "include": ["interventions", "riskmodel"]}),
        ] {
            let (s, body) = his.find("people", &filter, enc).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{enc:?} {filter}");
            assert_eq!(body["error"]["code"], "MODEL_NOT_FOUND", "{enc:?}");
            assert_eq!(
                body["error"]["message"],
                "Unknown \"person\" id \"undefined\"."
            );
        }
        let (s, body) = his
            .find(
                "interventions",
                &json!({"where": {"cid": "9000000000017"}}),
                enc,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{enc:?}");
        assert_eq!(body["error"]["code"], "MODEL_NOT_FOUND");
    }
}

#[tokio::test]
async fn include_with_scope_order_and_limit_in_both_encodings() {
    let his = seeded().await;
    let filter = json!({"where": {"cid": "9000000000025"}, "include": [
        {"relation": "interventions", "scope": {"order": "vstdate DESC", "limit": 3}},
        {"relation": "riskmodel"}]});
    let mut bodies = Vec::new();
    for enc in BOTH {
        let (s, p) = his.find("people", &filter, enc).await;
        assert_eq!(s, StatusCode::OK, "{enc:?}");
        let dates: Vec<&str> = p["interventions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|i| i["vstdate"].as_str())
            .collect();
        assert_eq!(dates, ["2023-01-05", "2023-01-04", "2023-01-03"], "{enc:?}");
        assert_eq!(p["riskmodel"], json!({"riskLevel": "High"}), "{enc:?}");
        bodies.push(p);
    }
    assert_eq!(bodies[0], bodies[1], "the same answer to both encodings");
    // `include` as a bare relation name.
    for enc in BOTH {
        let (_, p) = his
            .find(
                "people",
                &json!({"where": {"cid": "9000000000025"}, "include": "riskmodel"}),
                enc,
            )
            .await;
        assert_eq!(p["riskmodel"]["riskLevel"], "High", "{enc:?}");
        assert!(p.get("interventions").is_none());
    }
}

#[tokio::test]
async fn top_level_order_picks_the_find_one_result_in_both_encodings() {
    let his = seeded().await;
    for enc in BOTH {
        for (order, want) in [("vstdate DESC", 5), ("vstdate ASC", 1), ("n DESC", 5)] {
            let filter = json!({"where": {"cid": "9000000000025"}, "order": order, "limit": 1});
            let (s, iv) = his.find("interventions", &filter, enc).await;
            assert_eq!(s, StatusCode::OK, "{enc:?} {order}");
            assert_eq!(iv["n"], json!(want), "{enc:?} {order}");
        }
        let (s, p) = his
            .find("people", &json!({"where": {}, "order": "fname ASC"}), enc)
            .await;
        assert_eq!(
            (s, &p["id"]),
            (StatusCode::OK, &json!("p2")),
            "{enc:?}: สอง < หนึ่ง"
        );
    }
}

#[tokio::test]
async fn a_malformed_json_filter_is_a_400() {
    let his = seeded().await;
    let resp = reqwest::Client::new()
        .get(format!("{}/people/findOne", his.m.url()))
        .query(&[
            ("filter", "{\"where\": "),
            ("access_token", his.token.as_str()),
        ])
        .send()
        .await
        .expect("reaches");
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
}
