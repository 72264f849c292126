//! Golden tests: synthetic records in the real shapes (tests/fixtures/thailand/) through both
//! Thailand transforms, as insta JSON snapshots, plus assertions on the rules that matter most
//! (so a snapshot update cannot quietly accept a regression).

use mapping_dsl::rt::ErrorKind;
use serde_json::{Value, json};

use crate::thailand_support::*;

fn ok(r: Result<Option<Value>, mapping_dsl::rt::TransformError>) -> Value {
    match r {
        Ok(Some(v)) => v,
        other => panic!("expected an output record, got {other:?}"),
    }
}

#[test]
fn w1_full_case() {
    let dep = deployment();
    let out = ok(run(&dep, W1, &fixture("w1_case_full.json")));
    assert_eq!(out.as_object().map(|o| o.len()), Some(31), "31 groups");
    // A select: {code: Thai label}.
    assert_eq!(out["closure_form"]["status"], json!({"open": "เปิด"}));
    assert_eq!(
        out["formsection-patient-education-and-career-6d53ca5"]["occupation_1"],
        json!({"pre_school": "ก่อนวัยเรียน"})
    );
    // A multi select keeps order and duplicates.
    assert_eq!(
        out["formsection-incident-details-fe05aa3"]["physical_issue_2e9f1c6"],
        json!([{"chronic_illness": "ความเจ็บป่วยเรื้อรัง"}, {"disability": "ความพิการ"}, {"chronic_illness": "ความเจ็บป่วยเรื้อรัง"}])
    );
    // An option whose Thai label is empty gives "" (reported by `check` as W604).
    assert_eq!(
        out["formsection-perpetrator-details-998d1e0"]["nationality_fa822dc"],
        json!({"lisu_47521dd": ""})
    );
    // Locations: the full Thai path; an unlisted code stands in for its label.
    assert_eq!(
        out["basic_identity"]["location_current"],
        json!({"TH100107": "ประเทศไทย:กรุงเทพมหานคร:เขตพระนคร:แขวงบวรนิเวศ"})
    );
    assert_eq!(
        out["family_details_section"][1]["relation_location_current"],
        json!({"TH999999": "TH999999"})
    );
    // C(x): missing -> null, "" -> "", [] -> "".
    assert_eq!(
        out["basic_identity"]["physical_characteristics"],
        Value::Null
    );
    assert_eq!(out["basic_identity"]["other_id_no"], json!(""));
    assert_eq!(
        out["family_details_section"][2]["relation_nationality"],
        json!("")
    );
    assert_eq!(out["services_section"][2]["service_type"], Value::Null);
    // The national id is text even when Primero sends a number.
    assert_eq!(
        out["basic_identity"]["national_id_no"],
        json!("1111111111113")
    );
    // Subforms follow C(x) too: [] -> "", missing or null -> null; 1 and many rows; HIS rows
    // are not echoed back.
    assert_eq!(out["age_assessment"], json!(""));
    assert_eq!(out["assessment_update"], Value::Null);
    assert_eq!(out["witnesses__6c0a33c"], Value::Null);
    assert_eq!(out["new_expense"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        out["family_details_section"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(out["physical_check_2"].as_array().map(Vec::len), Some(1));
    insta::assert_json_snapshot!("w1_full_case", out);
}

#[test]
fn w1_minimal_case_and_filter() {
    let dep = deployment();
    let out = ok(run(&dep, W1, &fixture("w1_case_minimal.json")));
    assert_eq!(out["basic_identity"]["location_current"], Value::Null);
    assert_eq!(out["conclusion"]["protection_concerns"], Value::Null);
    assert_eq!(out["services_section"], Value::Null);
    insta::assert_json_snapshot!("w1_minimal_case", out);

    // The intended filter: an open case whose assessment began before the cursor day is skipped,
    // a closed one is kept only when it was closed since then.
    let t = transform(&dep, W1);
    let at = |rec: Value, cursor: &str| {
        let ctx = ctx_for(t).with_param("cursor", json!(cursor));
        mapping_dsl::interp::run_record(&dep, t, &rec, &ctx).map(|o| o.is_some())
    };
    let open = json!({"id": "a", "status": "open", "assessment_requested_on": "2024-02-20"});
    assert_eq!(at(open.clone(), "2024-02-20T00:00:00Z"), Ok(true));
    assert_eq!(at(open, "2024-02-21T00:00:00Z"), Ok(false));
    // 2024-02-20T18:00Z is already the 21st in Bangkok.
    let late = json!({"id": "b", "status": "open", "assessment_requested_on": "2024-02-20"});
    assert_eq!(at(late, "2024-02-20T18:00:00Z"), Ok(false));
    let closed_old = json!({"id": "c", "status": "closed", "assessment_requested_on": "2024-02-25", "date_closure": "2024-01-01"});
    assert_eq!(
        at(closed_old, "2024-02-01T00:00:00Z"),
        Ok(false),
        "legacy `statuc` typo kept this one"
    );
    let closed_new = json!({"id": "d", "status": "closed", "assessment_requested_on": "2023-01-01", "date_closure": "2024-02-02"});
    assert_eq!(at(closed_new, "2024-02-01T00:00:00Z"), Ok(true));
    let no_assessment = json!({"id": "e", "status": "closed", "date_closure": "2024-02-02"});
    assert_eq!(at(no_assessment, "2024-02-01T00:00:00Z"), Ok(false));
}

#[test]
fn w1_unknown_code_fails_the_record_naming_field_and_code() {
    let dep = deployment();
    let err = match run(&dep, W1, &fixture("w1_case_unknown_code.json")) {
        Err(e) => e,
        other => panic!("expected an error, got {other:?}"),
    };
    assert_eq!(
        err.kind,
        ErrorKind::UnknownCode {
            set: "risk_level".into(),
            code: "not_a_level".into()
        }
    );
    assert!(err.field.contains("risk_level"), "{err}");
    assert_eq!(err.record.as_deref(), Some("t000003"));
}

#[test]
fn w2_full_person() {
    let dep = deployment();
    let out = ok(run(&dep, W2, &fixture("w2_person_full.json")));
    // Person fields.
    assert_eq!(out["sex"], json!("female"));
    assert_eq!(
        out["nationality"],
        json!(["thailand"]),
        "a 2-digit HIS code is padded"
    );
    // An unknown code is counted and its select left out: "" is no option id (422 on 2.15+),
    // and a null would erase what a case worker entered.
    assert!(
        out.get("maritial_status").is_none(),
        "unknown code 9 is left out"
    );
    assert_eq!(out["school_level_attained_"], json!("junior_high_school"));
    assert_eq!(out["telephone_current"], json!(""));
    assert_eq!(out["other_agency_id"], json!("11041/000123"));
    assert_eq!(out["age"], json!(11));
    // The most recent visit.
    assert_eq!(out["outpatient_number"], json!("67-0210093012"));
    assert_eq!(
        out["service_department_87cec18"],
        json!("ห้องฉุกเฉิน"),
        "newer payloads send main_dept"
    );
    assert_eq!(
        out["date_and_time_of_visit_to_the_hospital"],
        json!("2024-02-10T02:30:00.000Z"),
        "Bangkok 09:30"
    );
    // Exam rows: one per non-PLH visit with data, deterministic ids, this visit's labs only.
    let rows = out["physical_check_2"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0]["unique_id"],
        json!("65c6f0a1-b2c3-d4e5-f6a7-b8c911111111")
    );
    assert_eq!(rows[0]["patient_s_weight"], json!(42));
    assert_eq!(
        rows[0]["pregnancy_test_21c37e2"],
        json!("Positive - (Negative)")
    );
    assert_eq!(rows[0]["hiv_ab_8c67abf"], json!("Non-reactive S/CO (<1)"));
    assert_eq!(rows[0]["vdrl_aa8c121"], json!(""));
    // Diagnoses by type; "01" is type 1, an unknown type is "other".
    assert_eq!(
        out["main_diagnosis__04438ee"],
        json!("T74.1 Physical abuse, T74.12 Physical abuse of child")
    );
    assert_eq!(out["other_diagnosis_a692bec"], json!("R51 Headache"));
    assert_eq!(out["complications_123ecae"], json!(""));
    // Risk model: case-insensitive enums, null stays null.
    assert_eq!(
        out["risk_level_from_child_shield_system_2df7bf4"],
        json!("medium_2c2d8b1")
    );
    assert_eq!(
        out["child_shield_case_status_47a0eef"],
        json!("received_case_94a86d4")
    );
    assert_eq!(
        out["severity_type_323dfc7"],
        json!(["sexual_ea92fba", null])
    );
    assert_eq!(out["oscc_team_id_d16244c"], json!("team-a"));
    assert_eq!(out["import_number_a1a204c"], Value::Null);
    // PLH: week 1 from the earliest CC (in another intervention), week 14 from the latest.
    assert_eq!(out["assessment_date_2eb4573"], json!("2024-01-02"));
    assert_eq!(out["assessment_date_b5c03b8"], json!("2024-02-09"));
    assert_eq!(
        out["psu_assessment_date_week_1_07d31fa"],
        json!("2024-01-05")
    );
    assert_eq!(
        out["psu_assessment_date_week_14_098ffac"],
        json!("2024-02-09")
    );
    assert_eq!(out["plh_caregiver_first_name_93f7d52"], json!("คำตอบ 66"));
    assert_eq!(out["age_60ee953"], json!(45));
    assert_ne!(
        out["this_past_week__name_of_the_child_s_primary_caregiver__how_many_times_did_you_shake__child_s_name___e9ccdbd"],
        Value::Null
    );
    // Pregnancies: one row per ANC record of a non-PLH visit (here two in one visit), ids from
    // "1" + date + cid whatever the position.
    let ids: Vec<&Value> = out["new_pregnancy"]
        .as_array()
        .map(|a| a.iter().map(|r| &r["unique_id"]).collect())
        .unwrap_or_default();
    assert_eq!(
        ids,
        [
            &json!("12024010-5111-1111-1111-130000000000"),
            &json!("12024021-0111-1111-1111-130000000000")
        ]
    );
    assert_eq!(
        out["new_pregnancy"][1]["current_gestational_week"],
        json!(14)
    );
    insta::assert_json_snapshot!("w2_full_person", out);
}

#[test]
fn w2_person_without_history_or_risk_model() {
    let dep = deployment();
    let out = ok(run(&dep, W2, &fixture("w2_person_minimal.json")));
    assert_eq!(out["physical_check_2"], json!([]));
    assert_eq!(out["new_pregnancy"], json!([]), "no ANC record: no row");
    assert_eq!(out["date_and_time_of_visit_to_the_hospital"], Value::Null);
    assert_eq!(out["outpatient_number"], json!(""));
    assert_eq!(
        out["risk_level_from_child_shield_system_2df7bf4"],
        Value::Null
    );
    assert_eq!(out["assessment_date_2eb4573"], Value::Null);
    assert!(
        out.get("nationality").is_none(),
        "no HIS nationality: Primero's value is left alone"
    );
    insta::assert_json_snapshot!("w2_minimal_person", out);
}

/// The PLH and risk-model keys of the W2 PATCH: every `answer:` rule, the six assessment dates
/// and the fifteen risk-model fields.
fn plh_and_risk_keys(dep: &mapping_dsl::ir::Deployment) -> Vec<String> {
    use mapping_dsl::ir::{Expr, ValueRule};
    let t = transform(dep, W2);
    let mut keys: Vec<String> = t
        .output
        .fields
        .iter()
        .filter(|f| match &f.value {
            ValueRule::Expr(e) | ValueRule::Map { source: e, .. } => {
                matches!(e.kind, Expr::Answer(_))
            }
            _ => false,
        })
        .map(|f| f.name.clone())
        .collect();
    assert_eq!(keys.len(), 141, "141 PLH answers");
    keys.extend(
        [
            "assessment_date_2eb4573",
            "assessment_date_b5c03b8",
            "assessment_date_a745d8b",
            "assessment_date_5f07c55",
            "psu_assessment_date_week_1_07d31fa",
            "psu_assessment_date_week_14_098ffac",
            "child_shield_case_id_95aaf33",
            "severity_type_323dfc7",
            "mental_d2e118d",
            "physical_aa3d640",
            "sexual_b2b5d48",
            "import_number_a1a204c",
            "child_shield_case_status_47a0eef",
            "oscc_team_id_d16244c",
            "officer_id_a575aac",
            "care_giver_user_b93a5bd",
            "case_status_before_remove_58dd4e2",
            "case_user_id_54c9fa6",
            "risk_level_from_child_shield_system_2df7bf4",
            "summary_risk_level_70cca8c",
            "improve_level_ac512e2",
        ]
        .map(String::from),
    );
    keys
}

#[test]
fn w2_patch_leaves_out_plh_and_risk_keys_without_questionnaire_or_risk_model() {
    let dep = deployment();
    let keys = plh_and_risk_keys(&dep);
    let minimal = fixture("w2_person_minimal.json");
    assert!(
        minimal.get("riskmodel").is_none_or(Value::is_null),
        "the fixture has no riskmodel"
    );
    let out = ok(run(&dep, W2, &minimal));
    let sent: Vec<&String> = keys
        .iter()
        .filter(|k| out.get(k.as_str()).is_some())
        .collect();
    assert!(
        sent.is_empty(),
        "a PATCH would overwrite these with null: {sent:?}"
    );
    // The same keys are sent when the person has the questionnaires and the risk model.
    let full = ok(run(&dep, W2, &fixture("w2_person_full.json")));
    let present = keys
        .iter()
        .filter(|k| full.get(k.as_str()).is_some())
        .count();
    assert!(
        present > 100,
        "only {present} of {} keys sent for a full person",
        keys.len()
    );
    // Known keys still go out, and an unanswered risk value is left out, not nulled.
    assert_eq!(full["mental_d2e118d"], json!("Y"));
    assert!(
        full.get("officer_id_a575aac").is_none(),
        "officerId is null in HIS"
    );
}

#[test]
fn w2_single_questionnaire_fills_week_1_only() {
    let dep = deployment();
    let out = ok(run(
        &dep,
        W2,
        &fixture("w2_person_single_questionnaires.json"),
    ));
    assert_eq!(out["assessment_date_2eb4573"], json!("2024-01-05"));
    assert_eq!(
        out["assessment_date_b5c03b8"],
        Value::Null,
        "legacy copied week 1 into week 14"
    );
    assert_ne!(out["i_feel_happy_with_myself_d73ec12"], Value::Null);
    assert_eq!(out["i_feel_happy_with_myself_6df7af9"], Value::Null);
}

#[test]
fn w2_one_pregnancy_across_visits_and_distinct_diagnoses() {
    let dep = deployment();
    let visit = |id: &str, date: &str, activities: Value| json!({"id": id, "vn": "1", "vstdate": date, "activities": activities});
    let rec = json!({"cid": "1111111111113", "interventions": [
        visit("a", "2024-03-01", json!({"anc": [{"date": "2024-03-01", "ga_week": 20}],
            "diagnosis": [
                {"icd10": "R51", "diag_name": "Headache", "diagtype": "4"},
                {"icd10": "R51", "diag_name": "Headache", "diagtype": "4"},
                {"icd10": "R50", "diag_name": "Fever", "diagtype": "4"}]})),
        visit("b", "2024-02-01", json!({"anc": null, "assessment": [{"bw": 40}]})),
        // A PLH visit: its ANC records are not pregnancies of this case's visits.
        visit("c", "2024-01-01", json!({"homeservice": [], "anc": [{"date": "2024-01-01"}]}))
    ]});
    let out = ok(run(&dep, W2, &rec));
    assert_eq!(
        out["new_pregnancy"],
        json!([{"unique_id": "12024030-1111-1111-1111-130000000000", "current_gestational_week": 20,
                "date_of_report": "2024-03-01", "source_of_information_647b9db": "his"}])
    );
    assert_eq!(
        out["other_diagnosis_a692bec"],
        json!("R51 Headache, R50 Fever"),
        "exact duplicates are listed once"
    );
}
