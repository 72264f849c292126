//! Small synthetic Primero metadata in the real shapes: forms (with lookup-backed
//! and inline options), lookups (en/th labels) and a location hierarchy large
//! enough (2 621 entries) to need several pages once `per` is capped at 1000.

use serde_json::{Value, json};

const PROVINCES: u64 = 20;
const DISTRICTS: u64 = 10;
const SUBDISTRICTS: u64 = 12;

/// Number of synthetic locations: 1 country + provinces + districts + sub-districts.
pub const LOCATION_COUNT: u64 =
    1 + PROVINCES + PROVINCES * DISTRICTS + PROVINCES * DISTRICTS * SUBDISTRICTS;

/// A sub-district code chosen by a hash (every code exists in [`locations`]).
pub fn location_code(h: u64) -> String {
    let p = h % PROVINCES;
    let d = (h / PROVINCES) % DISTRICTS;
    let s = (h / (PROVINCES * DISTRICTS)) % SUBDISTRICTS;
    format!("TH{}{:02}{:02}", 10 + p, d + 1, s + 1)
}

/// Location `i` of `0..LOCATION_COUNT` (country, provinces, districts, sub-districts).
pub fn location(i: u64) -> Value {
    let (code, kind, en, th) = if i == 0 {
        (
            "TH".to_owned(),
            "country",
            "Thailand".to_owned(),
            "ประเทศไทย".to_owned(),
        )
    } else if i <= PROVINCES {
        let p = i - 1;
        (
            format!("TH{}", 10 + p),
            "province",
            format!("Thailand:Province {}", p + 1),
            format!("ประเทศไทย:จังหวัดที่ {}", p + 1),
        )
    } else if i <= PROVINCES + PROVINCES * DISTRICTS {
        let k = i - 1 - PROVINCES;
        let (p, d) = (k / DISTRICTS, k % DISTRICTS);
        (
            format!("TH{}{:02}", 10 + p, d + 1),
            "district",
            format!("Thailand:Province {}:District {}", p + 1, d + 1),
            format!("ประเทศไทย:จังหวัดที่ {}:อำเภอที่ {}", p + 1, d + 1),
        )
    } else {
        let k = i - 1 - PROVINCES - PROVINCES * DISTRICTS;
        let (p, rest) = (
            k / (DISTRICTS * SUBDISTRICTS),
            k % (DISTRICTS * SUBDISTRICTS),
        );
        let (d, s) = (rest / SUBDISTRICTS, rest % SUBDISTRICTS);
        (
            format!("TH{}{:02}{:02}", 10 + p, d + 1, s + 1),
            "sub_district",
            format!(
                "Thailand:Province {}:District {}:Subdistrict {}",
                p + 1,
                d + 1,
                s + 1
            ),
            format!(
                "ประเทศไทย:จังหวัดที่ {}:อำเภอที่ {}:ตำบลที่ {}",
                p + 1,
                d + 1,
                s + 1
            ),
        )
    };
    json!({"id": 8000 + i, "code": code, "type": kind, "disabled": false,
           "name": {"en": en, "th": th, "ar": "", "fr": ""}})
}

/// All synthetic locations.
pub fn locations() -> Vec<Value> {
    (0..LOCATION_COUNT).map(location).collect()
}

fn label(en: &str, th: &str) -> Value {
    json!({"en": en, "th": th, "ar": "", "fr": ""})
}

/// `(unique_id, name, [(option id, English label, Thai label)])`.
type LookupDef = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const LOOKUPS: &[LookupDef] = &[
    (
        "lookup-gender",
        "Sex",
        &[("male", "Male", "ชาย"), ("female", "Female", "หญิง")],
    ),
    (
        "lookup-risk-level",
        "Risk Level",
        &[
            ("high", "High", "สูง"),
            ("medium", "Medium", "กลาง"),
            ("low", "Low", "ต่ำ"),
        ],
    ),
    (
        "lookup-marital-status",
        "Marital Status",
        &[
            ("single", "Single", "โสด"),
            ("married_cohabitating", "Married", "สมรส"),
            ("unknown_270da62", "Unknown", "ไม่ทราบ"),
        ],
    ),
    (
        "lookup-country",
        "Country",
        &[
            ("thailand", "Thailand", "ไทย"),
            ("myanmar", "Myanmar", "เมียนมา"),
            ("laos", "Laos", "ลาว"),
            ("cambodia", "Cambodia", "กัมพูชา"),
        ],
    ),
    (
        "lookup-protection-concerns",
        "Protection Concerns",
        &[
            (
                "sexually_exploited",
                "Sexually exploited",
                "ถูกแสวงประโยชน์ทางเพศ",
            ),
            ("gbv_survivor", "GBV survivor", "ผู้รอดชีวิตจากความรุนแรง"),
            ("migrant", "Migrant", "ผู้ย้ายถิ่น"),
        ],
    ),
    (
        "lookup-th-occupation-e663285",
        "Occupation",
        &[
            ("pre_school", "Pre-school", "ก่อนวัยเรียน"),
            ("in_the_school_system", "In school", "อยู่ในระบบโรงเรียน"),
            (
                "out_of_school___unemployed",
                "Out of school",
                "นอกระบบโรงเรียน",
            ),
        ],
    ),
    (
        "lookup-th-school-level-db10033",
        "School level",
        &[
            ("kindergarten", "Kindergarten", "อนุบาล"),
            ("primary_school", "Primary", "ประถมศึกษา"),
            ("junior_high_school", "Junior high", "มัธยมต้น"),
        ],
    ),
    (
        "lookup-service-type",
        "Service type",
        &[
            ("safehouse_service", "Safehouse", "บ้านพักปลอดภัย"),
            ("health_medical_service", "Health", "บริการสุขภาพ"),
            ("psychosocial_service", "Psychosocial", "จิตสังคม"),
        ],
    ),
    (
        "lookup-service-implemented",
        "Implemented",
        &[
            ("not_implemented", "Not implemented", "ยังไม่ดำเนินการ"),
            ("implemented", "Implemented", "ดำเนินการแล้ว"),
        ],
    ),
    (
        "lookup-yes-no-unknown",
        "Yes, No, or Unknown",
        &[
            ("true", "Yes", "ใช่"),
            ("false", "No", "ไม่ใช่"),
            ("unknown", "Unknown", "ไม่ทราบ"),
        ],
    ),
    (
        "lookup-yes-no",
        "Yes or No",
        &[("true", "Yes", "ใช่"), ("false", "No", "ไม่ใช่")],
    ),
    (
        "lookup-th-cs-mental-a53f35e",
        "CS level",
        &[
            ("low_7b4ad2c", "Low", "ต่ำ"),
            ("medium_f0c92f7", "Medium", "กลาง"),
            ("high_b15acc5", "High", "สูง"),
            ("none_83815b2", "None", "ไม่มี"),
        ],
    ),
    (
        "lookup-th-cs-severity-type-4ffb497",
        "Severity type",
        &[
            ("physical_2529d27", "Physical", "ทางร่างกาย"),
            ("sexual_ea92fba", "Sexual", "ทางเพศ"),
            ("mental_e6a1980", "Mental", "ทางจิตใจ"),
        ],
    ),
    (
        "lookup-th-cs-improve-level-5e295c1",
        "Improve level",
        &[
            ("improved_2bae6c9", "Improved", "ดีขึ้น"),
            ("unchanged_f10da80", "Unchanged", "คงที่"),
            ("worse_4c8552c", "Worse", "แย่ลง"),
        ],
    ),
    (
        "lookup-th-ch-risk-level-22831bb",
        "CS risk level",
        &[
            ("low_c8318d2", "Low", "ต่ำ"),
            ("medium_2c2d8b1", "Medium", "กลาง"),
            ("high_8df42a5", "High", "สูง"),
            ("victim_8d3885e", "Victim", "ผู้เสียหาย"),
        ],
    ),
    (
        "lookup-family-relationship",
        "Relationship",
        &[
            ("mother", "Mother", "แม่"),
            ("father", "Father", "พ่อ"),
            ("grandmother", "Grandmother", "ยาย"),
        ],
    ),
    (
        "lookup-source-of-information-226cd93",
        "Source",
        &[
            ("primero", "Primero", "พรีเมโร"),
            ("open_function", "OpenFn", "โอเพนฟังก์ชัน"),
            ("his", "HIS", "เอชไอเอส"),
        ],
    ),
];

/// The synthetic lookups (`GET /api/v2/lookups` items).
pub fn lookups() -> Vec<Value> {
    LOOKUPS
        .iter()
        .enumerate()
        .map(|(i, (uid, name, values))| {
            let values: Vec<Value> = values
                .iter()
                .map(|(id, en, th)| json!({"id": id, "display_text": label(en, th)}))
                .collect();
            json!({"id": i + 1, "unique_id": uid, "name": label(name, name), "locked": false, "values": values})
        })
        .collect()
}

fn field(id: u64, name: &str, kind: &str, source: Option<&str>, multi: bool) -> Value {
    let mut f = json!({
        "id": id, "name": name, "type": kind, "multi_select": multi, "visible": true,
        "editable": true, "disabled": false, "required": false, "date_include_time": false,
        "display_name": label(name, name), "help_text": label("", ""), "order": id % 100
    });
    if let Some(src) = source {
        f["option_strings_source"] = json!(src);
    }
    f
}

fn form(id: u64, unique_id: &str, nested: bool, fields: Vec<Value>) -> Value {
    json!({
        "id": id, "unique_id": unique_id, "name": label(unique_id, unique_id),
        "description": label("", ""), "parent_form": "case", "visible": !nested, "order": id,
        "order_form_group": 0, "order_subform": 0, "form_group_id": unique_id,
        "form_group_name": label(unique_id, unique_id), "editable": true, "core_form": false,
        "is_nested": nested, "initial_subforms": 0, "module_ids": ["primeromodule-cp"],
        "collapsed_field_names": [], "fields": fields
    })
}

/// The synthetic forms (`GET /api/v2/forms` items).
pub fn forms() -> Vec<Value> {
    let mut interview = field(40, "interview_subject", "select_box", None, false);
    interview["option_strings_text"] = json!([
        {"id": "individual", "display_text": label("Individual", "บุคคล")},
        {"id": "caregiver", "display_text": label("Caregiver", "ผู้ดูแล")}
    ]);
    let mut services = field(30, "services_section", "subform", None, false);
    services["subform_section_id"] = json!(3);
    vec![
        form(
            1,
            "basic_identity",
            false,
            vec![
                field(1, "name_first", "text_field", None, false),
                field(2, "name_last", "text_field", None, false),
                field(3, "sex", "select_box", Some("lookup lookup-gender"), false),
                field(4, "national_id_no", "text_field", None, false),
                field(5, "date_of_birth", "date_field", None, false),
                field(6, "age", "numeric_field", None, false),
                field(
                    7,
                    "nationality",
                    "select_box",
                    Some("lookup lookup-country"),
                    true,
                ),
                field(
                    8,
                    "maritial_status",
                    "select_box",
                    Some("lookup lookup-marital-status"),
                    false,
                ),
                field(9, "location_current", "select_box", Some("Location"), false),
            ],
        ),
        form(
            2,
            "protection_concern",
            false,
            vec![
                field(
                    20,
                    "risk_level",
                    "select_box",
                    Some("lookup lookup-risk-level"),
                    false,
                ),
                field(
                    21,
                    "protection_concerns",
                    "select_box",
                    Some("lookup lookup-protection-concerns"),
                    true,
                ),
                field(
                    22,
                    "urgent_protection_concern",
                    "radio_button",
                    Some("lookup lookup-yes-no"),
                    false,
                ),
                field(
                    23,
                    "disabilities_1",
                    "radio_button",
                    Some("lookup lookup-yes-no-unknown"),
                    false,
                ),
            ],
        ),
        form(
            3,
            "services_section",
            true,
            vec![
                field(
                    31,
                    "service_type",
                    "select_box",
                    Some("lookup lookup-service-type"),
                    false,
                ),
                field(
                    32,
                    "service_implemented",
                    "select_box",
                    Some("lookup lookup-service-implemented"),
                    false,
                ),
            ],
        ),
        form(4, "services", false, vec![services, interview]),
        form(
            5,
            "formsection-risk-model-753eadb",
            false,
            vec![
                field(
                    50,
                    "mental_37b1218",
                    "select_box",
                    Some("lookup lookup-th-cs-mental-a53f35e"),
                    false,
                ),
                field(
                    51,
                    "severity_type_323dfc7",
                    "select_box",
                    Some("lookup lookup-th-cs-severity-type-4ffb497"),
                    true,
                ),
                field(
                    52,
                    "improve_level_ac512e2",
                    "select_box",
                    Some("lookup lookup-th-cs-improve-level-5e295c1"),
                    false,
                ),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_codes_exist_and_are_unique() {
        let all = locations();
        assert_eq!(all.len() as u64, LOCATION_COUNT);
        let codes: std::collections::HashSet<_> =
            all.iter().filter_map(|l| l["code"].as_str()).collect();
        assert_eq!(codes.len(), all.len());
        for h in [0, 7, 12_345, u64::MAX] {
            assert!(codes.contains(location_code(h).as_str()));
        }
    }

    #[test]
    fn form_option_sources_resolve_to_lookups() {
        let ids: Vec<String> = lookups()
            .iter()
            .filter_map(|l| l["unique_id"].as_str().map(str::to_owned))
            .collect();
        for f in forms() {
            for fld in f["fields"].as_array().into_iter().flatten() {
                if let Some(src) = fld["option_strings_source"].as_str()
                    && let Some(id) = src.strip_prefix("lookup ")
                {
                    assert!(ids.iter().any(|x| x == id), "{id}");
                }
            }
        }
    }
}
