//! Record validation of create and update bodies (`RecordJsonValidatorService`, reference
//! §5.4): a JSON schema built from the served forms, lookups and locations, with
//! `additionalProperties: false` at every level. On by default, as on every real version.
//!
//! * `schema`: unknown fields and wrong JSON types give 422 "Invalid Record JSON" with
//!   JSON-pointer details. Per field type: text / textarea a string; numeric an integer in
//!   32-bit range; date a `YYYY-MM-DD` string (a date-time when `date_include_time`); tick box
//!   a boolean; single select a string; multi select an array of strings; radio a string or a
//!   boolean; subform an array of objects whose `unique_id` is a UUID. `null` is accepted
//!   except for tick boxes.
//! * `option_enums`: select / radio values must be option ids of the field's lookup, inline
//!   options or (for `Location` sources) location codes (Primero >= 2.15).

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

/// Which validations the fake applies to create and update bodies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Validation {
    pub schema: bool,
    pub option_enums: bool,
}

impl Default for Validation {
    /// Schema validation on, option enums off (Primero before 2.15).
    fn default() -> Self {
        Validation {
            schema: true,
            option_enums: false,
        }
    }
}

impl Validation {
    /// No validation at all (only the envelope rules apply).
    pub const OFF: Validation = Validation {
        schema: false,
        option_enums: false,
    };
}

/// Core attributes accepted besides form fields (reference §5.4, §7).
pub const CORE: &[&str] = &[
    "id",
    "status",
    "record_state",
    "case_status_reopened",
    "owned_by",
    "module_id",
    "created_at",
    "incident_case_id",
    "registry_record_id",
    "family_id",
    "mark_synced",
    "mark_synced_url",
    "mark_synced_status",
];

/// Attributes a case carries in `GET` answers that no form defines: computed on save or kept
/// by Primero itself (they are not writable through forms).
pub const SYSTEM: &[&str] = &[
    "id",
    "enabled",
    "module_id",
    "last_updated_at",
    "last_updated_by",
    "record_in_scope",
    "reopened_logs",
    "photo",
    "sync_status",
    "synced_at",
    "case_id_code",
    "unique_identifier",
];

/// Option sources whose ids are location codes.
const LOCATION_SOURCES: &[&str] = &["Location", "ReportingLocation"];

#[derive(Debug)]
enum Kind {
    Text,
    Numeric,
    Date {
        time: bool,
    },
    Tick,
    Select {
        multi: bool,
        radio: bool,
        options: Option<HashSet<String>>,
    },
    Subform(u64),
    Any,
}

/// The schema of one record type, built from forms, lookups and locations.
#[derive(Debug)]
pub struct Schema {
    top: HashMap<String, Kind>,
    sections: HashMap<u64, HashMap<String, Kind>>,
}

fn option_ids(
    field: &Value,
    lookups: &HashMap<&str, HashSet<String>>,
    locations: &HashSet<String>,
) -> Option<HashSet<String>> {
    if let Some(src) = field.get("option_strings_source").and_then(Value::as_str) {
        if LOCATION_SOURCES.contains(&src) {
            return Some(locations.clone());
        }
        return src
            .strip_prefix("lookup ")
            .and_then(|id| lookups.get(id).cloned());
    }
    field
        .get("option_strings_text")
        .and_then(Value::as_array)
        .map(|opts| {
            opts.iter()
                .filter_map(|o| o.get("id").and_then(Value::as_str).map(str::to_owned))
                .collect()
        })
}

fn flag(field: &Value, key: &str) -> bool {
    field.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn kind_of(
    field: &Value,
    lookups: &HashMap<&str, HashSet<String>>,
    locations: &HashSet<String>,
) -> Kind {
    match field
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
    {
        "text_field" | "textarea" => Kind::Text,
        "date_field" => Kind::Date {
            time: flag(field, "date_include_time"),
        },
        "numeric_field" => Kind::Numeric,
        "tick_box" => Kind::Tick,
        t @ ("select_box" | "radio_button") => Kind::Select {
            multi: flag(field, "multi_select"),
            radio: t == "radio_button",
            options: option_ids(field, lookups, locations),
        },
        "subform" => field
            .get("subform_section_id")
            .and_then(Value::as_u64)
            .map_or(Kind::Any, Kind::Subform),
        _ => Kind::Any,
    }
}

/// `YYYY-MM-DD` naming a real day.
fn is_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10
}

/// An ISO-8601 date-time with a zone (`2023-01-27T00:00:00.000Z`).
fn is_date_time(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

impl Schema {
    pub fn build(forms: &[Value], lookups: &[Value], locations: &[Value]) -> Schema {
        let lookup_ids: HashMap<&str, HashSet<String>> = lookups
            .iter()
            .filter_map(|l| {
                let uid = l.get("unique_id")?.as_str()?;
                let ids = l.get("values")?.as_array()?.iter();
                Some((
                    uid,
                    ids.filter_map(|v| v.get("id")?.as_str().map(str::to_owned))
                        .collect(),
                ))
            })
            .collect();
        let location_codes: HashSet<String> = locations
            .iter()
            .filter_map(|l| l.get("code")?.as_str().map(str::to_owned))
            .collect();
        let mut top = HashMap::new();
        let mut sections: HashMap<u64, HashMap<String, Kind>> = HashMap::new();
        for form in forms {
            let id = form.get("id").and_then(Value::as_u64).unwrap_or(u64::MAX);
            for field in form
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(name) = field.get("name").and_then(Value::as_str) else {
                    continue;
                };
                let kind = kind_of(field, &lookup_ids, &location_codes);
                if flag(form, "is_nested") {
                    sections
                        .entry(id)
                        .or_default()
                        .insert(name.to_owned(), kind);
                } else {
                    top.insert(name.to_owned(), kind);
                }
            }
        }
        Schema { top, sections }
    }

    /// True when a top-level form defines `name`.
    pub fn defines(&self, name: &str) -> bool {
        self.top.contains_key(name)
    }

    /// JSON pointers of the offending properties of a create / update body (empty = valid).
    pub fn check(&self, data: &Map<String, Value>, v: Validation) -> Vec<String> {
        let mut bad = Vec::new();
        for (k, value) in data {
            if CORE.contains(&k.as_str()) {
                continue;
            }
            self.check_field(self.top.get(k), value, &format!("/{k}"), v, &mut bad);
        }
        bad
    }

    /// JSON pointers of what a served record carries that the metadata does not define: fields
    /// no form has (core and system attributes aside), option codes outside their lookup and
    /// location codes that are not locations. Types are not checked: served records keep
    /// whatever type was stored.
    pub fn undefined_in(&self, record: &Map<String, Value>) -> Vec<String> {
        let lenient = Validation {
            schema: false,
            option_enums: true,
        };
        let mut bad = Vec::new();
        for (k, value) in record {
            if CORE.contains(&k.as_str()) || SYSTEM.contains(&k.as_str()) {
                continue;
            }
            let ptr = format!("/{k}");
            match self.top.get(k) {
                None => bad.push(ptr),
                kind => self.check_field(kind, value, &ptr, lenient, &mut bad),
            }
        }
        bad
    }

    fn check_field(
        &self,
        kind: Option<&Kind>,
        value: &Value,
        ptr: &str,
        v: Validation,
        bad: &mut Vec<String>,
    ) {
        let Some(kind) = kind else {
            if v.schema {
                bad.push(ptr.to_owned());
            }
            return;
        };
        if value.is_null() {
            if v.schema && matches!(kind, Kind::Tick) {
                bad.push(ptr.to_owned());
            }
            return;
        }
        let ok = match kind {
            Kind::Any => true,
            Kind::Text => !v.schema || value.is_string(),
            Kind::Date { time } => {
                !v.schema
                    || value
                        .as_str()
                        .is_some_and(|s| is_date(s) || (*time && is_date_time(s)))
            }
            Kind::Numeric => !v.schema || value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
            Kind::Tick => !v.schema || value.is_boolean(),
            Kind::Select {
                multi,
                radio,
                options,
            } => self.select_ok(*multi, *radio, options.as_ref(), value, v),
            Kind::Subform(section) => match value {
                Value::Array(rows) => {
                    self.check_rows(*section, rows, ptr, v, bad);
                    true
                }
                _ => !v.schema,
            },
        };
        if !ok {
            bad.push(ptr.to_owned());
        }
    }

    fn select_ok(
        &self,
        multi: bool,
        radio: bool,
        options: Option<&HashSet<String>>,
        value: &Value,
        v: Validation,
    ) -> bool {
        let codes: Option<Vec<&Value>> = match (multi, value) {
            (true, Value::Array(items)) if items.iter().all(Value::is_string) => {
                Some(items.iter().collect())
            }
            (false, Value::String(_)) => Some(vec![value]),
            (false, Value::Bool(_)) if radio => Some(vec![value]),
            _ => None,
        };
        let Some(codes) = codes else {
            return !v.schema;
        };
        !v.option_enums
            || options.is_none_or(|opts| {
                codes.iter().all(|c| match c {
                    Value::String(s) => opts.contains(s),
                    Value::Bool(b) => opts.contains(&b.to_string()),
                    _ => false,
                })
            })
    }

    fn check_rows(
        &self,
        section: u64,
        rows: &[Value],
        ptr: &str,
        v: Validation,
        bad: &mut Vec<String>,
    ) {
        let fields = self.sections.get(&section);
        for (i, row) in rows.iter().enumerate() {
            let Some(row) = row.as_object() else {
                if v.schema {
                    bad.push(format!("{ptr}/{i}"));
                }
                continue;
            };
            for (k, x) in row {
                let at = format!("{ptr}/{i}/{k}");
                match k.as_str() {
                    "unique_id" => {
                        if v.schema && !x.as_str().is_some_and(crate::util::is_uuid) {
                            bad.push(at);
                        }
                    }
                    "_destroy" => {
                        if v.schema && !(x.is_boolean() || x.is_null()) {
                            bad.push(at);
                        }
                    }
                    _ => self.check_field(fields.and_then(|f| f.get(k)), x, &at, v, bad),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::metadata::{forms, locations, lookups};
    use serde_json::json;

    fn check(data: Value, v: Validation) -> Vec<String> {
        let schema = Schema::build(&forms(), &lookups(), &locations());
        let mut got = schema.check(data.as_object().unwrap_or(&Map::new()), v);
        got.sort();
        got
    }

    const ALL: Validation = Validation {
        schema: true,
        option_enums: true,
    };

    #[test]
    fn valid_records_pass() {
        let ok = json!({"name_first": "A", "age": 7, "sex": "female", "nationality": ["thailand"],
                        "urgent_protection_concern": true, "location_current": "TH100101",
                        "date_of_birth": "2015-02-28", "consent_for_services": false,
                        "services_section": [{"unique_id": "2f1b8a4e-0c1d-4e2f-8a3b-1c2d3e4f5a6b",
                                              "service_type": "safehouse_service", "_destroy": false}],
                        "mark_synced": true, "status": "open", "interview_subject": "caregiver",
                        "date_and_time_of_visit_to_the_hospital": null});
        assert_eq!(check(ok, ALL), Vec::<String>::new());
    }

    #[test]
    fn unknown_fields_types_and_options_are_pointed_at() {
        let bad = json!({"no_such_field": 1, "age": "seven", "nationality": "thailand", "sex": "robot",
                         "interview_subject": "nobody", "date_of_birth": "", "registration_date": "2023-02-30",
                         "consent_for_services": null, "location_current": "TH99",
                         "risk_level": true,
                         "services_section": [{"unique_id": "row-1", "service_type": "teleport", "bogus": 1}]});
        assert_eq!(
            check(bad.clone(), ALL),
            vec![
                "/age",
                "/consent_for_services",
                "/date_of_birth",
                "/interview_subject",
                "/location_current",
                "/nationality",
                "/no_such_field",
                "/registration_date",
                "/risk_level",
                "/services_section/0/bogus",
                "/services_section/0/service_type",
                "/services_section/0/unique_id",
                "/sex"
            ]
        );
        // Before 2.15 unknown option codes were stored silently.
        assert_eq!(
            check(bad, Validation::default()),
            vec![
                "/age",
                "/consent_for_services",
                "/date_of_birth",
                "/nationality",
                "/no_such_field",
                "/registration_date",
                "/risk_level",
                "/services_section/0/bogus",
                "/services_section/0/unique_id",
            ]
        );
        assert!(check(json!({"no_such_field": 1}), Validation::OFF).is_empty());
    }

    #[test]
    fn numbers_are_32_bit_integers() {
        assert_eq!(
            check(json!({"age": 2_147_483_647}), ALL),
            Vec::<String>::new()
        );
        assert_eq!(check(json!({"age": 2_147_483_648_u64}), ALL), vec!["/age"]);
        assert_eq!(check(json!({"age": 7.5}), ALL), vec!["/age"]);
    }
}
