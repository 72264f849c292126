//! Issue 4 item 6: changing one Thai label in one option set changes exactly one line of the
//! generated Rust, the row of that code in its option set's table (besides the deployment's
//! fingerprint in the registry), and exactly one field of the interpreter's output.
//!
//! The Thailand folder is copied to a temporary directory and one label is edited there; both
//! copies are checked and generated with the codegen library (options, WF1 and WF2 modules);
//! the label literals live in the deployment's `options.rs`, and the interpreter side runs WF1. The example deployment gets the same treatment through the
//! whole `codegen::generate` (its transform is compiled).

use mapwright_tests::copy_dir;
use std::path::Path;

use mapping_dsl::ir::Deployment;
use serde_json::Value;

use crate::thailand_support::*;

/// Checks the deployment in `dir` (named after the folder), panicking with its diagnostics.
fn check_dir(dir: &Path) -> Deployment {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("d")
        .to_owned();
    let files = spec_files::source_files(&name, dir).unwrap_or_else(|e| panic!("{e}"));
    let checked = mapping_dsl::check_deployment(&name, files);
    match checked.deployment {
        Some(d) => d,
        None => panic!("{name} does not check: {:?}", checked.diagnostics),
    }
}

/// Replaces the one occurrence of `old` in `file`.
fn edit_once(file: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        text.matches(old).count(),
        1,
        "{old:?} in {}",
        file.display()
    );
    std::fs::write(file, text.replacen(old, new, 1)).unwrap_or_else(|e| panic!("{e}"));
}

/// The changed lines of two texts with the same number of lines: (before, after) pairs.
fn changed_lines(a: &str, b: &str) -> Vec<(String, String)> {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    assert_eq!(
        la.len(),
        lb.len(),
        "a label change must not add or remove lines"
    );
    la.iter()
        .zip(&lb)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| ((*x).to_owned(), (*y).to_owned()))
        .collect()
}

/// Every leaf path where two JSON values differ.
fn diff_paths(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                diff_paths(va, vb, format!("{at}.{k}"), out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                diff_paths(va, vb, format!("{at}[{i}]"), out);
            }
        }
        _ if a != b => out.push(at),
        _ => {}
    }
}

/// Splits off the registry's fingerprint lines, one per compiled transform of the deployment:
/// any spec change gives the deployment a new fingerprint, which is how the runtime tells that
/// compiled code no longer follows the specs it loads. The other changed lines are returned.
fn without_fingerprints(pairs: Vec<(String, String)>, transforms: usize) -> Vec<(String, String)> {
    let (fp, rest): (Vec<_>, Vec<_>) = pairs
        .into_iter()
        .partition(|(a, _)| a.trim_start().starts_with("fingerprint: \""));
    assert_eq!(fp.len(), transforms, "{fp:#?}");
    rest
}

/// The label literal pair: `Some("old")` in a table row became `Some("new")`, nothing else on
/// the line changed.
fn assert_literal_pair(pairs: &[(String, String)], old: &str, new: &str) {
    let lit = |l: &str| format!("Some(\"{l}\")");
    let literal: Vec<_> = pairs
        .iter()
        .filter(|(a, b)| a.contains(&lit(old)) && b.contains(&lit(new)))
        .collect();
    assert_eq!(literal.len(), 1, "one label literal changed: {pairs:#?}");
    for (a, b) in pairs {
        assert!(a.contains(old) && b.contains(new), "{a} -> {b}");
        assert_eq!(
            &a.replace(old, new),
            b,
            "only the label changed on the line"
        );
    }
}

/// Every file codegen writes for `d`, concatenated with its path; every transform must compile
/// (`codegen::generate` fails otherwise).
fn generate_all(d: &Deployment) -> String {
    let g = codegen::generate(std::slice::from_ref(d)).unwrap_or_else(|e| panic!("{e}"));
    g.files
        .into_iter()
        .map(|f| format!("== {}\n{}", f.path, f.contents))
        .collect::<String>()
}

/// Copies `mappings/<deployment>/` twice into a temporary directory, replaces the Thai label
/// `old` with `new` in `option-sets/<set_file>` of the second copy, and checks both. The whole
/// generation of the two (options, every transform, the registry) must differ in exactly one
/// line besides the fingerprints, a table row where only the label literal changed: a layout
/// that writes a label on more than one line (as the enums with a label arm and a doc comment
/// per code did) fails here. Returns the deployments before and after, and that row (before,
/// after).
fn relabel(
    deployment: &str,
    set_file: &str,
    old: &str,
    new: &str,
) -> (Deployment, Deployment, (String, String)) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (before_dir, after_dir) = (
        tmp.path().join("a").join(deployment),
        tmp.path().join("b").join(deployment),
    );
    let source = repo().join("mappings").join(deployment);
    copy_dir(&source, &before_dir);
    copy_dir(&source, &after_dir);
    edit_once(
        &after_dir.join("option-sets").join(set_file),
        &format!("th: {old} }}"),
        &format!("th: {new} }}"),
    );
    let (before, after) = (check_dir(&before_dir), check_dir(&after_dir));
    let pairs = changed_lines(&generate_all(&before), &generate_all(&after));
    let mut pairs = without_fingerprints(pairs, before.transforms.len());
    assert_literal_pair(&pairs, old, new);
    assert_eq!(pairs.len(), 1, "only the code's row: {pairs:#?}");
    let row = pairs.remove(0);
    (before, after, row)
}

#[test]
fn one_thai_label_changes_one_generated_literal_and_one_output_field() {
    // Generated Rust: the whole Thailand generation (options, WF1, WF2), before and after.
    // The labels live in options.rs; the transform modules name a language's index, never a
    // label, and must not change at all.
    let (old, new) = ("เปิด", "กำลังดูแล");
    let (before, after, row) = relabel("thailand", "case_status.yaml", old, new);
    assert!(row.0.trim_start().starts_with("\"open\" => ["), "{row:#?}");

    // The interpreter: exactly one field of WF1's output changes, to the new label.
    let rec = fixture("w1_case_full.json");
    let out = |dep: &Deployment| {
        let t = transform(dep, W1);
        match mapping_dsl::interp::run_record(dep, t, &rec, &ctx_for(t)) {
            Ok(Some(v)) => v,
            other => panic!("{other:?}"),
        }
    };
    let (vb, va) = (out(&before), out(&after));
    let mut paths = Vec::new();
    diff_paths(&vb, &va, String::new(), &mut paths);
    assert_eq!(paths, [".closure_form.status.open"]);
    assert_eq!(va["closure_form"]["status"]["open"], Value::from(new));
    assert_eq!(vb["closure_form"]["status"]["open"], Value::from(old));
}

#[test]
fn example_deployment_label_change_through_the_whole_generation() {
    let (old, new) = ("ผู้หญิง", "เพศหญิง");
    let (before, after, _) = relabel("example", "gender.yaml", old, new);

    let rec: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("mappings/example/samples/case.json"))
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = |dep: &Deployment| {
        let t = &dep.transforms[0];
        match mapping_dsl::interp::run_record(dep, t, &rec, &ctx_for(t)) {
            Ok(Some(v)) => v,
            other => panic!("{other:?}"),
        }
    };
    let mut paths = Vec::new();
    diff_paths(&out(&before), &out(&after), String::new(), &mut paths);
    assert_eq!(paths, [".family[0].relation_sex.female"]);
}

/// Issue 11: when Child Shield relabels a PLH question, the fix is one line of the W2
/// questionnaire table. Before the edit the relabelled input loses both answers that read the
/// question (left out, counted); after it they are back, equal to the original's, and the
/// generated Rust changes only in the lines that hold the text.
#[test]
fn one_question_text_edit_restores_its_answers() {
    let (old, new) = ("ใช้ฝ่ามือฟาดเด็กที่มือ", "ใช้ฝ่ามือตีเด็กที่มือ");
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (before_dir, after_dir) = (tmp.path().join("a/thailand"), tmp.path().join("b/thailand"));
    copy_dir(&repo().join("mappings/thailand"), &before_dir);
    copy_dir(&repo().join("mappings/thailand"), &after_dir);
    let w2 = "transforms/w2_his_to_primero.yaml";
    edit_once(&after_dir.join(w2), old, new);
    let yaml = |d: &Path| std::fs::read_to_string(d.join(w2)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        changed_lines(&yaml(&before_dir), &yaml(&after_dir)).len(),
        1,
        "one line"
    );
    let (before, after) = (check_dir(&before_dir), check_dir(&after_dir));

    let original = fixture("w2_person_full.json");
    let relabelled: Value = serde_json::from_str(&original.to_string().replace(old, new))
        .unwrap_or_else(|e| panic!("{e}"));
    let out = |dep: &Deployment, rec: &Value| {
        let t = transform(dep, W2);
        match mapping_dsl::interp::run_record(dep, t, rec, &ctx_for(t)) {
            Ok(Some(v)) => v,
            other => panic!("{other:?}"),
        }
    };
    let mut lost = Vec::new();
    diff_paths(
        &out(&before, &original),
        &out(&before, &relabelled),
        String::new(),
        &mut lost,
    );
    assert_eq!(
        lost.len(),
        2,
        "week 1 and week 14 of the question: {lost:?}"
    );
    assert_eq!(
        out(&after, &relabelled),
        out(&before, &original),
        "the edit restores them"
    );

    let pairs = changed_lines(&generate_all(&before), &generate_all(&after));
    let pairs = without_fingerprints(pairs, before.transforms.len());
    assert!(!pairs.is_empty());
    for (a, b) in &pairs {
        assert_eq!(&a.replace(old, new), b, "only the text changed on the line");
    }
}
