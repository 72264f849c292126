//! The fake Primero's metadata and its records come from one source: every field, option code
//! and location code a generated case carries is defined by the forms, lookups and locations
//! the fake serves, and those keep the real shapes.

use std::collections::HashSet;

use fakes::DataGen;
use fakes::data::metadata::{forms, locations, lookups, with_hierarchy};
use fakes::primero::Schema;
use serde_json::{Value, json};

#[test]
fn every_field_option_and_location_of_generated_cases_is_defined() {
    let schema = Schema::build(&forms(), &lookups(), &locations());
    for seed in [1, 7, 42] {
        let g = DataGen::new(seed);
        for i in 0..1500 {
            let case = g.case(i);
            let undefined = schema.undefined_in(case.as_object().expect("a case is an object"));
            assert!(undefined.is_empty(), "seed {seed} case {i}: {undefined:?}");
        }
    }
}

#[test]
fn the_check_finds_what_is_not_defined() {
    let schema = Schema::build(&forms(), &lookups(), &locations());
    let mut case = DataGen::new(1).case(0);
    case["relation_to_nobody"] = json!("x");
    case["sex"] = json!("robot");
    case["location_current"] = json!("TH99");
    case["family_details_section"][0]["relation"] = json!("cousin_twice_removed");
    let mut got = schema.undefined_in(case.as_object().expect("object"));
    got.sort();
    assert_eq!(
        got,
        [
            "/family_details_section/0/relation",
            "/location_current",
            "/relation_to_nobody",
            "/sex"
        ]
    );
}

#[test]
fn forms_keep_the_real_shapes() {
    let forms = forms();
    let lookup_ids: HashSet<String> = lookups()
        .iter()
        .filter_map(|l| l["unique_id"].as_str().map(str::to_owned))
        .collect();
    let nested: HashSet<u64> = forms
        .iter()
        .filter(|f| f["is_nested"] == json!(true))
        .filter_map(|f| f["id"].as_u64())
        .collect();
    assert!(!nested.is_empty(), "nested forms exist");
    let (mut subforms, mut lookup_fields, mut inline) = (0, 0, 0);
    for f in &forms {
        for key in [
            "id",
            "unique_id",
            "name",
            "parent_form",
            "is_nested",
            "module_ids",
            "fields",
        ] {
            assert!(f.get(key).is_some(), "form {} lacks {key}", f["unique_id"]);
        }
        assert!(f["name"]["en"].is_string() && f["name"]["th"].is_string());
        for fld in f["fields"].as_array().into_iter().flatten() {
            if fld["type"] == "subform" {
                subforms += 1;
                let target = fld["subform_section_id"].as_u64().unwrap_or(0);
                assert!(nested.contains(&target), "{} -> {target}", fld["name"]);
            }
            if let Some(src) = fld["option_strings_source"].as_str() {
                if let Some(id) = src.strip_prefix("lookup ") {
                    lookup_fields += 1;
                    assert!(lookup_ids.contains(id), "{id}");
                } else {
                    assert!(
                        ["Location", "ReportingLocation", "Agency", "User"].contains(&src),
                        "{src}"
                    );
                }
            }
            if fld["option_strings_text"].is_array() {
                inline += 1;
            }
        }
    }
    assert!(subforms >= 4 && lookup_fields > 100 && inline >= 1);
}

#[test]
fn locations_have_a_hierarchy_and_thai_names() {
    let all = locations();
    let codes: HashSet<&str> = all.iter().filter_map(|l| l["code"].as_str()).collect();
    let sub = all
        .iter()
        .find(|l| l["type"] == "sub_district")
        .cloned()
        .unwrap_or(Value::Null);
    let h = with_hierarchy(&sub);
    assert_eq!(h["admin_level"], json!(3));
    let path: Vec<&str> = h["hierarchy"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(path.len(), 4);
    assert!(
        path.iter().all(|c| codes.contains(c)),
        "every ancestor exists: {path:?}"
    );
    assert_eq!(path.last().copied(), sub["code"].as_str());
    assert!(
        h["placename"]["th"]
            .as_str()
            .is_some_and(|n| n.starts_with("ตำบล"))
    );
    assert!(
        sub["name"]["th"]
            .as_str()
            .is_some_and(|n| n.starts_with("ประเทศไทย:"))
    );
}
