//! YAML spec loading: any text, parsed as a spec file, gives a spec or a diagnostic, never a
//! panic, and a diagnostic's span lies inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mapping_dsl::source::FileId;
use mapping_dsl::spec;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = spec::kind_of(text);
    if let Err(d) = spec::parse_file(FileId(0), text) {
        mapwright_fuzz::assert_labels_inside(&d, text.len());
    }
});
