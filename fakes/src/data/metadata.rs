//! Synthetic Primero metadata in the real shapes, one source with the synthetic cases:
//! forms (nested forms, subforms, lookup-backed and inline options) and lookups from the
//! checked-in export in `fakes/data/primero/`, and a location hierarchy with Thai names large
//! enough (2 621 entries) to need several pages once `per` is capped at 1000. Every field,
//! option code and location code a generated case carries is defined here (tested in
//! `tests/it/metadata_agrees.rs`).

use std::sync::OnceLock;

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

/// A location as `GET /locations?hierarchy=true` shows it: plus `admin_level`, `placename`
/// (the last part of the name, per locale) and `hierarchy` (the codes from the country down).
pub fn with_hierarchy(loc: &Value) -> Value {
    let mut out = loc.clone();
    let code = loc["code"].as_str().unwrap_or_default();
    // TH, TH10, TH1001, TH100101: the country, then two digits per level.
    let levels = code.len().saturating_sub(2) / 2;
    let hierarchy: Vec<&str> = (0..=levels).filter_map(|l| code.get(..2 + 2 * l)).collect();
    let placename: serde_json::Map<String, Value> = loc["name"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            let last = v.as_str().and_then(|n| n.rsplit(':').next()).unwrap_or("");
            (k.clone(), json!(last))
        })
        .collect();
    out["admin_level"] = json!(levels);
    out["placename"] = Value::Object(placename);
    out["hierarchy"] = json!(hierarchy);
    out
}

/// All synthetic locations.
pub fn locations() -> Vec<Value> {
    (0..LOCATION_COUNT).map(location).collect()
}

/// The synthetic forms export (`GET /api/v2/forms` body) the fake serves and the W2 target
/// schema is checked against: the Thailand instance's field names, types and option sources
/// for every field the synthetic cases carry and every field the Thailand workflows write.
pub const FORMS_JSON: &str = include_str!("../../data/primero/forms.json");
/// The synthetic lookups export (`GET /api/v2/lookups` body) that goes with [`FORMS_JSON`].
pub const LOOKUPS_JSON: &str = include_str!("../../data/primero/lookups.json");

/// The synthetic lookups (`GET /api/v2/lookups` items).
pub fn lookups() -> Vec<Value> {
    static LOOKUPS: OnceLock<Vec<Value>> = OnceLock::new();
    LOOKUPS
        .get_or_init(|| export_items(LOOKUPS_JSON).unwrap_or_default())
        .clone()
}

/// The synthetic forms (`GET /api/v2/forms` items).
pub fn forms() -> Vec<Value> {
    static FORMS: OnceLock<Vec<Value>> = OnceLock::new();
    FORMS
        .get_or_init(|| export_items(FORMS_JSON).unwrap_or_default())
        .clone()
}

/// Items of an export file (`{"data": [...]}` or a bare list); `None` when it is neither.
pub fn export_items(text: &str) -> Option<Vec<Value>> {
    match serde_json::from_str::<Value>(text).ok()? {
        Value::Object(mut m) => match m.remove("data")? {
            Value::Array(items) => Some(items),
            _ => None,
        },
        Value::Array(items) => Some(items),
        _ => None,
    }
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
