//! Synthetic records against the real samples (read only when the shared
//! fixtures folder exists; nothing is copied from them).

use fakes::{DataGen, FakePrimero, PrimeroConfig};
use reqwest::Method;
use serde_json::Value;

use crate::support::{answer, primero};

fn fixture(name: &str) -> Option<Value> {
    let path = fakes::shared::real_fixture(name)?;
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Fields the reference calls type-unstable: the generator varies them on purpose.
const UNSTABLE: &[&str] = &[
    "national_id_no",
    "telephone_current",
    "other_agency_id",
    "consent_reporting",
    "email_address",
];

#[test]
fn generated_cases_use_the_real_json_types() {
    let Some(sample) = fixture("primero_get_cases_response_with_CS_forms.json") else {
        return;
    };
    let Some(real) = sample.get(0) else { return };
    let g = DataGen::new(1);
    let mut compared = 0;
    for i in 0..200 {
        let case = g.case(i);
        for (k, v) in case.as_object().into_iter().flatten() {
            let Some(r) = real.get(k) else { continue };
            if UNSTABLE.contains(&k.as_str()) || r.is_null() || v.is_null() {
                continue;
            }
            assert_eq!(kind(v), kind(r), "field {k}");
            compared += 1;
        }
    }
    assert!(compared > 1000, "{compared}");
}

#[test]
fn generated_people_use_the_real_json_types() {
    let Some(real) = fixture("childShield_getPeopleFindOneResponse_1111111111113.json") else {
        return;
    };
    let g = DataGen::new(1);
    let idx = (0..20).find(|i| g.person_exists(*i)).unwrap_or(0);
    let person = g.person(idx).unwrap_or_default();
    for (k, r) in real.as_object().into_iter().flatten() {
        let v = person.get(k);
        assert!(v.is_some(), "person lacks {k}");
        assert_eq!(v.map(kind), Some(kind(r)), "field {k}");
    }
}

#[test]
fn generated_riskmodels_use_the_real_keys() {
    let Some(real) = fixture("childShield_Risk_model_PLH_data_OFG.json") else {
        return;
    };
    let g = DataGen::new(1);
    let idx = (0..50).find(|i| g.riskmodel(*i).is_some()).unwrap_or(0);
    let rm = g.riskmodel(idx).unwrap_or_default();
    for k in real["riskmodel"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, _)| k)
    {
        assert!(rm.get(k).is_some(), "riskmodel lacks {k}");
    }
}

#[tokio::test]
async fn real_lookups_can_be_served() {
    let Some(lookups) = fixture("api_v2_lookups.json") else {
        return;
    };
    let items = lookups["data"].as_array().cloned().unwrap_or_default();
    let p = FakePrimero::start(PrimeroConfig {
        lookups: Some(items.clone()),
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts");
    let (_, body) = answer(primero(
        &p,
        Method::GET,
        "/api/v2/lookups?per=1000000&page=1",
    ))
    .await;
    assert_eq!(body["metadata"]["total"], serde_json::json!(items.len()));
    assert_eq!(body["data"][0], items[0]);
}

/// Server-managed attributes a client never writes.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "enabled",
    "case_id",
    "short_id",
    "case_id_display",
    "created_at",
    "last_updated_at",
    "created_by",
    "last_updated_by",
    "owned_by_groups",
    "associated_user_names",
    "record_in_scope",
    "owned_by_agency_id",
    "created_organization",
    "reopened_logs",
];

#[tokio::test]
async fn generated_option_codes_exist_in_the_real_forms_and_lookups() {
    let (Some(forms), Some(lookups)) =
        (fixture("api_v2_forms.json"), fixture("api_v2_lookups.json"))
    else {
        return;
    };
    let p = FakePrimero::start(PrimeroConfig {
        forms: forms["data"].as_array().cloned(),
        lookups: lookups["data"].as_array().cloned(),
        validation: fakes::primero::Validation {
            schema: false,
            option_enums: true,
        },
        ..PrimeroConfig::default()
    })
    .await
    .expect("starts");
    let g = DataGen::new(4);
    let (probe, _) = answer(primero(&p, Method::POST, "/api/v2/cases").json(
        &serde_json::json!({"data": {"risk_level": "catastrophic", "protection_concerns": ["not_a_code"]}}),
    ))
    .await;
    assert_eq!(
        probe,
        reqwest::StatusCode::UNPROCESSABLE_ENTITY,
        "enum validation is active"
    );
    for i in 0..40 {
        let mut case = g.case(i);
        if let Some(obj) = case.as_object_mut() {
            obj.retain(|k, _| !SERVER_FIELDS.contains(&k.as_str()));
        }
        let (status, body) = answer(
            primero(&p, Method::POST, "/api/v2/cases").json(&serde_json::json!({"data": case})),
        )
        .await;
        assert_eq!(status, reqwest::StatusCode::OK, "case {i}: {body}");
    }
}
