//! The expression parser: any text gives an expression or a diagnostic inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mapping_dsl::expr;
use mapping_dsl::source::{FileId, Span};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let map = |s: usize, e: usize| Span::new(FileId(0), s, e);
    if let Err(d) = expr::parse(text, &map) {
        mapwright_fuzz::assert_labels_inside(&d, text.len());
    }
});
