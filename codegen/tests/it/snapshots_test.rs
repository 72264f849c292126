//! Snapshot tests: one fixture folder per construct under tests/fixtures/ (plus the shared
//! schema and option set in tests/fixtures/_common/), checked with the real checker and
//! generated; the formatted module is the snapshot. Adding a case means adding a folder.

use std::path::{Path, PathBuf};

use mapping_dsl::source::SourceFile;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

fn read(dir: &Path, name: &str) -> SourceFile {
    let p = dir.join(name);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    SourceFile::new(format!("fixture/{name}"), text)
}

#[test]
fn every_construct_generates_the_reviewed_code() {
    let root = fixtures();
    let common = root.join("_common");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && !p.ends_with("_common"))
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "fixtures found: {}", dirs.len());
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files = vec![
            read(&common, "case.yaml"),
            read(&common, "gender.yaml"),
            read(&dir, "transform.yaml"),
        ];
        // Anything else the construct needs (a value map, …).
        let mut extra: Vec<String> = std::fs::read_dir(&dir)
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.ends_with(".yaml") && n != "transform.yaml")
            .collect();
        extra.sort();
        files.extend(extra.iter().map(|n| read(&dir, n)));
        let checked = mapping_dsl::check_deployment("fixture", files);
        let errors: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.clone())
            .collect();
        let dep = checked
            .deployment
            .unwrap_or_else(|| panic!("{name}: spec errors: {errors:?}"));
        let t = dep
            .transforms
            .first()
            .unwrap_or_else(|| panic!("{name}: no transform"));
        let code = codegen::generate_transform(&dep, t).unwrap_or_else(|e| panic!("{name}: {e}"));
        insta::assert_snapshot!(name.clone(), code);
        // Deterministic: the same input gives the same bytes.
        assert_eq!(
            codegen::generate_transform(&dep, t).ok().as_deref(),
            Some(code.as_str())
        );
    }
}

#[test]
fn options_keep_thai_labels_readable() {
    let common = fixtures().join("_common");
    let checked = mapping_dsl::check_deployment(
        "fixture",
        vec![read(&common, "case.yaml"), read(&common, "gender.yaml")],
    );
    let dep = checked.deployment.expect("common fixtures check");
    let code = codegen::generate_options(&dep).expect("generates");
    assert!(code.contains("\"หญิง\""), "{code}");
    assert!(code.contains(r#""ประเภท \"พิเศษ\"""#), "{code}");
    // A code is a row of a table sorted for the binary search, not an identifier: one that
    // starts with a digit needs no escaping, and the rows are in code order, one per line.
    let codes: Vec<&str> = code
        .lines()
        .filter(|l| l.contains("\" => ["))
        .filter_map(|l| l.trim_start().strip_prefix('"'))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert_eq!(codes, ["1st_choice", "female", "male", "type"], "{code}");
    insta::assert_snapshot!("options", code);
}

/// A set whose codes and labels need no escape in JSON is marked `CLEAN` (its translations are
/// written without a scan); one holding a quote, a backslash or a control byte in any code or
/// emitted label is not.
#[test]
fn only_sets_without_a_byte_to_escape_are_marked_clean() {
    let common = fixtures().join("_common");
    let set = |name: &str, th: &str| {
        SourceFile::new(
            format!("fixture/{name}.yaml"),
            format!(
                "option_set: {name}\noptions:\n  - {{ code: a, en: A, th: {th} }}\n  - {{ code: b, en: B, th: บี }}\n"
            ),
        )
    };
    let checked = mapping_dsl::check_deployment(
        "fixture",
        vec![
            read(&common, "case.yaml"),
            read(&common, "gender.yaml"),
            set("plain", "\"เอ / 'a' ~\""),
            set("tabbed", "\"เอ\\tA\""),
            set("slashed", "\"เอ\\\\A\""),
        ],
    );
    let dep = checked.deployment.expect("fixtures check");
    let code = codegen::generate_options(&dep).expect("generates");
    let marked: Vec<&str> = code
        .split("impl ::mapwright_rt::OptionSet for ")
        .skip(1)
        .filter(|imp| {
            imp.split_once("\n}")
                .is_some_and(|(body, _)| body.contains("const CLEAN: bool = true;"))
        })
        .filter_map(|imp| imp.split_whitespace().next())
        .collect();
    assert_eq!(marked, ["PlainSet"], "{code}");
}
