//! The fake Primero validates create and update bodies as the reference (§4, §5.3–5.5) says,
//! over real loopback HTTP: each kind of bad body gets its status and `errors` body, on POST
//! and on PATCH, and nothing of it is stored.

use fakes::primero::PrimeroVersion;
use fakes::{DataGen, FakePrimero, PrimeroConfig};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{answer, primero};

const SEED: u64 = 5;
const CASES: u64 = 3;

async fn start(version: &str) -> FakePrimero {
    let version: PrimeroVersion = version.parse().expect("a version");
    FakePrimero::start(PrimeroConfig {
        generated_cases: CASES,
        seed: SEED,
        ..PrimeroConfig::for_version(version)
    })
    .await
    .expect("fake Primero starts")
}

async fn send(p: &FakePrimero, method: Method, path: &str, body: &str) -> (StatusCode, Value) {
    answer(
        primero(p, method, path)
            .header("content-type", "application/json")
            .body(body.to_owned()),
    )
    .await
}

/// `(what, data, JSON pointers)`: bad on every release.
fn bad_records() -> Vec<(&'static str, Value, Vec<&'static str>)> {
    vec![
        (
            "a field no form defines",
            json!({"no_such_field": "x"}),
            vec!["/no_such_field"],
        ),
        ("a number as text", json!({"age": "ten"}), vec!["/age"]),
        (
            "a number out of range",
            json!({"age": 3_000_000_000_u64}),
            vec!["/age"],
        ),
        (
            "an empty date",
            json!({"date_of_birth": ""}),
            vec!["/date_of_birth"],
        ),
        (
            "a date that is not a day",
            json!({"date_of_birth": "2015-02-30"}),
            vec!["/date_of_birth"],
        ),
        (
            "a boolean into a select",
            json!({"risk_level": true}),
            vec!["/risk_level"],
        ),
        (
            "a multi select as a string",
            json!({"nationality": "thailand"}),
            vec!["/nationality"],
        ),
        (
            "null into a tick box",
            json!({"consent_for_services": null}),
            vec!["/consent_for_services"],
        ),
        (
            "a subform row with a bad id and an unknown field",
            json!({"services_section": [{"unique_id": "row-1", "bogus": 1}]}),
            vec!["/services_section/0/bogus", "/services_section/0/unique_id"],
        ),
        (
            "two bad fields at once",
            json!({"name_first": 7, "mental_37b1218_typo": "Y"}),
            vec!["/mental_37b1218_typo", "/name_first"],
        ),
    ]
}

fn detail(body: &Value) -> Vec<String> {
    let mut d: Vec<String> =
        serde_json::from_value(body["errors"][0]["detail"].clone()).unwrap_or_default();
    d.sort();
    d
}

#[tokio::test]
async fn bad_records_are_422_on_post_and_patch_and_nothing_is_stored() {
    let p = start("2.16.0").await;
    let id = DataGen::new(SEED).case_meta(1).id;
    let before = p.case(&id);
    for (what, data, pointers) in bad_records() {
        let body = json!({"data": data}).to_string();
        for (method, path) in [
            (Method::POST, "/api/v2/cases".to_owned()),
            (Method::PATCH, format!("/api/v2/cases/{id}")),
        ] {
            let (s, err) = send(&p, method.clone(), &path, &body).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{what}: {method}");
            let e = &err["errors"][0];
            assert_eq!(e["status"], json!(422), "{what}");
            assert_eq!(e["message"], json!("Invalid Record JSON"), "{what}");
            assert_eq!(e["resource"], json!(path), "{what}");
            assert_eq!(detail(&err), pointers, "{what}: {method}");
        }
    }
    assert_eq!(p.case_count(), CASES, "no case was created");
    assert_eq!(p.case(&id), before, "the case is unchanged");
    // The same fields with good values are accepted.
    let good = json!({"data": {"age": 10, "date_of_birth": "2015-02-28", "risk_level": "high",
        "nationality": ["thailand"], "consent_for_services": true, "name_first": "ก"}});
    let (s, _) = send(
        &p,
        Method::PATCH,
        &format!("/api/v2/cases/{id}"),
        &good.to_string(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        p.case(&id).unwrap_or_default()["date_of_birth"],
        "2015-02-28"
    );
}

#[tokio::test]
async fn malformed_bodies_are_rejected_and_nothing_is_stored() {
    let p = start("2.16.0").await;
    let id = DataGen::new(SEED).case_meta(0).id;
    let before = p.case(&id);
    let cases: [(&str, StatusCode, &str); 5] = [
        ("{\"data\": ", StatusCode::BAD_REQUEST, "Bad Request"),
        (
            "{}",
            StatusCode::UNPROCESSABLE_ENTITY,
            "param is missing or the value is empty: data",
        ),
        (
            "{\"data\": 3}",
            StatusCode::UNPROCESSABLE_ENTITY,
            "param is missing or the value is empty: data",
        ),
        (
            "[1, 2]",
            StatusCode::UNPROCESSABLE_ENTITY,
            "param is missing or the value is empty: data",
        ),
        // Double-wrapped (the OpenFn adaptor >= 3.2 concern): `data` is no field.
        (
            "{\"data\": {\"data\": {\"age\": 3}}}",
            StatusCode::UNPROCESSABLE_ENTITY,
            "Invalid Record JSON",
        ),
    ];
    for (body, status, message) in cases {
        for (method, path) in [
            (Method::POST, "/api/v2/cases".to_owned()),
            (Method::PATCH, format!("/api/v2/cases/{id}")),
        ] {
            let (s, err) = send(&p, method.clone(), &path, body).await;
            assert_eq!(s, status, "{body}: {method}");
            assert_eq!(err["errors"][0]["status"], json!(status.as_u16()), "{body}");
            assert_eq!(err["errors"][0]["message"], json!(message), "{body}");
        }
    }
    assert_eq!(p.case_count(), CASES);
    assert_eq!(p.case(&id), before);
}

#[tokio::test]
async fn unknown_ids_are_404_before_the_body_is_read_and_duplicates_409() {
    let p = start("2.16.0").await;
    let unknown = "00000000-0000-4000-8000-000000000000";
    for body in [
        "{\"data\": {\"no_such_field\": 1}}",
        "{\"data\": {\"age\": 3}}",
        "nonsense",
    ] {
        let (s, err) = send(&p, Method::PATCH, &format!("/api/v2/cases/{unknown}"), body).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
        assert_eq!(err["errors"][0]["message"], json!("Not Found"));
        assert_eq!(
            err["errors"][0]["detail"],
            json!(format!("Couldn't find Child with 'id'={unknown}"))
        );
    }
    // A client id: 204 once, then 409; a bad record with a new id is 422 and not stored.
    let id = "6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    let body = json!({"data": {"id": id, "name_first": "ก"}}).to_string();
    let (s, _) = send(&p, Method::POST, "/api/v2/cases", &body).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, err) = send(&p, Method::POST, "/api/v2/cases", &body).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(
        err["errors"][0]["message"],
        json!("Conflict: A record with this id already exists")
    );
    let other = "6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5c";
    let bad = json!({"data": {"id": other, "age": "ten"}}).to_string();
    let (s, _) = send(&p, Method::POST, "/api/v2/cases", &bad).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.case(other).is_none());
    assert_eq!(p.case_count(), CASES + 1);
}

#[tokio::test]
async fn option_codes_are_checked_from_2_15_on() {
    let bad = json!({"data": {"sex": "robot", "location_current": "TH99",
        "severity_type_323dfc7": ["physical_2529d27", "teleport"]}})
    .to_string();
    let good = json!({"data": {"sex": "male", "location_current": "TH100101",
        "severity_type_323dfc7": ["physical_2529d27"]}})
    .to_string();
    for (version, rejects) in [("2.14.2", false), ("2.15.0", true), ("2.16.0", true)] {
        let p = start(version).await;
        let (s, err) = send(&p, Method::POST, "/api/v2/cases", &bad).await;
        if rejects {
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{version}");
            assert_eq!(
                detail(&err),
                ["/location_current", "/severity_type_323dfc7", "/sex"],
                "{version}"
            );
            assert_eq!(p.case_count(), CASES, "{version}");
        } else {
            assert_eq!(s, StatusCode::OK, "{version}: stored silently before 2.15");
            assert_eq!(p.case_count(), CASES + 1, "{version}");
        }
        let (s, _) = send(&p, Method::POST, "/api/v2/cases", &good).await;
        assert_eq!(s, StatusCode::OK, "{version}");
    }
}

#[tokio::test]
async fn a_metadata_folder_replaces_the_synthetic_forms() {
    let dir = std::env::temp_dir().join(format!("fakes-metadata-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let forms = json!({"data": [{"id": 1, "unique_id": "only", "parent_form": "case", "is_nested": false,
        "fields": [{"name": "only_field", "type": "text_field"}]}]});
    std::fs::write(dir.join("api_v2_forms.json"), forms.to_string()).expect("write");
    let export = fakes::primero::Export::load_dir(&dir).expect("loads");
    assert!(export.lookups.is_none() && export.locations.is_none());
    let p = FakePrimero::start(PrimeroConfig::default().with_metadata(export))
        .await
        .expect("starts");
    let (s, _) = send(
        &p,
        Method::POST,
        "/api/v2/cases",
        r#"{"data": {"only_field": "x"}}"#,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, err) = send(&p, Method::POST, "/api/v2/cases", r#"{"data": {"age": 3}}"#).await;
    assert_eq!(
        (s, detail(&err)),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["/age".to_owned()])
    );
    // Two candidates for one export are an error, not a guess.
    std::fs::write(dir.join("forms_old.json"), "[]").expect("write");
    std::fs::write(dir.join("lookups_a.json"), "[]").expect("write");
    std::fs::write(dir.join("lookups_b.json"), "[]").expect("write");
    let err = fakes::primero::Export::load_dir(&dir)
        .map(|_| ())
        .map_err(|e| e.to_string());
    assert!(
        err.as_ref()
            .is_err_and(|e| e.contains("lookups_a.json, lookups_b.json")),
        "{err:?}"
    );
    std::fs::write(dir.join("lookups_b.json"), "{\"data\": 3}").expect("write");
    std::fs::remove_file(dir.join("lookups_a.json")).expect("rm");
    let err = fakes::primero::Export::load_dir(&dir)
        .map(|_| ())
        .map_err(|e| e.to_string());
    assert!(
        err.as_ref()
            .is_err_and(|e| e.contains("not a Primero export")),
        "{err:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
