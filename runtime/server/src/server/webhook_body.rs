//! The webhook body's shape, apart from the HTTP handler so that it can be fuzzed on its own
//! (`fuzz/fuzz_targets/webhook_body.rs` compiles this file): a JSON object; `data`, when
//! present, an object (Primero's record) whose `record_id`, when present, is a string.

use serde_json::Value;

/// Checks the body's shape: a JSON object; `data`, when present, an object (Primero's record).
pub fn validate(body: &[u8]) -> Result<Value, String> {
    let v: Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not JSON: {e}"))?;
    let Some(obj) = v.as_object() else {
        return Err("the body must be a JSON object".into());
    };
    if let Some(d) = obj.get("data") {
        let Some(d) = d.as_object() else {
            return Err("`data` must be an object".into());
        };
        if d.get("record_id").is_some_and(|id| !id.is_string()) {
            return Err("`data.record_id` must be a string".into());
        }
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primero_body_shapes() {
        assert!(validate(br#"{"data": {"record_id": "abc", "national_id_no": "1"}}"#).is_ok());
        assert!(validate(br#"{"__query_params": {}, "data": {"record_id": "abc"}}"#).is_ok());
        assert!(validate(b"[1]").unwrap_err().contains("object"));
        assert!(
            validate(br#"{"data": {"record_id": 5}}"#)
                .unwrap_err()
                .contains("record_id")
        );
        assert!(validate(b"{").unwrap_err().contains("not JSON"));
    }
}
