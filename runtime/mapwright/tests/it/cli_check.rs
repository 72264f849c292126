//! The real `mapwright check`, `preview` and `transform` binaries on the example deployment, a
//! broken copy of it, unreadable files, and a copy whose specs changed since the build (the
//! compiled transform is then left to the interpreter, and `transform` warns).

use std::path::{Path, PathBuf};

use crate::support::{copy_dir, mapwright};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/example")
}

/// A copy of the example under `<tmp>/mappings/example`.
fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dep = tmp.path().join("mappings/example");
    copy_dir(&example(), &dep);
    (tmp, dep)
}

#[test]
fn check_example_is_clean() {
    let dir = example();
    let (code, out, err) = mapwright(&["check", "--dir", dir.to_str().unwrap(), "--deny-warnings"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("checked 1 deployment: 0 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn check_broken_copy_names_file_line_col() {
    let (tmp, dep) = example_copy();
    let t = dep.join("transforms/case_summary.yaml");
    let text = std::fs::read_to_string(&t)
        .unwrap()
        .replace("translate: gender }", "translate: gendr }");
    std::fs::write(&t, text).unwrap();
    let root = tmp.path().join("mappings");
    let (code, out, _) = mapwright(&["check", "--dir", root.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("example/transforms/case_summary.yaml:14:21"),
        "{out}"
    );
    assert!(
        out.contains("E203") && out.contains("did you mean `gender`?"),
        "{out}"
    );

    let (code, out, _) = mapwright(&["check", "--dir", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let d = &v["deployments"][0]["diagnostics"][0];
    assert_eq!(d["code"], "E203");
    assert_eq!(
        (d["file"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (
            Some("example/transforms/case_summary.yaml"),
            Some(14),
            Some(21)
        )
    );
}

#[test]
fn check_usage_and_io_errors_exit_2() {
    let (code, _, err) = mapwright(&["check", "--dir", "/nonexistent/mappings"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = mapwright(&["check", "--format", "xml"]);
    assert_eq!(code, 2);
}

#[test]
fn unreadable_files_are_diagnostics() {
    let (_tmp, dep) = example_copy();
    std::fs::write(
        dep.join("schemas/latin1.yaml"),
        b"schema: x\nfields:\n  name: string # caf\xe9\n",
    )
    .unwrap();
    let big = vec![b'#'; 50 * 1024 * 1024];
    std::fs::write(dep.join("option-sets/huge.yaml"), big).unwrap();
    let checked = mapwright::specs::load_mappings(&dep).unwrap();
    let c = &checked[0];
    let found: Vec<(String, String)> = c
        .diagnostics
        .iter()
        .map(|d| {
            let s = d.primary_span().unwrap();
            let f = c.sources.get(s.file).unwrap();
            let (l, col) = f.line_col(s.start);
            (d.code.as_str().to_owned(), format!("{}:{l}:{col}", f.name))
        })
        .collect();
    assert!(
        found.contains(&("E002".into(), "example/schemas/latin1.yaml:3:21".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("E009".into(), "example/option-sets/huge.yaml:1:1".into())),
        "{found:?}"
    );
    assert!(c.deployment.is_none());
}

#[test]
fn preview_one_record_array_and_ndjson() {
    let dir = example();
    let dir = dir.to_str().unwrap();
    let sample = example().join("samples/case.json");
    let (code, out, err) = mapwright(&[
        "preview",
        "example_case_summary",
        sample.to_str().unwrap(),
        "--dir",
        dir,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sex"], serde_json::json!({"male": "ผู้ชาย"}));
    assert_eq!(v["family"].as_array().map(Vec::len), Some(1));

    let tmp = tempfile::tempdir().unwrap();
    let arr = tmp.path().join("a.json");
    std::fs::write(&arr, r#"[ {"case_id": "a", "status": "open", "sex": "female"}, {"case_id": "b", "status": "open", "sex": "zz"},
      {"case_id": "c", "status": "duplicate"}, {"case_id": "d", "status": "open"} ]"#).unwrap();
    let (code, out, err) = mapwright(&[
        "preview",
        "example_case_summary",
        arr.to_str().unwrap(),
        "--dir",
        dir,
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("a JSON array");
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    assert_eq!(v[0]["sex"], serde_json::json!({"female": "Female"}));
    assert!(
        err.contains("record 1 (key b): sex: unknown code `zz` for option set `gender`"),
        "{err}"
    );
    assert!(err.contains("record 2: dropped by `keep`"), "{err}");

    let nd = tmp.path().join("a.ndjson");
    std::fs::write(&nd, "{\"case_id\": \"a\", \"status\": \"open\"}\n{\"case_id\": \"b\", \"status\": \"open\", \"age\": 30}\n").unwrap();
    let (code, out, err) = mapwright(&[
        "preview",
        "example_case_summary",
        nd.to_str().unwrap(),
        "--dir",
        dir,
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["age_group"], "adult");

    let (code, _, err) = mapwright(&["preview", "nope", nd.to_str().unwrap(), "--dir", dir]);
    assert_eq!(code, 2);
    assert!(err.contains("known: example_case_summary"), "{err}");
}

/// A copy of the example whose `gender` label for `male` is now "เพศชาย".
fn example_with_new_label() -> (tempfile::TempDir, PathBuf) {
    let (tmp, dep) = example_copy();
    let set = dep.join("option-sets/gender.yaml");
    let text = std::fs::read_to_string(&set).unwrap();
    assert!(text.contains("th: ผู้ชาย"));
    std::fs::write(&set, text.replace("th: ผู้ชาย", "th: เพศชาย")).unwrap();
    (tmp, dep)
}

#[test]
fn engine_runs_compiled_code_only_for_the_specs_it_was_generated_from() {
    use mapwright::engine::Transforms;
    let same = mapwright::specs::load_deployment("example", &example()).unwrap();
    let t = Transforms::compiled_then_interpreted(&[same]);
    assert_eq!(t.origin("example_case_summary"), Some("compiled"));
    assert_eq!(t.stale("example_case_summary"), None);

    let (_tmp, dep) = example_with_new_label();
    let changed = mapwright::specs::load_deployment("example", &dep).unwrap();
    let t = Transforms::compiled_then_interpreted(&[changed]);
    assert_eq!(t.origin("example_case_summary"), Some("interpreted"));
    let why = t
        .stale("example_case_summary")
        .expect("a reason for the run log");
    assert!(
        why.contains("deployment `example` changed since this binary was built"),
        "{why}"
    );
    // It runs what the specs say now.
    let f = t.get("example_case_summary").unwrap();
    let ctx = mapping_dsl::rt::Context::new(chrono::Utc::now());
    let record = serde_json::json!({"case_id": "c1", "status": "open", "sex": "male"});
    let out = f(&record, &ctx).unwrap().expect("kept");
    assert!(out.to_string().contains("เพศชาย"), "{out}");
}

#[test]
fn transform_warns_when_the_specs_changed_since_the_build() {
    let (tmp, _dep) = example_with_new_label();
    let input = tmp.path().join("in.json");
    std::fs::write(
        &input,
        r#"[{"case_id": "c1", "status": "open", "sex": "male"}]"#,
    )
    .unwrap();
    let input = input.to_str().unwrap();
    let repo = example().parent().unwrap().to_path_buf();
    let (code, out, err) = mapwright(&[
        "transform",
        "example_case_summary",
        input,
        "--dir",
        repo.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    assert!(out.contains("ผู้ชาย"), "{out}");

    let changed = tmp.path().join("mappings");
    let (code, out, err) = mapwright(&[
        "transform",
        "example_case_summary",
        input,
        "--dir",
        changed.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("have changed since this binary was built")
            && err.contains("mapwright preview"),
        "{err}"
    );
    // The compiled code still gives the label it was built with.
    assert!(out.contains("ผู้ชาย"), "{out}");
}

/// The runtime loads every repo deployment with the fingerprint its generated code records, so
/// the demo and the workflows run compiled code (a loader that read other files would silently
/// fall back to the interpreter).
#[test]
fn every_repo_deployment_loads_with_its_generated_fingerprint() {
    let root = example().parent().unwrap().to_path_buf();
    let checked = mapwright::specs::load_mappings(&root).unwrap();
    let t = mapwright::engine::Transforms::compiled_then_interpreted(&checked);
    for e in generated::registry() {
        assert_eq!(t.origin(e.name), Some("compiled"), "{}", e.name);
        // `transform`'s parse-free fingerprint of the folder agrees with the checker's.
        let dir = root.join(e.deployment);
        assert_eq!(
            mapwright::specs::fingerprint_dir(&dir).ok().as_deref(),
            Some(e.fingerprint),
            "{}",
            e.deployment
        );
    }
    assert!(generated::registry().len() >= 4);
}

/// A pretty-printed record (as the fixtures are) is one record, not one per line.
#[test]
fn transform_reads_a_pretty_printed_record() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("case.json");
    let record = serde_json::json!({"case_id": "c1", "status": "open", "sex": "female", "age": 9});
    let two = format!(
        "{}\n{}\n",
        serde_json::to_string_pretty(&record).unwrap(),
        serde_json::to_string_pretty(&record)
            .unwrap()
            .replace("c1", "c2")
    );
    std::fs::write(&input, two).unwrap();
    let (code, out, err) =
        mapwright(&["transform", "example_case_summary", input.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("\"c1\"") && lines[1].contains("\"c2\""),
        "{out}"
    );
    assert!(err.contains("2 read, 2 written"), "{err}");
}

/// The summary counts what the transform passed by policy: the full WF1 fixture carries one
/// number where text is expected and one location code missing from the set.
#[test]
fn transform_summary_counts_coercions_and_codes_passed_by_policy() {
    let fixture = example()
        .join("../../tests/fixtures/thailand/w1_case_full.json")
        .canonicalize()
        .unwrap();
    let (code, out, err) = mapwright(&[
        "transform",
        "thailand_w1_case_to_childshield",
        fixture.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(err.contains("1 read, 1 written"), "{err}");
    assert!(err.contains("coercions: 1 (number_to_string 1)"), "{err}");
    assert!(
        err.contains("unknown codes passed by policy: 1 (locations 1)"),
        "{err}"
    );
    assert!(!err.contains("without a label"), "{err}");
}

/// Issue 11: a relabelled Child Shield question is not silent in `preview` (nor `transform`):
/// the unknown text and the table text the questionnaire lacks are named on stderr.
#[test]
fn preview_and_transform_name_a_relabelled_question() {
    let fixture = example().join("../../tests/fixtures/thailand/w2_person_full.json");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("relabelled.json");
    std::fs::write(&input, text.replace("ใช้ฝ่ามือฟาด", "ใช้ฝ่ามือตี")).unwrap();
    let dir = example().join("..").canonicalize().unwrap();
    let (code, _, err) = mapwright(&[
        "preview",
        "thailand_w2_his_to_primero",
        input.to_str().unwrap(),
        "--dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "warn is the default: {err}");
    assert!(
        err.contains("CC has a question no rule reads (4x): 7. ใช้ฝ่ามือตี"),
        "{err}"
    );
    assert!(
        err.contains("CC lacks the question (2x): 7. ใช้ฝ่ามือฟาด"),
        "{err}"
    );
    let (code, _, err) = mapwright(&[
        "transform",
        "thailand_w2_his_to_primero",
        input.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("questionnaire questions no table lists: 4 (CC 4)"),
        "{err}"
    );
    // The clean fixture has no drift.
    let (_, _, err) = mapwright(&[
        "preview",
        "thailand_w2_his_to_primero",
        fixture.to_str().unwrap(),
    ]);
    assert!(!err.contains("no rule reads"), "{err}");
}

/// `check` also checks the workflows, with the diagnostics `run` and `serve` give: a misspelt
/// operation in a copy of the Thailand deployment is an error at its line.
#[test]
fn check_names_a_broken_workflow_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dep = tmp.path().join("thailand");
    copy_dir(&example().join("../thailand"), &dep);
    let (code, out, err) = mapwright(&["check", "--dir", dep.to_str().unwrap(), "--errors-only"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("checked 1 deployment and 2 workflows: 0 errors"),
        "{out}"
    );
    let wf = dep.join("workflows/w1_primero_to_childshield.yaml");
    let text = std::fs::read_to_string(&wf).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("op: primero.cases_since"))
        .expect("the op line")
        + 1;
    std::fs::write(
        &wf,
        text.replace("op: primero.cases_since", "op: primero.cases_snice"),
    )
    .unwrap();
    let (code, out, err) = mapwright(&["check", "--dir", dep.to_str().unwrap(), "--errors-only"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("primero.cases_snice"), "{out}");
    assert!(
        out.contains(&format!("w1_primero_to_childshield.yaml:{line}")),
        "{out}"
    );
    assert!(out.contains("1 error"), "{out}");
}
