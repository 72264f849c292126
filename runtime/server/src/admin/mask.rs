//! What the page may show of personal data: national ids masked to their last four digits,
//! personal fields (names) replaced, and the meaning of each exit code.

use serde_json::Value;

use crate::store::Scrubber;

/// `1111111111113` -> `XXXXXXXXX1113` (whatever the dashes).
pub fn mask_national_id(id: &str) -> String {
    let digits: Vec<char> = id.chars().filter(char::is_ascii_digit).collect();
    let keep = digits.len().saturating_sub(4);
    digits
        .iter()
        .enumerate()
        .map(|(i, c)| if i < keep { 'X' } else { *c })
        .collect()
}

/// Masks national ids inside any text (the log scrubber with no secrets).
pub fn mask_text(text: &str) -> String {
    Scrubber::default().scrub(text).into_string()
}

/// A copy of `v` with national ids masked in every string, and the values of `personal` keys
/// (and any key naming a national id) replaced.
pub fn mask_json(v: &Value, personal: &[String]) -> Value {
    walk(v, &|k, x| {
        if is_national_id_key(k) {
            match x {
                Value::String(s) => Some(Value::String(mask_national_id(s))),
                Value::Number(n) => Some(Value::String(mask_national_id(&n.to_string()))),
                _ => None,
            }
        } else if personal.iter().any(|p| p == k) && !x.is_null() {
            Some(Value::String(crate::store::scrub::PERSONAL.into()))
        } else {
            None
        }
    })
}

/// A copy of `v` for a form to edit: the values of `personal` keys and national id keys
/// blank (`""`), national ids in other strings masked.
pub fn blank_personal(v: &Value, personal: &[String]) -> Value {
    walk(v, &|k, x| {
        ((is_national_id_key(k) || personal.iter().any(|p| p == k)) && !x.is_null())
            .then(|| Value::String(String::new()))
    })
}

fn is_national_id_key(k: &str) -> bool {
    k.contains("national_id") || k == "cid"
}

/// `v` with strings masked, and each object value replaced by what `keyed` says (if anything).
fn walk(v: &Value, keyed: &dyn Fn(&str, &Value) -> Option<Value>) -> Value {
    match v {
        Value::String(s) => Value::String(mask_text(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, keyed)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| {
                    let out = keyed(k, x).unwrap_or_else(|| walk(x, keyed));
                    (k.clone(), out)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// What an exit code means, for operators.
pub fn exit_meaning(code: Option<i64>) -> &'static str {
    match code {
        None => "still running",
        Some(0) => "success: every record delivered, skipped or not found",
        Some(1) => "sync error: a record or a step failed (see the outcomes and the log)",
        Some(2) => "crash: a bug or an invalid workflow, not the remote systems' fault",
        Some(3) => "timeout or killed: the run did not finish in time",
        Some(4) => "lost: the worker stopped while the run was in progress",
        Some(5) => "cancelled",
        Some(_) => "unknown exit code",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn national_ids_and_names_are_masked() {
        assert_eq!(mask_national_id("1-1111-11111-11-3"), "XXXXXXXXX1113");
        let v = json!({"data": {"record_id": "04312364-7646-4d16-ae9d-4386bb12d0f6", "national_id_no": "1111111111113", "name": "Somchai", "note": "cid 2222222222227"}});
        let m = mask_json(&v, &["name".to_owned()]);
        let text = m.to_string();
        assert!(
            !text.contains("1111111111113")
                && !text.contains("2222222222227")
                && !text.contains("Somchai"),
            "{text}"
        );
        assert!(
            text.contains("XXXXXXXXX1113")
                && text.contains("\"04312364-7646-4d16-ae9d-4386bb12d0f6\""),
            "{text}"
        );
        let b = blank_personal(&v, &["name".to_owned()]);
        assert_eq!(b["data"]["national_id_no"], "");
        assert_eq!(b["data"]["name"], "");
        assert_eq!(b["data"]["record_id"], v["data"]["record_id"]);
        assert!(!b.to_string().contains("2222222222227"));
    }
}
