//! Synthetic Primero case records (the shape of `GET /api/v2/cases` items).

use serde_json::{Map, Value, json};

use super::{CASE_SPACING_MS, DataGen, EPOCH_MS};
use crate::util::{iso_ms, object_id, uuid_from};

/// The cheap part of a generated case: enough to filter, sort and look up
/// without building the whole record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseMeta {
    pub id: String,
    pub created_ms: i64,
    pub updated_ms: i64,
}

const DAY_MS: i64 = 86_400_000;

/// A 13-digit cid as people write it: `9-1234-56789-01-2`.
fn dashed(cid: &str) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        &cid[0..1],
        &cid[1..5],
        &cid[5..10],
        &cid[10..12],
        &cid[12..13]
    )
}

fn date_of(ms: i64) -> String {
    iso_ms(ms)[..10].to_owned()
}

impl DataGen {
    /// Primary key and timestamps of case `idx` (strictly increasing `created_ms`).
    pub fn case_meta(&self, idx: u64) -> CaseMeta {
        let jitter = (self.h(idx, 1) % (CASE_SPACING_MS as u64 - 1)) as i64;
        let created_ms = EPOCH_MS + idx as i64 * CASE_SPACING_MS + jitter;
        let updated_ms = created_ms + (self.h(idx, 2) % (120 * DAY_MS as u64)) as i64;
        CaseMeta {
            id: uuid_from(self.h(idx, 3), self.h(idx, 4)),
            created_ms,
            updated_ms,
        }
    }

    /// `national_id_no` in one of its real variants: dashed string
    /// (`9-1234-56789-01-2`), plain string, JSON number; absent for ~2 %.
    pub fn national_id_variant(&self, idx: u64) -> Option<Value> {
        let cid = self.cid(idx);
        match self.h(idx, 5) % 50 {
            0 => None,
            1..=12 => Some(Value::String(dashed(&cid))),
            13..=24 => cid.parse::<u64>().ok().map(Value::from),
            _ => Some(Value::String(cid)),
        }
    }

    /// Whether case `idx`'s child has a second case (for `percent` % of the cases with a
    /// national id): see [`DataGen::duplicate_case`].
    pub fn has_duplicate(&self, idx: u64, percent: u64) -> bool {
        percent > 0 && self.national_id_variant(idx).is_some() && self.chance(idx, 1200, percent)
    }

    /// A second case of case `idx`'s child (two social workers opened one each): the same
    /// record under another id and case id, updated one millisecond later (so it is listed
    /// right after the first, in the same page), with the national id written another way
    /// (plain digits instead of dashes or a number, dashes instead of plain digits).
    pub fn duplicate_case(&self, idx: u64) -> Value {
        let mut case = self.case(idx);
        let meta = self.case_meta(idx);
        let case_id = uuid_from(self.h(idx, 1203), self.h(idx, 1204));
        let short_id = case_id[case_id.len() - 7..].to_owned();
        case["id"] = json!(uuid_from(self.h(idx, 1201), self.h(idx, 1202)));
        case["case_id"] = json!(case_id);
        case["short_id"] = json!(short_id);
        case["case_id_display"] = json!(short_id);
        case["last_updated_at"] = json!(iso_ms(meta.updated_ms + 1));
        let cid = self.cid(idx);
        case["national_id_no"] = match self.national_id_variant(idx) {
            Some(Value::String(s)) if s == cid => json!(dashed(&cid)),
            _ => json!(cid),
        };
        case
    }

    /// The full synthetic case record `idx`.
    pub fn case(&self, idx: u64) -> Value {
        let meta = self.case_meta(idx);
        let mut m = Map::new();
        let case_id = uuid_from(self.h(idx, 6), self.h(idx, 7));
        let short_id = case_id[case_id.len() - 7..].to_owned();
        let (first, last) = self.name(idx);
        let age = 1 + self.h(idx, 8) % 17;
        let birth_year = 2023 - age as i64;
        let sex = self.pick(idx, 9, &["male", "female"]);
        let closed = self.chance(idx, 10, 20);
        let owner = self.pick(idx, 13, &["primero_cp", "open_function", "cp_worker_02"]);

        m.insert("id".into(), json!(meta.id));
        m.insert("enabled".into(), json!(true));
        m.insert("age".into(), json!(age));
        m.insert("sex".into(), json!(sex));
        m.insert("name".into(), json!(format!("{first} {last}")));
        m.insert("name_first".into(), json!(first));
        m.insert("name_last".into(), json!(last));
        m.insert(
            "status".into(),
            json!(if closed { "closed" } else { "open" }),
        );
        m.insert("case_id".into(), json!(case_id));
        m.insert("short_id".into(), json!(short_id));
        m.insert("case_id_display".into(), json!(short_id));
        m.insert("owned_by".into(), json!(owner));
        m.insert("created_by".into(), json!(owner));
        m.insert("last_updated_by".into(), json!(owner));
        m.insert("owned_by_agency_id".into(), json!("UNICEF"));
        m.insert("created_organization".into(), json!("UNICEF"));
        m.insert("owned_by_groups".into(), json!(["usergroup-primero-cp"]));
        m.insert("associated_user_names".into(), json!([owner]));
        m.insert(
            "workflow".into(),
            json!(if closed {
                "closed"
            } else {
                self.pick(idx, 14, &["new", "service_provision", "case_plan"])
            }),
        );
        m.insert("module_id".into(), json!("primeromodule-cp"));
        m.insert("record_state".into(), json!(true));
        m.insert("record_in_scope".into(), json!(true));
        m.insert("estimated".into(), json!(self.chance(idx, 15, 30)));
        m.insert("created_at".into(), json!(iso_ms(meta.created_ms)));
        m.insert("last_updated_at".into(), json!(iso_ms(meta.updated_ms)));
        m.insert("registration_date".into(), json!(date_of(meta.created_ms)));
        m.insert(
            "date_of_birth".into(),
            json!(format!(
                "{birth_year}-{:02}-{:02}",
                1 + self.h(idx, 16) % 12,
                1 + self.h(idx, 17) % 28
            )),
        );
        if let Some(nid) = self.national_id_variant(idx) {
            m.insert("national_id_no".into(), nid);
        }
        m.insert("nationality".into(), json!(["thailand"]));
        m.insert(
            "maritial_status".into(),
            json!(self.pick(
                idx,
                18,
                &["single", "married_cohabitating", "unknown_270da62"]
            )),
        );
        m.insert(
            "risk_level".into(),
            json!(self.pick(idx, 19, &["high", "medium", "low"])),
        );
        let concerns: &[&[&str]] = &[&[], &["sexually_exploited"], &["gbv_survivor", "migrant"]];
        m.insert(
            "protection_concerns".into(),
            json!(concerns[(self.h(idx, 20) % 3) as usize]),
        );
        m.insert(
            "location_current".into(),
            json!(super::metadata::location_code(self.h(idx, 21))),
        );
        m.insert(
            "occupation_1".into(),
            json!(self.pick(
                idx,
                22,
                &[
                    "pre_school",
                    "in_the_school_system",
                    "out_of_school___unemployed"
                ]
            )),
        );
        m.insert(
            "school_level_attained_".into(),
            json!(self.pick(
                idx,
                23,
                &["kindergarten", "primary_school", "junior_high_school"]
            )),
        );
        m.insert(
            "disabilities_1".into(),
            json!(self.pick(idx, 24, &["true", "false", "unknown"])),
        );
        m.insert(
            "urgent_protection_concern".into(),
            json!(self.chance(idx, 25, 40)),
        );
        self.type_unstable_fields(idx, &mut m);
        self.assessment_fields(idx, &meta, closed, &mut m);
        self.risk_fields(idx, &mut m);
        self.subforms(idx, &meta, &mut m);
        Value::Object(m)
    }

    /// Fields whose JSON type varies between records in the real samples.
    fn type_unstable_fields(&self, idx: u64, m: &mut Map<String, Value>) {
        let phone = 800_000_000 + self.h(idx, 30) % 99_999_999;
        m.insert(
            "telephone_current".into(),
            if self.chance(idx, 31, 50) {
                json!(phone)
            } else {
                json!(format!("0{phone}"))
            },
        );
        let agency = 10_000 + self.h(idx, 32) % 89_999;
        m.insert(
            "other_agency_id".into(),
            if self.chance(idx, 33, 50) {
                json!(agency)
            } else {
                json!(format!("{agency}-{}", self.h(idx, 34) % 99))
            },
        );
        m.insert(
            "consent_reporting".into(),
            if self.chance(idx, 35, 50) {
                json!(true)
            } else {
                json!("true")
            },
        );
        m.insert("consent_for_services".into(), json!(true));
        m.insert(
            "disclosure_other_orgs".into(),
            json!(self.chance(idx, 36, 80)),
        );
        if self.chance(idx, 37, 30) {
            m.insert("email_address".into(), json!(self.h(idx, 38) % 99_999_999));
        }
        if self.chance(idx, 39, 20) {
            m.insert("photo".into(), Value::Null);
        }
    }

    fn assessment_fields(
        &self,
        idx: u64,
        meta: &CaseMeta,
        closed: bool,
        m: &mut Map<String, Value>,
    ) {
        let roll = self.h(idx, 40) % 10;
        if roll < 7 {
            m.insert(
                "assessment_requested_on".into(),
                json!(date_of(meta.updated_ms)),
            );
        } else if roll < 9 {
            m.insert(
                "assessment_requested_on".into(),
                json!(date_of(meta.created_ms)),
            );
        }
        if closed {
            m.insert("date_closure".into(), json!(date_of(meta.updated_ms)));
        }
        m.insert(
            "case_plan_due_date".into(),
            json!(date_of(meta.created_ms + 30 * DAY_MS)),
        );
        if self.chance(idx, 41, 50) {
            m.insert(
                "main_diagnosis__04438ee".into(),
                json!(self.pick(
                    idx,
                    42,
                    &["J06.9 ไข้หวัด", "S00.0 แผลถลอก", "T74.1 ถูกทำร้ายร่างกาย"]
                )),
            );
        }
    }

    fn risk_fields(&self, idx: u64, m: &mut Map<String, Value>) {
        if !self.chance(idx, 50, 60) {
            return;
        }
        let lvl = &[
            "low_7b4ad2c",
            "medium_f0c92f7",
            "high_b15acc5",
            "none_83815b2",
        ];
        m.insert("mental_37b1218".into(), json!(self.pick(idx, 51, lvl)));
        m.insert("physical_dd0399d".into(), json!(self.pick(idx, 52, lvl)));
        m.insert("sexual_b54b18b".into(), json!(self.pick(idx, 53, lvl)));
        m.insert(
            "severity_type_323dfc7".into(),
            json!([self.pick(
                idx,
                54,
                &["physical_2529d27", "sexual_ea92fba", "mental_e6a1980"]
            )]),
        );
        m.insert(
            "improve_level_ac512e2".into(),
            json!(self.pick(
                idx,
                55,
                &["improved_2bae6c9", "unchanged_f10da80", "worse_4c8552c"]
            )),
        );
        m.insert(
            "risk_level_from_child_shield_system_2df7bf4".into(),
            json!(self.pick(
                idx,
                56,
                &[
                    "low_c8318d2",
                    "medium_2c2d8b1",
                    "high_8df42a5",
                    "victim_8d3885e"
                ]
            )),
        );
        m.insert(
            "child_shield_case_id_95aaf33".into(),
            json!(object_id(self.h(idx, 57), self.h(idx, 58))),
        );
        m.insert(
            "officer_id_a575aac".into(),
            json!(format!("{}", self.h(idx, 59) % 999_999)),
        );
    }

    fn subforms(&self, idx: u64, meta: &CaseMeta, m: &mut Map<String, Value>) {
        let uid = |salt: u64| uuid_from(self.h(idx, salt), self.h(idx, salt + 1));
        let services: Vec<Value> = (0..self.h(idx, 60) % 3)
            .map(|k| {
                json!({
                    "unique_id": uid(100 + 2 * k),
                    "service_type": self.pick(idx, 61 + k, &["safehouse_service", "health_medical_service", "psychosocial_service"]),
                    "service_implemented": self.pick(idx, 64 + k, &["not_implemented", "implemented"]),
                    "service_response_type": "service_provision",
                    "service_implementing_agency": "moph",
                    "service_delivery_location": super::metadata::location_code(self.h(idx, 67 + k)),
                    "service_response_day_time": iso_ms(meta.created_ms + DAY_MS),
                    "service_response_timeframe": "1_hour"
                })
            })
            .collect();
        m.insert("services_section".into(), Value::Array(services));
        let checks: Vec<Value> = (0..self.h(idx, 70) % 3)
            .map(|k| {
                let from_his = k == 1;
                json!({
                    "unique_id": uid(110 + 2 * k),
                    "date_6": date_of(meta.created_ms + k as i64 * DAY_MS),
                    "patient_s_weight": 10 + self.h(idx, 71 + k) % 40,
                    "patient_s_height": 80 + self.h(idx, 74 + k) % 80,
                    "general_examination_results": "ปกติ",
                    "source_of_information_44cac9a": if from_his { "his" } else { "primero" }
                })
            })
            .collect();
        m.insert("physical_check_2".into(), Value::Array(checks));
        if self.chance(idx, 80, 15) {
            m.insert(
                "new_pregnancy".into(),
                json!([{
                    "unique_id": uid(120),
                    "date_of_report": date_of(meta.created_ms),
                    "current_gestational_week": 8 + self.h(idx, 81) % 30,
                    "source_of_information_647b9db": "primero"
                }]),
            );
        }
        m.insert(
            "family_details_section".into(),
            json!([{
                "unique_id": uid(130),
                "relation": self.pick(idx, 82, &["mother", "father", "grandmother"]),
                "relation_name": format!("{} {}", self.name(idx + 1).0, self.name(idx).1),
                "relation_age": 25 + self.h(idx, 83) % 40,
                "relation_is_caregiver": true
            }]),
        );
        m.insert(
            "reopened_logs".into(),
            if self.chance(idx, 84, 10) {
                json!([{"unique_id": uid(140), "reopened_date": iso_ms(meta.updated_ms), "reopened_user": "primero_cp"}])
            } else {
                json!([])
            },
        );
        m.insert("notes_section".into(), json!([]));
        m.insert("incident_details".into(), json!([]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_deterministic_and_consistent_with_meta() {
        let g = DataGen::new(7);
        let a = g.case(12);
        assert_eq!(a, g.case(12));
        assert_ne!(a, g.case(13));
        let meta = g.case_meta(12);
        assert_eq!(a["id"], json!(meta.id));
        assert_eq!(a["last_updated_at"], json!(iso_ms(meta.updated_ms)));
        assert_ne!(a["id"], a["case_id"], "id and case_id differ");
        let case_id = a["case_id"].as_str().unwrap_or_default();
        assert_eq!(a["short_id"], json!(&case_id[case_id.len() - 7..]));
        assert!(g.case_meta(13).created_ms > meta.created_ms);
    }

    #[test]
    fn national_id_variants_all_occur() {
        let g = DataGen::new(1);
        let (mut dashed, mut plain, mut number, mut missing) = (0, 0, 0, 0);
        for i in 0..2000 {
            match g.case(i).get("national_id_no") {
                None => missing += 1,
                Some(Value::Number(n)) => {
                    number += 1;
                    assert_eq!(n.to_string(), g.cid(i));
                }
                Some(Value::String(s)) if s.contains('-') => {
                    dashed += 1;
                    assert_eq!(s.replace('-', ""), g.cid(i));
                }
                Some(_) => plain += 1,
            }
        }
        assert!(dashed > 100 && plain > 100 && number > 100 && missing > 5);
        assert!(missing < 100);
    }

    #[test]
    fn subform_entries_carry_unique_ids_and_types_vary() {
        let g = DataGen::new(3);
        let mut phone_kinds = std::collections::BTreeSet::new();
        for i in 0..200 {
            let c = g.case(i);
            for e in c["services_section"].as_array().into_iter().flatten() {
                assert!(crate::util::is_uuid(
                    e["unique_id"].as_str().unwrap_or_default()
                ));
            }
            phone_kinds.insert(c["telephone_current"].is_number());
        }
        assert_eq!(phone_kinds.len(), 2);
    }
}
