//! The analyst's tools on the real binary: `explain`, `check`'s warning summary and
//! `--errors-only`, and `preview --explain` / `--no-keep` on a copy of the example deployment.

use std::path::{Path, PathBuf};

use mapping_dsl::diag::codes::Code;

use crate::support::{copy_dir, mapwright};

/// A copy of the example under `<tmp>/mappings/example`, with `edit` applied to one file.
fn example_with(file: &str, edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dep = tmp.path().join("mappings/example");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/example"),
        &dep,
    );
    let p = dep.join(file);
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, edit(text)).unwrap();
    (tmp, dep)
}

#[test]
fn explain_lists_every_code_and_shows_one_page() {
    let (code, out, _) = mapwright(&["explain"]);
    assert_eq!(code, 0);
    for c in Code::ALL {
        let line = format!("  {}  ", c.as_str());
        assert!(out.contains(&line), "{} not listed:\n{out}", c.as_str());
    }
    let (code, out, _) = mapwright(&["explain", "e401"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("# E401: option codes without a label"),
        "{out}"
    );
    assert!(
        out.contains("```yaml broken file=") && out.contains("\nFix: "),
        "{out}"
    );
    assert!(!out.contains("# E402"), "{out}");
    let (code, _, err) = mapwright(&["explain", "E999"]);
    assert_eq!(code, 2);
    assert!(err.contains("`E999` is not a diagnostic code"), "{err}");
}

#[test]
fn check_prints_errors_first_and_a_warning_on_one_line() {
    let (tmp, _) = example_with("option-sets/gender.yaml", |t| {
        t.replace("th: อื่น ๆ", "th: \"\"")
    });
    let t = tmp
        .path()
        .join("mappings/example/transforms/case_summary.yaml");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(
        &t,
        text.replace("translate: gender }", "translate: gendr }"),
    )
    .unwrap();
    let root = tmp.path().join("mappings");
    let root = root.to_str().unwrap();

    let (code, out, _) = mapwright(&["check", "--dir", root]);
    assert_eq!(code, 1, "{out}");
    let (e, w) = (out.find("E203").unwrap(), out.find("W604").unwrap());
    assert!(e < w, "errors come first:\n{out}");
    let wline = out.lines().find(|l| l.contains("W604")).unwrap();
    assert!(
        wline.starts_with("warning[W604] example/option-sets/gender.yaml:6:"),
        "{out}"
    );
    assert!(
        !out.contains("empty label\n"),
        "no warning snippet without --verbose:\n{out}"
    );
    assert!(
        out.contains("1 warning (--verbose shows the warnings in full)"),
        "{out}"
    );

    let (_, verbose, _) = mapwright(&["check", "--dir", root, "--verbose"]);
    assert!(verbose.contains("empty label"), "{verbose}");
    assert!(verbose.lines().count() > out.lines().count(), "{verbose}");

    let (code, only, _) = mapwright(&["check", "--dir", root, "--errors-only"]);
    assert_eq!(code, 1);
    assert!(only.contains("E203") && !only.contains("W604"), "{only}");
    assert!(
        only.contains("2 errors, 1 warning (warnings not shown)"),
        "{only}"
    );

    let (_, json, _) = mapwright(&["check", "--dir", root, "--errors-only", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let codes: Vec<&str> = v["deployments"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(
        !codes.is_empty() && codes.iter().all(|c| *c == "E203"),
        "{codes:?}"
    );
}

fn preview(dep: &Path, record: &str, extra: &[&str]) -> (i32, String, String) {
    let input = dep.join("record.json");
    std::fs::write(&input, record).unwrap();
    let mut args = vec![
        "preview",
        "example_case_summary",
        input.to_str().unwrap(),
        "--dir",
        dep.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    mapwright(&args)
}

const CLOSED: &str = r#"{"case_id": "C-9", "status": "closed", "age": 12, "sex": "male"}"#;

#[test]
fn preview_explain_names_the_false_conjunct_and_its_values() {
    let (_tmp, dep) = example_with("transforms/case_summary.yaml", |t| {
        t.replace(
            "keep: 'status != \"duplicate\"'",
            "keep: 'age != null && status == \"open\"'",
        )
    });
    let (code, out, err) = preview(&dep, CLOSED, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.trim().is_empty(), "{out}");
    assert!(
        err.contains("record 0: dropped by `keep` (--explain says why"),
        "{err}"
    );

    let (code, _, err) = preview(&dep, CLOSED, &["--explain"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            r#"record 0: dropped by keep: `status == "open"` is false: status = "closed""#
        ),
        "{err}"
    );
    assert!(
        !err.contains("age = "),
        "only the false conjunct's values:\n{err}"
    );

    let (code, out, err) = preview(&dep, CLOSED, &["--no-keep", "--explain"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one record");
    assert_eq!(v["case_id"], "C-9");
    assert!(
        err.contains(r#"mapped (--no-keep); keep would drop it: `status == "open"` is false"#),
        "{err}"
    );
}

#[test]
fn preview_explain_names_a_when_that_left_a_field_out() {
    let (_tmp, dep) = example_with("transforms/case_summary.yaml", |t| t);
    let rec = r#"{"case_id": "C-1", "status": "open", "age": null, "sex": "male"}"#;
    let (code, out, err) = preview(&dep, rec, &["--explain"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one record");
    assert!(v.get("is_child").is_none(), "{out}");
    assert!(
        err.contains("record 0: `is_child` left out by when: `age != null` is false: age = null"),
        "{err}"
    );
}

#[test]
fn preview_explain_says_why_each_side_of_an_or_is_false() {
    let (_tmp, dep) = example_with("transforms/case_summary.yaml", |t| {
        t.replace(
            "keep: 'status != \"duplicate\"'",
            "keep: 'status == \"open\" || age == null'",
        )
    });
    let (code, _, err) = preview(&dep, CLOSED, &["--explain"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            r#"dropped by keep: neither side of `||` holds: `status == "open"` is false: status = "closed"; `age == null` is false: age = 12"#
        ),
        "{err}"
    );
}
