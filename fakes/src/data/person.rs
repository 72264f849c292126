//! Synthetic HIS person documents, interventions and Child Shield risk models.

use serde_json::{Map, Value, json};

use super::DataGen;
use crate::util::{iso_ms, mix};

/// Kinds of generated interventions, encoded in the intervention id.
pub(crate) const KIND_HOME: u64 = 100;
pub(crate) const KIND_PRIMERO: u64 = 200;
pub(crate) const KIND_NO_VSTDATE: u64 = 300;
/// The one activity (a day key, no `vstdate`) of a [`KIND_NO_VSTDATE`] intervention.
const NO_VSTDATE_DAY: &str = "2022-09-13";

const HOSPITALS: &[(&str, &str)] = &[
    ("10001", "รพ.ทดสอบหนึ่ง"),
    ("10002", "รพ.ทดสอบสอง"),
    ("10003", "รพ.สต.ทดสอบ"),
];

const LABS: &[(&str, &str, &str, &str)] = &[
    ("0602203", "Pregnancy test", "", "Negative"),
    ("0743299", "Anti-HIV", "", "Negative"),
    ("0721298", "VDRL", "", "Non-reactive"),
    ("0749303", "HBsAg", "", "Negative"),
];

const DIAGNOSES: &[(&str, &str)] = &[
    ("J06.9", "Acute upper respiratory infection"),
    ("T74.1", "Physical abuse"),
    ("S00.0", "Superficial injury of scalp"),
    ("Z04.5", "Examination after other inflicted injury"),
    ("Y07.1", "By parent"),
];

impl DataGen {
    fn intervention_tag(&self) -> u64 {
        mix(self.seed ^ 0x1A7E) & 0xFFFF_FFFF
    }

    /// The id of generated intervention `(idx, kind)`: 24 hex digits that encode both.
    pub fn intervention_id(&self, idx: u64, kind: u64) -> String {
        format!("{:08x}{:010x}{:06x}", self.intervention_tag(), idx, kind)
    }

    /// Inverse of [`DataGen::intervention_id`].
    pub fn parse_intervention_id(&self, id: &str) -> Option<(u64, u64)> {
        if id.len() != 24 || !id.is_ascii() {
            return None;
        }
        let tag = u64::from_str_radix(&id[..8], 16).ok()?;
        if tag != self.intervention_tag() {
            return None;
        }
        let idx = u64::from_str_radix(&id[8..18], 16).ok()?;
        let kind = u64::from_str_radix(&id[18..], 16).ok()?;
        Some((idx, kind))
    }

    /// Whether HIS knows person `idx` (~90 %).
    pub fn person_exists(&self, idx: u64) -> bool {
        !self.chance(idx, 200, 10)
    }

    /// The HIS person id (24-hex object id) of person `idx`.
    pub fn person_id(&self, idx: u64) -> String {
        crate::util::object_id(self.h(idx, 201), self.h(idx, 202))
    }

    /// The bare HIS person document (`people/findOne` without `include`).
    pub fn person(&self, idx: u64) -> Option<Value> {
        if !self.person_exists(idx) {
            return None;
        }
        let (first, last) = self.name(idx);
        let (hcode, hname) = HOSPITALS[(self.h(idx, 203) % HOSPITALS.len() as u64) as usize];
        let sex = if self.h(idx, 9).is_multiple_of(2) {
            "1"
        } else {
            "2"
        };
        let birthday = format!(
            "{}-{:02}-{:02}",
            2005 + self.h(idx, 204) % 17,
            1 + self.h(idx, 205) % 12,
            1 + self.h(idx, 206) % 28
        );
        // Nationality: mostly 3-digit Thai, sometimes 2-digit "99", sometimes another code.
        let nationality = match self.h(idx, 207) % 20 {
            0 => "99",
            1 => "048",
            2 => "056",
            _ => "099",
        };
        let marry = self.pick(idx, 208, &["1", "2", "3", "4", "5", "6", "7", "", "9"]);
        let educate = self.pick(idx, 209, &["0", "1", "2", "3", "4", "9", ""]);
        let hometel = match self.h(idx, 210) % 4 {
            0 => String::new(),
            1 => "+".to_owned(),
            _ => format!("08{:08}", self.h(idx, 211) % 100_000_000),
        };
        let mut p = json!({
            "cid": self.cid(idx), "id": self.person_id(idx), "hn": format!("{:09}", self.h(idx, 212) % 1_000_000_000),
            "pname": if sex == "1" { "ด.ช." } else { "ด.ญ." }, "fname": first, "lname": last,
            "occupation": "000", "occupation_name": "ไม่มีอาชีพ", "citizenship_name": "ไทย",
            "nationality": nationality, "nationality_name": "ไทย", "birthday": birthday,
            "birthtime": "", "deathday": "", "hid": "", "addrpart": format!("{}", 1 + self.h(idx, 213) % 300),
            "moopart": format!("{:02}", 1 + self.h(idx, 214) % 15), "tmbpart": "07", "amppart": "04", "chwpart": "43",
            "hometel": hometel, "informtel": "", "informaddr": if self.chance(idx, 215, 50) { "บ้านทดสอบ หมู่ 1" } else { "" },
            "marrystatus": marry, "marrystatus_name": "", "pttype": "89", "pttype_name": "สิทธิบัตรทอง",
            "pcode": "", "pcode_name": "", "religion": "01", "religion_name": "พุทธ", "sex": sex,
            "sex_name": if sex == "1" { "ชาย" } else { "หญิง" }, "educate": educate, "education_name": "",
            "passport_no": "", "height": "", "hcode": hcode, "hname": hname, "anc": [], "ipt": []
        });
        if self.chance(idx, 216, 5) {
            // Some payloads carry an empty birthday.
            p["birthday"] = json!("");
        }
        Some(p)
    }

    fn visit(&self, idx: u64, k: u64, person_id: &str) -> Value {
        let meta = self.case_meta(idx);
        let vst_ms = meta.created_ms
            - (k as i64 + 1) * 86_400_000 * (1 + (self.h(idx, 220 + k) % 20) as i64);
        let vstdate = iso_ms(vst_ms)[..10].to_owned();
        let (hcode, hname) = HOSPITALS[(self.h(idx, 230 + k) % HOSPITALS.len() as u64) as usize];
        let lab = LABS[(self.h(idx, 240 + k) % LABS.len() as u64) as usize];
        let diag_count = 1 + self.h(idx, 250 + k) % 3;
        let diagnosis: Vec<Value> = (0..diag_count)
            .map(|d| {
                let (icd, name) =
                    DIAGNOSES[(self.h(idx, 260 + k * 10 + d) % DIAGNOSES.len() as u64) as usize];
                let diagtype = self.pick(
                    idx,
                    290 + k * 10 + d,
                    &["01", "1", "2", "3", "04", "5", "7"],
                );
                json!({"icd10": icd, "diag_name": name, "diagtype": diagtype})
            })
            .collect();
        let mut activities = Map::new();
        activities.insert(
            "assessment".into(),
            json!([{
                "bw": 10.0 + (self.h(idx, 270 + k) % 400) as f64 / 10.0,
                "height": 80.0 + (self.h(idx, 275 + k) % 900) as f64 / 10.0,
                "physicalexam": "ไม่พบความผิดปกติ", "pe": "ปกติ", "pe_gen_text": "ทั่วไปปกติ"
            }]),
        );
        activities.insert(
            "laboratory".into(),
            json!([{"provis_labcode": lab.0, "lab_items_name": lab.1, "lab_items_unit": lab.2,
                    "lab_items_normal_value_ref": lab.3, "lab_order_result": lab.3}]),
        );
        activities.insert("diagnosis".into(), Value::Array(diagnosis));
        if self.chance(idx, 280 + k, 15) {
            activities.insert(
                "anc".into(),
                json!([{"date": vstdate, "ga_week": 8 + self.h(idx, 285 + k) % 30, "lmp": iso_ms(vst_ms - 60 * 86_400_000)[..10]}]),
            );
        }
        let mut v = json!({
            "id": self.intervention_id(idx, k), "personId": person_id, "hcode": hcode, "planserviceIds": [],
            "vn": format!("{}{:010}", &vstdate[2..4], self.h(idx, 295 + k) % 10_000_000_000),
            "ovstist": "01", "ovstist_name": "มาเอง", "ovstost": null, "ovstost_name": null,
            "doctor": null, "doctor_name": null, "pttype": "89", "pttype_name": "สิทธิบัตรทอง",
            "spclty": "01", "spclty_name": "อายุรกรรม", "vstdate": vstdate,
            "vsttime": format!("{:02}:{:02}:00", 8 + self.h(idx, 296 + k) % 10, self.h(idx, 297 + k) % 60),
            "cid": self.cid(idx), "hname": hname, "activities": Value::Object(activities)
        });
        // Field-name drift seen in newer HIS payloads: main_dep vs main_dept.
        let dep_key = if self.chance(idx, 298 + k, 50) {
            "main_dep"
        } else {
            "main_dept"
        };
        v[dep_key] = json!("002");
        v
    }

    /// All generated interventions of person `idx` (visits, PLH home visit,
    /// Child Shield `primeroservice`, leftover test entries), unordered.
    pub fn interventions(&self, idx: u64) -> Vec<Value> {
        self.intervention_kinds(idx)
            .into_iter()
            .map(|kind| self.intervention(idx, kind))
            .collect()
    }

    /// The kinds of person `idx`'s generated interventions, in the order
    /// [`DataGen::interventions`] lists them (visits `0..4`, then [`KIND_HOME`],
    /// [`KIND_PRIMERO`], [`KIND_NO_VSTDATE`]); none when HIS does not know the person.
    pub(crate) fn intervention_kinds(&self, idx: u64) -> Vec<u64> {
        if !self.person_exists(idx) {
            return Vec::new();
        }
        let mut kinds: Vec<u64> = (0..self.h(idx, 300) % 4).collect();
        for (salt, percent, kind) in [
            (301, 30, KIND_HOME),
            (303, 50, KIND_PRIMERO),
            (304, 3, KIND_NO_VSTDATE),
        ] {
            if self.chance(idx, salt, percent) {
                kinds.push(kind);
            }
        }
        kinds
    }

    /// The top-level `activities` keys a generated intervention of `kind` may have: one whose
    /// key is not among them cannot match a `where` on `activities.<key>…`, so a find need not
    /// build it (a home visit's questionnaires are thousands of values).
    pub(crate) fn activity_keys(kind: u64) -> &'static [&'static str] {
        match kind {
            KIND_HOME => &["homeservice"],
            KIND_PRIMERO => &["primeroservice"],
            KIND_NO_VSTDATE => &[NO_VSTDATE_DAY],
            _ => &["assessment", "laboratory", "diagnosis", "anc"],
        }
    }

    /// Generated intervention `kind` of person `idx` (one of [`DataGen::intervention_kinds`]).
    pub(crate) fn intervention(&self, idx: u64, kind: u64) -> Value {
        let pid = self.person_id(idx);
        let meta = self.case_meta(idx);
        match kind {
            KIND_HOME => {
                let week1 = iso_ms(meta.created_ms - 100 * 86_400_000)[..10].to_owned();
                let week14 = iso_ms(meta.created_ms - 2 * 86_400_000)[..10].to_owned();
                json!({
                    "id": self.intervention_id(idx, KIND_HOME), "personId": pid, "hcode": "10001", "planserviceIds": [],
                    "vn": format!("{:012}", self.h(idx, 302) % 1_000_000_000_000), "ovstist": "oscc",
                    "ovstist_name": "เยี่ยมบ้าน OSCC", "vstdate": week14, "vsttime": "10:00:00",
                    "cid": self.cid(idx), "hname": "รพ.ทดสอบหนึ่ง",
                    "activities": {"homeservice": [{"serviceType": "oscc", "questionnaire": self.questionnaires(idx, &week1, &week14)}]}
                })
            }
            KIND_PRIMERO => {
                let day = iso_ms(meta.created_ms)[..10].to_owned();
                json!({
                    "id": self.intervention_id(idx, KIND_PRIMERO), "personId": pid, "cid": self.cid(idx),
                    "activities": {"primeroservice": {"serviceType": "primero", day: {"basic_identity": {"case_id_display": "0000000"}}}}
                })
            }
            KIND_NO_VSTDATE => json!({
                "id": self.intervention_id(idx, KIND_NO_VSTDATE), "personId": pid, "cid": self.cid(idx),
                "activities": {NO_VSTDATE_DAY: {"form1": "a", "form2": "b"}}
            }),
            k => self.visit(idx, k, &pid),
        }
    }

    /// What `people/findOne` returns with the WF2 filter: the person, its 50
    /// latest interventions (`vstdate DESC`, undated last) and its risk model
    /// when it has one. `None` when HIS does not know the person.
    pub fn person_with_history(&self, idx: u64) -> Option<Value> {
        let mut person = self.person(idx)?;
        let mut ivs = self.interventions(idx);
        ivs.sort_by(|a, b| {
            let key = |v: &Value| v.get("vstdate").and_then(Value::as_str).map(str::to_owned);
            key(b).cmp(&key(a))
        });
        ivs.truncate(50);
        person["interventions"] = Value::Array(ivs);
        if let Some(r) = self.riskmodel(idx) {
            person["riskmodel"] = r;
        }
        Some(person)
    }

    /// The Child Shield risk model of person `idx` (~60 % have one).
    pub fn riskmodel(&self, idx: u64) -> Option<Value> {
        if !self.person_exists(idx) || !self.chance(idx, 310, 60) {
            return None;
        }
        let (first, last) = self.name(idx);
        let level = self.pick(
            idx,
            311,
            &["low", "medium", "high", "victim", "others", "Low"],
        );
        let severity = match self.h(idx, 312) % 3 {
            0 => Value::Null,
            1 => json!(["ทางร่างกาย"]),
            _ => json!(["ทางจิตใจ", "ทอดทิ้ง"]),
        };
        let status = self.pick(
            idx,
            313,
            &[
                "new",
                "renew",
                "assignedTeam",
                "assignedOfficer",
                "recievedCase",
                "sentCM",
                "completed",
            ],
        );
        let yn = |salt| if self.chance(idx, salt, 30) { "Y" } else { "N" };
        Some(json!({
            "id": crate::util::object_id(self.h(idx, 314), self.h(idx, 315)), "cid": self.cid(idx),
            "riskLevel": level, "severityType": severity, "caseStatus": status, "hcode": "10001",
            "osccTeamId": [format!("team{}", self.h(idx, 316) % 1000)], "officerId": null,
            "age": format!("{}", 1 + self.h(idx, 8) % 17), "amphur_id": "4103", "amphur_name": "อำเภอทดสอบ",
            "careGiverUser": null, "caseStatusBeforeRemove": null, "caseUserId": null, "villagecode": "41030602",
            "fname": first, "focusedCaseStatus": null, "hn": format!("{}", self.h(idx, 317) % 100_000),
            "import_no": null, "lname": last, "mental": yn(318), "physical": yn(319), "sexual": yn(320),
            "province_name": "จังหวัดทดสอบ", "sex": "หญิง",
            "summaryRiskLevel": if self.chance(idx, 321, 50) { json!(level) } else { Value::Null },
            "improveLevel": self.pick(idx, 322, &["improved", "unchanged", "worse"]),
            "tambol_id": "410306", "tambol_name": "ตำบลทดสอบ"
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervention_ids_round_trip() {
        let g = DataGen::new(9);
        let id = g.intervention_id(123_456, KIND_PRIMERO);
        assert_eq!(id.len(), 24);
        assert_eq!(g.parse_intervention_id(&id), Some((123_456, KIND_PRIMERO)));
        assert_eq!(DataGen::new(10).parse_intervention_id(&id), None);
        assert_eq!(g.parse_intervention_id("62f10cd1092a5d8c3ea753f9"), None);
    }

    #[test]
    fn people_have_the_real_shape_and_link_by_cid() {
        let g = DataGen::new(2);
        let idx = (0..100).find(|i| g.person_exists(*i)).unwrap_or(0);
        let p = g.person(idx).unwrap_or_default();
        assert_eq!(p["cid"], json!(g.cid(idx)));
        for key in [
            "hn",
            "fname",
            "lname",
            "birthday",
            "marrystatus",
            "educate",
            "hcode",
            "anc",
            "ipt",
        ] {
            assert!(p.get(key).is_some(), "{key}");
        }
        let missing = (0..1000).filter(|i| !g.person_exists(*i)).count();
        assert!((50..150).contains(&missing), "{missing}");
    }

    #[test]
    fn person_with_history_orders_visits_newest_first() {
        let g = DataGen::new(6);
        let idx = (0..200)
            .find(|i| g.interventions(*i).len() >= 3)
            .unwrap_or(0);
        let p = g.person_with_history(idx).unwrap_or_default();
        let dates: Vec<Option<&str>> = p["interventions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| i["vstdate"].as_str())
            .collect();
        assert!(dates.len() >= 3);
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
        let missing = (0..200).find(|i| !g.person_exists(*i)).unwrap_or(0);
        assert!(g.person_with_history(missing).is_none());
    }

    #[test]
    fn all_intervention_kinds_occur() {
        let g = DataGen::new(4);
        let (mut visits, mut home, mut primero, mut no_date) = (0, 0, 0, 0);
        for i in 0..300 {
            for iv in g.interventions(i) {
                let a = &iv["activities"];
                if a.get("homeservice").is_some() {
                    home += 1;
                } else if a.get("primeroservice").is_some() {
                    primero += 1;
                } else if iv.get("vstdate").is_none() {
                    no_date += 1;
                } else {
                    visits += 1;
                    assert!(a["diagnosis"].is_array());
                }
            }
        }
        assert!(visits > 100 && home > 30 && primero > 80 && no_date > 0);
    }
}
