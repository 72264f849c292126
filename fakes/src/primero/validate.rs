//! Optional record validation (`RecordJsonValidatorService`, reference §5.4):
//! a schema built from the served forms and lookups. Off by default.
//!
//! * `schema`: unknown fields and wrong JSON types give 422 "Invalid Record
//!   JSON" with JSON-pointer details (`additionalProperties: false`).
//! * `option_enums`: select / radio values must be option ids of the field's
//!   lookup or inline options (Primero >= 2.15).

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

/// Which validations the fake applies to create and update bodies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Validation {
    pub schema: bool,
    pub option_enums: bool,
}

/// Core attributes accepted besides form fields.
const CORE: &[&str] = &[
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

enum Kind {
    Text,
    Numeric,
    Tick,
    Select {
        multi: bool,
        radio: bool,
        options: Option<HashSet<String>>,
    },
    Subform(u64),
    Any,
}

pub(crate) struct Schema {
    top: HashMap<String, Kind>,
    sections: HashMap<u64, HashMap<String, Kind>>,
}

fn option_ids(field: &Value, lookups: &HashMap<&str, HashSet<String>>) -> Option<HashSet<String>> {
    if let Some(src) = field.get("option_strings_source").and_then(Value::as_str) {
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

fn kind_of(field: &Value, lookups: &HashMap<&str, HashSet<String>>) -> Kind {
    match field
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
    {
        "text_field" | "textarea" | "date_field" => Kind::Text,
        "numeric_field" => Kind::Numeric,
        "tick_box" => Kind::Tick,
        t @ ("select_box" | "radio_button") => Kind::Select {
            multi: field
                .get("multi_select")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            radio: t == "radio_button",
            options: option_ids(field, lookups),
        },
        "subform" => field
            .get("subform_section_id")
            .and_then(Value::as_u64)
            .map_or(Kind::Any, Kind::Subform),
        _ => Kind::Any,
    }
}

impl Schema {
    pub fn build(forms: &[Value], lookups: &[Value]) -> Schema {
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
        let mut top = HashMap::new();
        let mut sections: HashMap<u64, HashMap<String, Kind>> = HashMap::new();
        for form in forms {
            let nested = form
                .get("is_nested")
                .and_then(Value::as_bool)
                .unwrap_or(false);
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
                let kind = kind_of(field, &lookup_ids);
                if nested {
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

    /// JSON pointers of the offending properties (empty = valid).
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
            return;
        }
        let ok = match kind {
            Kind::Any => true,
            Kind::Text => !v.schema || value.is_string(),
            Kind::Numeric => !v.schema || value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
            Kind::Tick => !v.schema || value.is_boolean(),
            Kind::Select {
                multi,
                radio,
                options,
            } => {
                let codes: Option<Vec<&Value>> = match (multi, value) {
                    (true, Value::Array(items)) => Some(items.iter().collect()),
                    (false, Value::String(_)) => Some(vec![value]),
                    (false, Value::Bool(_)) if *radio => Some(vec![value]),
                    _ => None,
                };
                match codes {
                    None => !v.schema,
                    Some(codes) => {
                        !v.option_enums
                            || options.as_ref().is_none_or(|opts| {
                                codes.iter().all(|c| match c {
                                    Value::String(s) => opts.contains(s),
                                    Value::Bool(b) => opts.contains(&b.to_string()),
                                    _ => false,
                                })
                            })
                    }
                }
            }
            Kind::Subform(section) => match value {
                Value::Array(rows) => {
                    let fields = self.sections.get(section);
                    for (i, row) in rows.iter().enumerate() {
                        let Some(row) = row.as_object() else {
                            bad.push(format!("{ptr}/{i}"));
                            continue;
                        };
                        for (k, x) in row {
                            if k == "unique_id" || k == "_destroy" {
                                continue;
                            }
                            let kind = fields.and_then(|f| f.get(k));
                            self.check_field(kind, x, &format!("{ptr}/{i}/{k}"), v, bad);
                        }
                    }
                    true
                }
                _ => !v.schema,
            },
        };
        if !ok {
            bad.push(ptr.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::metadata::{forms, lookups};
    use serde_json::json;

    fn check(data: Value, v: Validation) -> Vec<String> {
        let schema = Schema::build(&forms(), &lookups());
        schema.check(data.as_object().unwrap_or(&Map::new()), v)
    }

    const ALL: Validation = Validation {
        schema: true,
        option_enums: true,
    };

    #[test]
    fn valid_records_pass() {
        let ok = json!({"name_first": "A", "age": 7, "sex": "female", "nationality": ["thailand"],
                        "urgent_protection_concern": true, "location_current": "TH100101",
                        "services_section": [{"unique_id": "u", "service_type": "safehouse_service", "_destroy": false}],
                        "mark_synced": true, "status": "open", "interview_subject": "caregiver"});
        assert_eq!(check(ok, ALL), Vec::<String>::new());
    }

    #[test]
    fn unknown_fields_types_and_options_are_pointed_at() {
        let bad = json!({"no_such_field": 1, "age": "seven", "nationality": "thailand", "sex": "robot",
                         "interview_subject": "nobody",
                         "services_section": [{"service_type": "teleport", "bogus": 1}]});
        let mut got = check(bad.clone(), ALL);
        got.sort();
        assert_eq!(
            got,
            vec![
                "/age",
                "/interview_subject",
                "/nationality",
                "/no_such_field",
                "/services_section/0/bogus",
                "/services_section/0/service_type",
                "/sex"
            ]
        );
        // Before 2.15 unknown option codes were stored silently.
        let mut lax = check(
            bad,
            Validation {
                schema: true,
                option_enums: false,
            },
        );
        lax.sort();
        assert_eq!(
            lax,
            vec![
                "/age",
                "/nationality",
                "/no_such_field",
                "/services_section/0/bogus"
            ]
        );
        assert!(check(json!({"no_such_field": 1}), Validation::default()).is_empty());
    }
}
