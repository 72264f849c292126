//! Webhook body parsing: any body is accepted as a JSON object (with `data`, when present, an
//! object whose `record_id` is a string) or refused with a message, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../runtime/server/src/server/webhook_body.rs"]
mod webhook_body;

fuzz_target!(|data: &[u8]| {
    match webhook_body::validate(data) {
        Ok(v) => {
            let obj = v.as_object().expect("an accepted body is an object");
            if let Some(d) = obj.get("data") {
                let d = d.as_object().expect("an accepted `data` is an object");
                assert!(d.get("record_id").is_none_or(|id| id.is_string()));
            }
        }
        Err(msg) => assert!(!msg.is_empty()),
    }
});
