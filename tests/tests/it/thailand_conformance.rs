//! Real Thailand payloads (from `../shared/fixtures/primero-thailand`, when present) through
//! both transforms: no record fails, and no unknown-code error for codes the real lookups hold.
//! Says clearly when it skipped.

use serde_json::Value;

use crate::thailand_support::*;

#[test]
fn real_primero_cases_map_to_childshield() {
    let mut cases: Vec<Value> = Vec::new();
    for name in ["primeroCaseOutput.json", "primeroCaseOutput15Feb.json"] {
        if let Some(v) = real(name) {
            cases.push(v);
        }
    }
    if let Some(Value::Array(list)) = real("primero_get_cases_response_with_CS_forms.json") {
        cases.extend(list);
    }
    if cases.is_empty() {
        eprintln!(
            "SKIPPED: no real Primero cases; the golden tests cover WF1 with synthetic records"
        );
        return;
    }
    let dep = deployment();
    for case in &cases {
        let out = run_unfiltered(&dep, W1, case);
        let out = match out {
            Ok(Some(v)) => v,
            other => panic!("case {:?}: {other:?}", case.get("case_id_display")),
        };
        let obj = out.as_object().map(|o| o.len()).unwrap_or(0);
        assert_eq!(obj, 31, "31 groups");
        eprintln!(
            "{}",
            serde_json::to_string(&out)
                .unwrap_or_default()
                .chars()
                .take(3000)
                .collect::<String>()
        );
    }
    eprintln!("WF1 conformance: {} real cases mapped", cases.len());
}

#[test]
fn real_his_person_maps_to_a_primero_update() {
    let Some(person) = real("childShield_Risk_model_PLH_data_OFG.json") else {
        eprintln!("SKIPPED: no real HIS person; the golden tests cover WF2 with synthetic records");
        return;
    };
    let dep = deployment();
    let out = match run(&dep, W2, &person) {
        Ok(Some(v)) => v,
        other => panic!("{other:?}"),
    };
    let Some(obj) = out.as_object() else {
        panic!("not an object: {out}")
    };
    // Every PLH week-1 select of the fixture's first CC questionnaire has a checked option.
    assert_eq!(
        obj.get("assessment_date_2eb4573"),
        Some(&Value::String("2022-08-08".into()))
    );
    assert_eq!(
        obj.get("assessment_date_b5c03b8"),
        Some(&Value::String("2022-08-09".into()))
    );
    assert_eq!(
        obj.get("risk_level_from_child_shield_system_2df7bf4"),
        Some(&Value::String("medium_2c2d8b1".into()))
    );
    assert_eq!(
        obj.get("child_shield_case_status_47a0eef"),
        Some(&Value::String("assigned_team_04c3f8e".into()))
    );
    assert_eq!(
        obj.get("import_number_a1a204c"),
        None,
        "a null risk value is left out of the PATCH, never the text \"null\""
    );
    assert_eq!(
        obj.get("nationality"),
        Some(&serde_json::json!(["thailand"]))
    );
    let plh_nulls: Vec<&String> = obj
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k)
        .collect();
    eprintln!(
        "WF2 conformance: {} fields, {} null: {plh_nulls:?}",
        obj.len(),
        plh_nulls.len()
    );
}
