//! The record reader of generated code and the interpreter (`mapwright_rt::json_in`) against
//! serde_json: on any text, the same value or the same error, read as a JSON value and as the
//! bench transform's generated input struct (lenient fields, option codes, nested lists).
#![no_main]

use generated::bench::bench_reference::Input;
use libfuzzer_sys::fuzz_target;
use mapwright_rt::json_in;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = json_in::from_str::<Value>(text).map_err(|e| e.to_string());
    let theirs = serde_json::from_str::<Value>(text).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "as a value");
    if json_in::read_plain::<Value>(text).is_some() {
        assert!(theirs.is_ok(), "read a text serde_json refuses");
    }
    let ours = json_in::from_str::<Input>(text).map(|i| format!("{i:?}"));
    let theirs = serde_json::from_str::<Input>(text).map(|i| format!("{i:?}"));
    assert_eq!(
        ours.map_err(|e| e.to_string()),
        theirs.map_err(|e| e.to_string()),
        "as the bench input"
    );
});
