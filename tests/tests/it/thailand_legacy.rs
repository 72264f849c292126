//! Workflow 2 against the legacy OpenFn job, item by item (issue 11, item 5; issue 17, item 3):
//! each difference found by running both on the same inputs, on a minimal synthetic record in
//! the real shape (tests/fixtures/thailand/), through the interpreter *and* the generated code.
//! What stays different is listed, with its reason, in mappings/thailand/CHANGES.md.

use mapping_dsl::rt::{Context, CounterMaps};
use serde_json::{Value, json};

use crate::thailand_support::*;

/// The output and counters of both engines, after checking that they agree.
fn both(record: &Value) -> (Value, CounterMaps) {
    let dep = deployment();
    let t = transform(&dep, W2);
    let ci = ctx_for(t);
    let interp = mapping_dsl::interp::run_record(&dep, t, record, &ci);
    let Some(entry) = generated::find(W2) else {
        panic!("{W2} is not generated")
    };
    let cc: Context = ctx_for(t);
    let compiled = (entry.run_value)(record, &cc);
    assert_eq!(interp, compiled, "interpreter and generated code differ");
    let (a, b) = (ci.counters.snapshot(), cc.counters.snapshot());
    assert_eq!(a, b, "counters differ");
    match interp {
        Ok(Some(v)) => (v, a),
        other => panic!("expected an output record, got {other:?}"),
    }
}

fn coerced(c: &CounterMaps, path: &str, kind: &str) -> u64 {
    c.coercions
        .get(&(path.to_owned(), kind.to_owned()))
        .copied()
        .unwrap_or(0)
}

/// Every date field of the PATCH, at any depth, with its path.
fn date_fields<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    const DATES: [&str; 5] = [
        "date_of_birth",
        "date_6",
        "date_of_last_period_menstruation",
        "date_of_report",
        "date_and_time_of_visit_to_the_hospital",
    ];
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{path}.{k}");
                if DATES.contains(&k.as_str()) || k.contains("assessment_date") {
                    out.push((p.clone(), x));
                }
                date_fields(x, p, out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                date_fields(x, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

// a, d and issue 17.3: `""` in HIS number and date fields.
#[test]
fn blank_numbers_and_dates_from_his_are_no_value_and_counted() {
    let (out, counters) = both(&fixture("w2_person_blank_numbers.json"));
    let row = &out["physical_check_2"][0];
    // a: the legacy job sent null and synced the rest; the record used to fail on `bw: ""`.
    assert_eq!(row["patient_s_weight"], Value::Null);
    assert_eq!(
        row["patient_s_height"],
        Value::Null,
        "only spaces is blank too"
    );
    assert_eq!(
        out["new_pregnancy"][0]["current_gestational_week"],
        Value::Null
    );
    // d: `lmp: ""` is not sent as "" into a date field.
    assert_eq!(row["date_of_last_period_menstruation"], Value::Null);
    // 17.3: no birthday -> the key is left out (Primero keeps its value; "" would be a 422).
    assert!(out.get("date_of_birth").is_none(), "{out}");
    assert_eq!(out["age"], Value::Null);
    let mut dates = Vec::new();
    date_fields(&out, String::new(), &mut dates);
    assert!(dates.len() >= 4, "{dates:?}");
    for (p, v) in dates {
        assert_ne!(v, &json!(""), "{p} is sent as \"\"");
    }
    // Counted, per field, by both engines alike.
    let at = |p: &str| coerced(&counters, p, "empty_to_null");
    assert_eq!(at("birthday"), 1);
    assert_eq!(at("interventions[0].activities.assessment[0].bw"), 1);
    assert_eq!(at("interventions[0].activities.assessment[0].height"), 1);
    assert_eq!(at("interventions[0].activities.anc[0].lmp"), 1);
    assert_eq!(at("interventions[0].activities.anc[0].ga_week"), 1);
}

#[test]
fn a_blank_that_is_not_empty_text_still_fails_the_record() {
    let mut rec = fixture("w2_person_blank_numbers.json");
    rec["interventions"][0]["activities"]["assessment"][0]["bw"] = json!("about 40");
    let dep = deployment();
    let err = match run(&dep, W2, &rec) {
        Err(e) => e,
        other => panic!("expected an error, got {other:?}"),
    };
    assert_eq!(err.field, "interventions[0].activities.assessment[0].bw");
    let Some(entry) = generated::find(W2) else {
        panic!("{W2} is not generated")
    };
    let compiled = (entry.run_value)(&rec, &ctx_for(transform(&dep, W2)));
    assert_eq!(compiled.map_err(|e| e.field), Err(err.field));
}

// c: PLH caregiver age is the leading number of the free text.
#[test]
fn caregiver_age_is_the_leading_number() {
    let rec = fixture("w2_person_caregiver_surveys_only.json");
    let (out, _) = both(&rec);
    assert_eq!(
        out["age_60ee953"],
        json!(40),
        "\"40-45\": legacy parseInt gives 40"
    );
    let age_at = |text: &str| {
        let mut r = rec.clone();
        r["interventions"][0]["activities"]["homeservice"][0]["questionnaire"][0]["questionsList"]
            [0]["groupQuestionsList"][0]["answersList"] = json!(text);
        both(&r).0["age_60ee953"].clone()
    };
    assert_eq!(age_at("30.5"), json!(30));
    assert_eq!(age_at(" 38 ปี"), json!(38));
    assert_eq!(age_at("ไม่ทราบ"), Value::Null);
}

// e: the 12 PLH yes/no fields are selects on lookup-yes-no, whose option ids are text.
#[test]
fn plh_yes_no_answers_are_the_option_ids_true_and_false_as_text() {
    let (out, _) = both(&fixture("w2_person_caregiver_surveys_only.json"));
    assert_eq!(out["plh_adult_who_is_very_unwell_3258821"], json!("true"));
    assert_eq!(out["enrolled_in_school_psu_week_1_6849751"], json!("false"));
    assert_eq!(
        out["plh2_an_adult_who_is_very_unwell_0a2246f"],
        json!("false")
    );
    // week 14 keeps the legacy inverted scale (CHANGES.md, open question)
    assert_eq!(out["enrolled_in_school_psu_week_14_440dc25"], json!("true"));
    let yes_no = [
        "plh_adult_who_is_very_unwell_3258821",
        "plh__people_drinking_or_taking_drugs_fa8cff1",
        "plh_arguments_with_shouting_b8fe218",
        "plh__a_child_who_is_very_unwell_a31e10a",
        "plh_a_child_who_has_trouble_hearing__seeing__communicating__walking__or_struggles_at_school_87579c7",
        "enrolled_in_school_psu_week_1_6849751",
        "plh2_an_adult_who_is_very_unwell_0a2246f",
        "plh2_people_drinking_or_taking_drugs_887f893",
        "plh2_arguments_with_shouting_6114d9c",
        "plh2_a_child_who_is_very_unwell_fcddb95",
        "plh2_a_child_who_has_trouble_hearing__seeing__communicating__walking__or_struggles_at_school_eb46359",
        "enrolled_in_school_psu_week_14_440dc25",
    ];
    for k in yes_no {
        assert!(
            matches!(&out[k], Value::Null | Value::String(_)),
            "{k}: {}",
            out[k]
        );
    }
    // The full fixture answers all twelve: none is a JSON boolean.
    let (full, _) = both(&fixture("w2_person_full.json"));
    for k in yes_no {
        assert!(!full[k].is_boolean(), "{k}: {}", full[k]);
    }
}

// f: an empty HIS nationality leaves Primero's value alone.
#[test]
fn empty_nationality_is_left_out() {
    let (out, _) = both(&fixture("w2_person_blank_numbers.json"));
    assert!(out.get("nationality").is_none(), "{out}");
    let mut rec = fixture("w2_person_blank_numbers.json");
    rec["nationality"] = json!("99");
    assert_eq!(both(&rec).0["nationality"], json!(["thailand"]));
}

// g: ANC records of one date get different, deterministic row ids.
#[test]
fn anc_records_on_the_same_date_get_distinct_stable_row_ids() {
    let rec = fixture("w2_person_same_day_anc.json");
    let (out, _) = both(&rec);
    let ids = |out: &Value| -> Vec<String> {
        out["new_pregnancy"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|r| r["unique_id"].as_str().unwrap_or("").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let got = ids(&out);
    assert_eq!(got.len(), 4);
    let distinct: std::collections::BTreeSet<&String> = got.iter().collect();
    assert_eq!(distinct.len(), 4, "{got:?}");
    for id in &got {
        assert_eq!(id.len(), 36, "{id}");
    }
    // The only record of its date keeps the legacy id ("1" + date + cid); of the three on
    // 2024-02-10, the one with the earliest lmp is 1, the others 2 and 3.
    assert_eq!(got[2], "12024010-5111-1111-1111-130000000000");
    assert_eq!(got[1], "12024021-0111-1111-1111-130000000000");
    assert_eq!(got[0], "22024021-0111-1111-1111-130000000000");
    assert_eq!(got[3], "32024021-0111-1111-1111-130000000000");
    // Deterministic: the same row ids in another order of the visits and records.
    let mut shuffled = rec.clone();
    if let Some(v) = shuffled["interventions"].as_array_mut() {
        v.reverse();
    }
    if let Some(a) = shuffled["interventions"][1]["activities"]["anc"].as_array_mut() {
        a.reverse();
    }
    let (again, _) = both(&shuffled);
    let key = |out: &Value| -> std::collections::BTreeMap<String, Value> {
        out["new_pregnancy"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|r| (r["unique_id"].as_str().unwrap_or("").to_owned(), r.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(key(&again), key(&out));
}

// h: copied values keep their JSON type; the coercions that stay are the source schema's and
// are counted (CHANGES.md lists them).
#[test]
fn copied_values_keep_their_type_and_coercions_are_counted() {
    let mut rec = fixture("w2_person_blank_numbers.json");
    rec["hn"] = json!(124);
    rec["riskmodel"] = json!({"officerId": 77, "caseUserId": "u-1"});
    rec["interventions"][0]["activities"]["assessment"][0]["bw"] = json!("41.6");
    let (out, counters) = both(&rec);
    // Text fields of Primero (text_field in the forms) get text, counted.
    assert_eq!(out["other_agency_id"], json!("11041/124"));
    assert_eq!(coerced(&counters, "hn", "number_to_string"), 1);
    assert_eq!(out["officer_id_a575aac"], json!("77"));
    assert_eq!(
        coerced(&counters, "riskmodel.officerId", "number_to_string"),
        1
    );
    // Numbers of Primero (numeric_field) get numbers, counted.
    assert_eq!(out["physical_check_2"][0]["patient_s_weight"], json!(42));
    assert_eq!(
        coerced(
            &counters,
            "interventions[0].activities.assessment[0].bw",
            "string_to_number"
        ),
        1
    );
    // What needs no coercion passes with its own type.
    assert_eq!(out["case_user_id_54c9fa6"], json!("u-1"));
    assert_eq!(out["name_first"], json!("ทดสอบ"));
}

// i: the legacy job crashed on a home service with neither CQ1 nor AUQUEI_CQ2.
#[test]
fn a_home_service_without_cq1_or_auquei_cq2_does_not_fail() {
    let (out, _) = both(&fixture("w2_person_caregiver_surveys_only.json"));
    assert_eq!(
        out["psu_assessment_date_week_1_07d31fa"],
        json!("2024-01-05")
    );
    assert_eq!(
        out["psu_assessment_date_week_14_098ffac"],
        json!("2024-04-12")
    );
    // The CQ1 / AUQUEI_CQ2 answers have no source: no value, no crash.
    assert_eq!(out["assessment_date_a745d8b"], Value::Null);
    assert_eq!(out["i_feel_happy_with_myself_d73ec12"], Value::Null);
    assert_eq!(out["how_do_you_feel__0cce3d3"], Value::Null);
    // A home service with no questionnaire at all, and one whose list is null.
    let mut rec = fixture("w2_person_caregiver_surveys_only.json");
    rec["interventions"][0]["activities"]["homeservice"] = json!([{"serviceType": "oscc", "questionnaire": []}, {"serviceType": "oscc", "questionnaire": null}]);
    let (out, _) = both(&rec);
    assert_eq!(out["age_60ee953"], Value::Null);
    assert_eq!(out["national_id_no"], json!("1111111111113"));
}

/// The real HIS person of ../shared (when present) with the blanks HIS sends and two ANC
/// records of one day added: mapped by both engines alike, no `""` date, distinct row ids, no
/// JSON boolean in a yes/no select.
#[test]
fn real_his_person_with_blank_values_maps() {
    let Some(mut person) = real("childShield_Risk_model_PLH_data_OFG.json") else {
        eprintln!("SKIPPED: no real HIS person; the tests above use synthetic records");
        return;
    };
    person["birthday"] = json!("");
    person["nationality"] = json!("");
    let visit = json!({"id": "65c6f0a1b2c3d4e5f6a7b8f9", "vn": "650912000001", "vstdate": "2022-09-12",
        "vsttime": "", "activities": {
            "assessment": [{"bw": "", "height": "", "pe": ""}],
            "anc": [{"date": "2022-09-12", "lmp": "", "ga_week": ""},
                    {"date": "2022-09-12", "lmp": "2022-06-01", "ga_week": 14}]}});
    match person["interventions"].as_array_mut() {
        Some(list) => list.push(visit),
        None => panic!("the real person has no interventions"),
    }
    let (out, counters) = both(&person);
    assert!(out.get("date_of_birth").is_none());
    assert!(out.get("nationality").is_none());
    let mut dates = Vec::new();
    date_fields(&out, String::new(), &mut dates);
    for (p, v) in dates {
        assert_ne!(v, &json!(""), "{p} is sent as \"\"");
    }
    let rows = out["new_pregnancy"].as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), 2);
    assert_ne!(rows[0]["unique_id"], rows[1]["unique_id"]);
    let booleans: Vec<&String> = out
        .as_object()
        .map(|o| {
            o.iter()
                .filter(|(_, v)| v.is_boolean())
                .map(|(k, _)| k)
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        booleans,
        ["mark_synced"],
        "only Primero's sync flag is a boolean"
    );
    assert!(counters.coercions.keys().any(|(_, k)| k == "empty_to_null"));
}
