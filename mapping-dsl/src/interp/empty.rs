//! The empty-value policy, applied to every field value after its rule (and `default`) ran.

use serde_json::Value;

use crate::ir::{EmptyAs, EmptyPolicy};

/// `None`: leave the key out.
pub fn apply_empty(v: Value, p: &EmptyPolicy) -> Option<Value> {
    let rule = match &v {
        Value::Null => p.missing,
        Value::String(s) if s.is_empty() => p.empty_string,
        Value::Array(a) if a.is_empty() => p.empty_list,
        _ => return Some(v),
    };
    match rule {
        EmptyAs::Keep => Some(v),
        EmptyAs::Null => Some(Value::Null),
        EmptyAs::EmptyString => Some(Value::String(String::new())),
        EmptyAs::EmptyList => Some(Value::Array(Vec::new())),
        EmptyAs::Omit => None,
    }
}
