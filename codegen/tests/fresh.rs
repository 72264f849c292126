//! The checked-in `generated/src/` is exactly what `cargo gen` makes from `mappings/` today,
//! generation is deterministic, and Thai labels appear in it as written.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn checked_in_generated_code_is_fresh() {
    let (generation, _notes) = codegen::fsio::generate_from(&root().join("mappings"))
        .expect("mappings check and generate");
    let stale = codegen::fsio::stale_files(&root().join("generated").join("src"), &generation)
        .expect("readable");
    assert!(
        stale.is_empty(),
        "generated/ is stale; run `cargo gen`. Stale files: {stale:?}"
    );
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let (a, _) = codegen::fsio::generate_from(&root().join("mappings")).expect("generates");
    let (b, _) = codegen::fsio::generate_from(&root().join("mappings")).expect("generates");
    assert_eq!(a.files, b.files);
}

#[test]
fn thai_labels_are_readable_in_generated_code() {
    let text = std::fs::read_to_string(root().join("generated/src/bench/options.rs"))
        .expect("bench options generated");
    assert!(
        text.contains("\"ผู้หญิง\""),
        "the Thai label of `female` is not written as is"
    );
    assert!(
        !text.contains("\\u{e"),
        "Thai characters are escaped in generated code"
    );
}
