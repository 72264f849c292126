//! The checked-in `generated/src/` is exactly what `cargo gen` makes from `mappings/` today,
//! generation is deterministic, and Thai labels appear in it as written.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn checked_in_generated_code_is_fresh() {
    let generation = codegen::fsio::generate_from(&root().join("mappings"))
        .expect("mappings check and generate");
    // The stdlib's examples are part of the generation, so a stale example is named too.
    assert!(
        generation
            .files
            .iter()
            .any(|f| f.path == "stdlib_examples/mod.rs"),
        "the stdlib's examples are not generated"
    );
    let stale = codegen::fsio::stale_files(&root().join("generated").join("src"), &generation)
        .expect("readable");
    assert!(
        stale.is_empty(),
        "generated/ is stale; run `cargo gen`. Stale files: {stale:?}"
    );
}

#[test]
fn the_function_table_in_the_docs_is_fresh() {
    let doc = root().join(codegen::docs::DOC);
    let stale = codegen::docs::refresh(&doc, false).expect("the docs have the table's markers");
    assert!(!stale, "{} is stale; run `cargo gen`", codegen::docs::DOC);
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let a = codegen::fsio::generate_from(&root().join("mappings")).expect("generates");
    let b = codegen::fsio::generate_from(&root().join("mappings")).expect("generates");
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

/// Without rustfmt, `cargo gen` stops with an error that says how to install it (it used to
/// write prettyplease's layout, which the freshness check then called stale).
#[test]
fn a_missing_rustfmt_is_a_clear_error() {
    let empty = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("--check")
        .current_dir(root())
        .env("PATH", empty.path())
        .output()
        .expect("codegen runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("rustup component add rustfmt"), "{err}");
}
