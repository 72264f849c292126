//! The real `mapwright drift` binary on a copy of the example deployment, with synthetic Primero
//! exports and a questionnaire document: each kind of drift found at its file and line, each
//! `--write` edit checked byte for byte, the exit codes (0 none, 1 drift, 2 error) and the JSON.
//! Two tests run the walk-throughs of `mappings/README.md` as the guide shows them.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::support::{copy_dir, mapwright_in};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/example")
}

const PLH: &str = "# A questionnaire table: each question text written once.\ntransform: example_plh\nsource: plh_person\nlet:\n  cc_w1: 'first(filter(questionnaires, it.questionnaire_code == \"CC\"))'\nquestionnaires:\n  cc:\n    code: CC\n    form: text\n    weeks: { 1: let.cc_w1 }\n    questions:\n      slap: \"1. ใช้ฝ่ามือฟาด\"   # CC 1\n      praise: \"2. ชมลูก\"\nfields:\n  slap: { answer: cc.slap }\n  praise: { answer: cc.praise }\n";

/// The source schema of [`PLH`]: a person with questionnaires (as HIS sends them).
const PLH_PERSON: &str = "schema: plh_person\nfields:\n  questionnaires:\n    type: list\n    nullable: true\n    fields:\n      questionnaire_code: string?\n      date: string?\n      questionsList: json\n";

/// `<tmp>/mappings/example` (with a questionnaire transform) and the exports beside it.
struct Setup {
    tmp: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        copy_dir(&example(), &tmp.path().join("mappings/example"));
        std::fs::write(tmp.path().join("mappings/example/transforms/plh.yaml"), PLH).unwrap();
        std::fs::write(
            tmp.path().join("mappings/example/schemas/plh_person.yaml"),
            PLH_PERSON,
        )
        .unwrap();
        let s = Setup { tmp };
        s.write_json("lookups.json", &lookups(true));
        s.write_json("lookups-same.json", &lookups(false));
        s.write_json("forms.json", &forms(true));
        s.write_json("forms-same.json", &forms(false));
        s.write_json("person.json", &person("1. ใช้ฝ่ามือตี"));
        s.write_json("person-same.json", &person("1. ใช้ฝ่ามือฟาด"));
        s
    }

    fn root(&self) -> &Path {
        self.tmp.path()
    }

    fn write_json(&self, name: &str, v: &Value) {
        std::fs::write(self.root().join(name), v.to_string()).unwrap();
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join("mappings/example").join(rel)).unwrap()
    }

    fn drift(&self, extra: &[&str]) -> (i32, String, String) {
        let mut args = vec!["drift", "--dir", "mappings"];
        args.extend_from_slice(extra);
        mapwright_in(self.root(), &args)
    }
}

/// The example's two lookups; `changed`: `male` relabelled in Thai, `female` in English,
/// `other` removed, `non_binary` added.
fn lookups(changed: bool) -> Value {
    let v = |id: &str, en: &str, th: &str| json!({"id": id, "display_text": {"en": en, "th": th}});
    let gender = if changed {
        vec![
            v("male", "Male", "ชาย"),
            v("female", "Woman", "ผู้หญิง"),
            v("non_binary", "Non-binary", "นอนไบนารี"),
        ]
    } else {
        vec![
            v("male", "Male", "ผู้ชาย"),
            v("female", "Female", "ผู้หญิง"),
            v("other", "Other", "อื่น ๆ"),
        ]
    };
    json!({"data": [
        {"unique_id": "lookup-gender", "name": {"en": "Gender"}, "values": gender},
        {"unique_id": "lookup-protection-concerns", "name": {"en": "Concerns"}, "values": [
            v("abuse", "Abuse", "การทารุณกรรม"),
            v("neglect", "Neglect", "การละเลย"),
            v("trafficked", "Trafficked", "การค้ามนุษย์")
        ]}
    ]})
}

/// A case form holding the example schema's fields; `changed`: `national_id_no` renamed.
fn forms(changed: bool) -> Value {
    let f = |name: &str, ty: &str| json!({"name": name, "type": ty});
    let id_field = if changed {
        "national_id_number"
    } else {
        "national_id_no"
    };
    json!({"data": [
        {"id": 1, "unique_id": "basic", "parent_form": "case", "is_nested": false, "fields": [
            f("name_first", "text_field"), f("name_last", "text_field"),
            f("age", "numeric_field"),
            {"name": "sex", "type": "select_box", "option_strings_source": "lookup lookup-gender"},
            f(id_field, "text_field"),
            {"name": "protection_concerns", "type": "select_box", "multi_select": true,
             "option_strings_source": "lookup lookup-protection-concerns"},
            {"name": "family_details_section", "type": "subform", "subform_section_id": 2}
        ]},
        {"id": 2, "unique_id": "family", "parent_form": "case", "is_nested": true, "fields": [
            f("relation_name", "text_field"),
            {"name": "relation_sex", "type": "select_box", "option_strings_source": "lookup lookup-gender"},
            f("source_of_information", "text_field")
        ]}
    ]})
}

/// An HIS person response with one CC questionnaire.
fn person(first_question: &str) -> Value {
    json!({"cid": "1111111111113", "interventions": [{"activities": {"homeservice": [{
        "questionnaire": [{"questionnaire_code": "CC", "date": "2024-01-01", "questionsList": [
            {"question": first_question, "answersList": [{"checked": true, "score": 1}]},
            {"question": "2. ชมลูก", "answersList": []}
        ]}]
    }]}}]})
}

/// Every input, each with its change.
const CHANGED: &[&str] = &[
    "--primero-lookups",
    "lookups.json",
    "--primero-forms",
    "forms.json",
    "--questionnaires",
    "person.json",
];

fn findings(stdout: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    v["deployments"][0]["findings"].as_array().unwrap().clone()
}

fn summary(f: &Value) -> (String, String, u64, String, String) {
    let s = |k: &str| f[k].as_str().unwrap_or("").to_owned();
    (
        s("kind"),
        s("file"),
        f["line"].as_u64().unwrap(),
        s("item"),
        s("lang"),
    )
}

#[test]
fn each_kind_of_drift_is_found_at_its_file_and_line() {
    let s = Setup::new();
    let (code, out, err) = s.drift(&[CHANGED, &["--format", "json"]].concat());
    assert_eq!(code, 1, "{err}");
    let got: Vec<_> = findings(&out).iter().map(summary).collect();
    let g = "example/option-sets/gender.yaml";
    let want = vec![
        ("label_changed", g, 4, "male", "th"),
        ("label_changed", g, 5, "female", "en"),
        ("option_added", g, 6, "non_binary", ""),
        ("option_removed", g, 6, "other", ""),
        (
            "field_renamed",
            "example/schemas/child_case.yaml",
            12,
            "national_id_no",
            "",
        ),
        (
            "question_changed",
            "example/transforms/plh.yaml",
            12,
            "1. ใช้ฝ่ามือฟาด",
            "",
        ),
    ];
    let want: Vec<_> = want
        .into_iter()
        .map(|(k, f, l, i, lang)| (k.into(), f.into(), l, i.into(), lang.into()))
        .collect();
    assert_eq!(got, want);
    let all = findings(&out);
    assert_eq!(all[4]["new"], "national_id_number");
    assert_eq!(all[5]["new"], "1. ใช้ฝ่ามือตี");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["drift"], true);
    assert_eq!(v["edits_written"], Value::Null);
    // The human form names the same places.
    let (code, human, _) = s.drift(&["--primero-lookups", "lookups.json"]);
    assert_eq!(code, 1);
    assert!(
        human.contains("example/option-sets/gender.yaml:4: label_changed: option set `gender`, code `male`: the th label is now \"ชาย\""),
        "{human}"
    );
    assert!(human.contains("2 edit(s) proposed"), "{human}");
}

#[test]
fn write_applies_label_and_question_edits_byte_for_byte() {
    let s = Setup::new();
    let gender_before = s.read("option-sets/gender.yaml");
    let schema_before = s.read("schemas/child_case.yaml");
    let (code, out, err) = s.drift(&[CHANGED, &["--write"]].concat());
    assert_eq!(
        code, 1,
        "drift was found, even though edits were written: {err}"
    );
    assert!(out.contains("3 edit(s) written"), "{out}");
    assert_eq!(
        s.read("option-sets/gender.yaml"),
        "option_set: gender\nsource: lookup-gender\noptions:\n  - { code: male,   en: Male,   th: ชาย }\n  - { code: female, en: Woman, th: ผู้หญิง }\n  - { code: other,  en: Other,  th: อื่น ๆ }\n# yaml-language-server: $schema=../../json-schema/option_set.schema.json\n"
    );
    assert_ne!(gender_before, s.read("option-sets/gender.yaml"));
    assert_eq!(
        s.read("transforms/plh.yaml"),
        PLH.replace("ใช้ฝ่ามือฟาด", "ใช้ฝ่ามือตี")
    );
    assert_eq!(
        s.read("schemas/child_case.yaml"),
        schema_before,
        "renames are not written"
    );
    // What is left needs a person: the added and removed codes and the renamed field.
    let (code, out, _) = s.drift(&[CHANGED, &["--format", "json"]].concat());
    assert_eq!(code, 1);
    let kinds: Vec<String> = findings(&out).iter().map(|f| summary(f).0).collect();
    assert_eq!(kinds, ["option_added", "option_removed", "field_renamed"]);
}

#[test]
fn exit_codes() {
    let s = Setup::new();
    let same = [
        "--primero-lookups",
        "lookups-same.json",
        "--primero-forms",
        "forms-same.json",
        "--questionnaires",
        "person-same.json",
    ];
    let (code, out, err) = s.drift(&same);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("no drift"), "{out}");
    let (code, _, err) = s.drift(&["--primero-lookups", "missing.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json"), "{err}");
    std::fs::write(s.root().join("bad.json"), "{").unwrap();
    let (code, _, err) = s.drift(&["--questionnaires", "bad.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.json is not valid JSON"), "{err}");
    let (code, _, err) = s.drift(&["--deployment", "nowhere"]);
    assert_eq!(code, 2);
    assert!(err.contains("no deployment `nowhere`"), "{err}");
    // An export that is not JSON is an error, not "no drift".
    std::fs::write(s.root().join("bad-lookups.json"), "[1").unwrap();
    let (code, _, err) = s.drift(&["--primero-lookups", "bad-lookups.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid JSON"), "{err}");
}

/// The `sh` lines of one section of `mappings/README.md`, and the lines of its plain code
/// blocks (the output the guide shows).
fn guide_section(title: &str) -> (Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/README.md"),
    )
    .unwrap();
    let start = text.find(title).expect("the walk-through is in the guide");
    let rest = &text[start + title.len()..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let (mut commands, mut shown) = (Vec::new(), Vec::new());
    let mut block: Option<&str> = None;
    for line in section.lines() {
        if let Some(lang) = line.strip_prefix("```") {
            block = if block.is_some() { None } else { Some(lang) };
            continue;
        }
        match block {
            Some("sh") => commands.push(line.to_owned()),
            Some("") => shown.push(line.to_owned()),
            _ => {}
        }
    }
    (commands, shown)
}

/// The `mapwright` commands of a walk-through's `sh` lines, split into arguments. Every
/// walk-through ends with `cargo gen` (checked here; the tests do not run cargo).
fn mapwright_commands(commands: &[String]) -> Vec<Vec<String>> {
    assert!(commands.iter().any(|c| c == "cargo gen"), "{commands:?}");
    commands
        .iter()
        .filter_map(|c| c.strip_prefix("mapwright "))
        .map(|c| c.split_whitespace().map(str::to_owned).collect())
        .collect()
}

fn run_args(cwd: &Path, args: &[String]) -> (i32, String, String) {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    mapwright_in(cwd, &args)
}

#[test]
fn the_guide_walk_through_for_a_changed_primero_label_runs_as_written() {
    let (commands, shown) = guide_section("## Walk-through: a Primero option label changed");
    let s = Setup::new();
    // Primero relabelled `male` in Thai; nothing else changed.
    let mut l = lookups(false);
    l["data"][0]["values"][0]["display_text"]["th"] = json!("ชาย");
    s.write_json("lookups.json", &l);
    let mapwright = mapwright_commands(&commands);
    assert_eq!(mapwright.len(), 5, "{commands:?}");
    let run = |args: &[String]| run_args(s.root(), args);
    // 1. The report, as the guide shows it.
    let (code, out, err) = run(&mapwright[0]);
    assert_eq!(code, 1, "{err}");
    for line in &shown {
        assert!(
            out.contains(line.as_str()),
            "guide line {line:?} not in:\n{out}"
        );
    }
    // 2. --write: one label changed, nothing else.
    let before = s.read("option-sets/gender.yaml");
    let (code, _, err) = run(&mapwright[1]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        s.read("option-sets/gender.yaml"),
        before.replace("th: ผู้ชาย", "th: ชาย")
    );
    // 3. check is clean (the example's own files; the questionnaire transform is ours).
    std::fs::remove_file(s.root().join("mappings/example/transforms/plh.yaml")).unwrap();
    let (code, out, err) = run(&mapwright[2]);
    assert_eq!(code, 0, "{out}{err}");
    // 4. The preview carries the new label.
    let (code, out, err) = run(&mapwright[3]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["sex"], json!({"male": "ชาย"}));
    // 5. No drift left.
    let (code, out, _) = run(&mapwright[4]);
    assert_eq!(code, 0, "{out}");
}

/// The fakes serving the example's exports as they are (`lookups` replaces the lookups), and a
/// `mapwright.toml` beside the mappings that points at them.
async fn live_setup(s: &Setup, lookups: Value) -> mapwright::demo::Fakes {
    let fakes = mapwright::demo::start_fakes(2, 40, None, None)
        .await
        .unwrap();
    let list = |v: Value| v["data"].as_array().unwrap().clone();
    fakes.primero.set_lookups(list(lookups));
    fakes.primero.set_forms(list(forms(false)));
    fakes.primero.set_locations(Vec::new());
    let toml = format!(
        "mappings = \"mappings\"\n[endpoints.primero]\nurl = \"{}\"\nmax_attempts = 1\n[endpoints.moph]\nurl = \"{}\"\n[credentials.primero]\nuser = \"{}\"\npassword = \"{}\"\n[credentials.moph]\nemail = \"{}\"\npassword = \"{}\"\n",
        fakes.primero.url(),
        fakes.moph.url(),
        fakes::primero::DEFAULT_USER,
        fakes::primero::DEFAULT_PASSWORD,
        fakes::moph::DEFAULT_EMAIL,
        fakes::moph::DEFAULT_PASSWORD,
    );
    std::fs::write(s.root().join("mapwright.toml"), toml).unwrap();
    fakes
}

/// `mapwright drift --live --config mapwright.toml ARGS…` off the async workers (the fakes
/// serve on them meanwhile).
async fn drift_live(s: &Setup, args: &[&str]) -> (i32, String, String) {
    let root = s.root().to_owned();
    let all: Vec<String> = ["drift", "--live", "--config", "mapwright.toml"]
        .iter()
        .chain(args)
        .map(|a| (*a).to_owned())
        .collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = all.iter().map(String::as_str).collect();
        mapwright_in(&root, &args)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_reads_the_configured_primero_through_the_adaptor() {
    let s = Setup::new();
    let mut l = lookups(false);
    l["data"][0]["values"][1]["display_text"]["en"] = json!("Woman");
    let fakes = live_setup(&s, l).await;
    let (code, out, err) = drift_live(&s, &["--format", "json"]).await;
    assert_eq!(code, 1, "{out}{err}");
    let got: Vec<_> = findings(&out).iter().map(summary).collect();
    assert_eq!(
        got,
        vec![(
            "label_changed".to_owned(),
            "example/option-sets/gender.yaml".to_owned(),
            5,
            "female".to_owned(),
            "en".to_owned()
        )]
    );
    assert!(fakes.primero.requests("GET /api/v2/forms") >= 1);
    // A wrong password is an error (exit 2) that names the endpoint, not the secret.
    let toml = std::fs::read_to_string(s.root().join("mapwright.toml"))
        .unwrap()
        .replace(fakes::primero::DEFAULT_PASSWORD, "wrong-password-123");
    std::fs::write(s.root().join("mapwright.toml"), toml).unwrap();
    let (code, _, err) = drift_live(&s, &[]).await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("Primero"), "{err}");
    assert!(!err.contains("wrong-password-123"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_with_a_national_id_compares_the_questionnaires_his_sends() {
    let s = Setup::new();
    let fakes = live_setup(&s, lookups(false)).await;
    // A person whose history holds a CC questionnaire (the example's plh.yaml reads CC).
    let idx = (0..40)
        .find(|i| {
            fakes.data.person_exists(*i)
                && fakes
                    .data
                    .person_with_history(*i)
                    .is_some_and(|p| p.to_string().contains("\"questionnaire_code\":\"CC\""))
        })
        .expect("a fake person with a CC questionnaire");
    let cid = fakes.data.cid(idx);
    let (code, out, err) = drift_live(&s, &["--national-id", &cid, "--format", "json"]).await;
    // The fake's CC texts are not the two the example rule expects: both rules are reported
    // (changed or not seen) at their lines of plh.yaml, and nothing else drifted.
    assert_eq!(code, 1, "{out}{err}");
    let drift: Vec<(String, String, u64)> = findings(&out)
        .iter()
        .map(summary)
        .filter(|f| f.0 != "question_unmatched")
        .map(|(k, f, l, _, _)| (k, f, l))
        .collect();
    assert_eq!(drift.len(), 2, "{drift:?}");
    for (kind, file, _) in &drift {
        assert!(kind.starts_with("question_"), "{drift:?}");
        assert_eq!(file, "example/transforms/plh.yaml");
    }
    assert_eq!(
        drift.iter().map(|d| d.2).collect::<Vec<_>>(),
        [12, 13],
        "{drift:?}"
    );
    assert!(!err.contains(&cid), "{err}");
}

/// `mappings/README.md`'s walk-through for a relabelled Child Shield question, on a copy of the
/// Thailand deployment and a synthetic person whose CC question 7 says ตี instead of ฟาด.
#[test]
fn the_guide_walk_through_for_a_changed_child_shield_question_runs_as_written() {
    let (commands, shown) = guide_section("## Walk-through: a Child Shield question label changed");
    let tmp = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    copy_dir(
        &repo.join("mappings/thailand"),
        &tmp.path().join("mappings/thailand"),
    );
    let person =
        std::fs::read_to_string(repo.join("tests/fixtures/thailand/w2_person_full.json")).unwrap();
    assert!(person.contains("ใช้ฝ่ามือฟาด"), "the fixture asks question 7");
    std::fs::write(
        tmp.path().join("person.json"),
        person.replace("ใช้ฝ่ามือฟาด", "ใช้ฝ่ามือตี"),
    )
    .unwrap();
    let mapwright = mapwright_commands(&commands);
    assert_eq!(mapwright.len(), 5, "{commands:?}");
    let run = |args: &[String]| run_args(tmp.path(), args);
    let w2 = tmp
        .path()
        .join("mappings/thailand/transforms/w2_his_to_primero.yaml");
    let palm = "during_the_past_week__how_many_times_has__name_of_primary_caregiver__used_his_her_palm_to_hit__child_s_name__s_arm_or_leg__a01eac4";
    let preview = || {
        let (code, out, err) = run(&mapwright[3]);
        assert_eq!(code, 0, "{err}");
        serde_json::from_str::<Value>(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
    };
    // Before the edit the answer is left out (never sent as null).
    assert!(preview().get(palm).is_none());
    // 1. The report, as the guide shows it.
    let (code, out, err) = run(&mapwright[0]);
    assert_eq!(code, 1, "{err}");
    assert!(!shown.is_empty());
    for line in &shown {
        assert!(
            out.contains(line.as_str()),
            "guide line {line:?} not in:\n{out}"
        );
    }
    // 2. --write changes exactly the one line that holds the text.
    let before = std::fs::read_to_string(&w2).unwrap();
    let (code, _, err) = run(&mapwright[1]);
    assert_eq!(code, 1, "{err}");
    let after = std::fs::read_to_string(&w2).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed[0].0.replace("ใช้ฝ่ามือฟาด", "ใช้ฝ่ามือตี"), changed[0].1);
    assert!(
        changed[0].1.trim_start().starts_with("\"7. "),
        "the question's row in the `cc` table: {changed:?}"
    );
    // 3. check is clean.
    let (code, out, err) = run(&mapwright[2]);
    assert_eq!(code, 0, "{out}{err}");
    // 4. The preview carries the answer again.
    assert!(preview().get(palm).is_some_and(|v| !v.is_null()));
    // 5. No drift left.
    let (code, out, _) = run(&mapwright[4]);
    assert_eq!(code, 0, "{out}");
}
