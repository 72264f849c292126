//! Drift over a small hand-made deployment: each kind of finding, and each edit applied.

use serde_json::json;

use super::*;
use crate::source::SourceFile;

const GENDER: &str = "# Gender, as Primero has it.\noption_set: gender\nsource: lookup-gender\noptions:\n  - { code: male, en: Male, th: ชาย }        # keep this comment\n  - { code: female, en: \"Female\", th: หญิง }\n  - { code: other, en: Other, th: อื่น ๆ }\n";

const LOCAL: &str = "option_set: local\noptions:\n  - { code: a, en: A }\n";

const CASE: &str = "schema: primero_case\nfields:\n  id: string\n  sex: { type: select, options: gender, nullable: true }\n  name_first: string?\n  protection_status: string?   # the status\n  old_notes: string?\n  separator_1: json?\n";

const T: &str = "transform: t\nsource: s\nfields:\n  hit: 'find(q, it.question == \"1. ใช้ฝ่ามือฟาด\").x ?? find(q, trim(it.question) == \"1. ใช้ฝ่ามือฟาด\").x'\n  kept: 'find(q, it.question == \"2. ชมลูก\").x'\n  gone: 'find(q, it.question == \"3. ไม่มีอีกแล้ว\").x'\n";

fn sources() -> SourceMap {
    let mut s = SourceMap::default();
    s.add(SourceFile::new("d/option-sets/gender.yaml", GENDER));
    s.add(SourceFile::new("d/option-sets/local.yaml", LOCAL));
    s.add(SourceFile::new("d/schemas/case.yaml", CASE));
    s.add(SourceFile::new("d/transforms/t.yaml", T));
    s
}

fn lookups() -> String {
    json!({"data": [{"unique_id": "lookup-gender", "name": {"en": "Gender"}, "values": [
        {"id": "male", "display_text": {"en": "Male", "th": "ผู้ชาย"}},
        {"id": "female", "display_text": {"en": "Woman", "th": "หญิง"}},
        {"id": "nonbinary", "display_text": {"en": "Non-binary", "th": "นอนไบนารี"}}
    ]}]})
    .to_string()
}

fn forms() -> String {
    json!({"data": [{"id": 1, "unique_id": "basic", "parent_form": "case", "is_nested": false,
        "name": {"en": "Basic"}, "fields": [
        {"name": "sex", "type": "select_box", "option_strings_source": "lookup lookup-gender"},
        {"name": "name_first", "type": "text_field"},
        {"name": "protection_status_2", "type": "text_field"},
        {"name": "unrelated_date", "type": "date_field"},
        {"name": "separator_1", "type": "separator"}
    ]}]})
    .to_string()
}

fn expected() -> Vec<ExpectedQuestion> {
    let q = |text: &str, line| ExpectedQuestion {
        questionnaire_code: "CC".into(),
        group: None,
        text: text.into(),
        file: "d/transforms/t.yaml".into(),
        line,
    };
    vec![q("1. ใช้ฝ่ามือฟาด", 4), q("2. ชมลูก", 5), q("3. ไม่มีอีกแล้ว", 6)]
}

fn documents() -> Vec<serde_json::Value> {
    vec![
        json!({"cid": "x", "interventions": [{"activities": {"homeservice": [{"questionnaire": [
            {"questionnaire_code": "CC", "questionsList": [
                {"question": "1. ใช้ฝ่ามือตี", "answersList": []},
                {"groupDescription": "ส่วนที่ 1", "groupQuestionsList": [
                    {"question": " 2. ชมลูก ", "answersList": []},
                    {"question": "ชื่อผู้ประเมิน", "answersList": "x"}
                ]}
            ]},
            {"questionnaire_code": "PSu1", "questionsList": [{"question": "อายุ"}]}
        ]}]}}]}),
    ]
}

fn run(lookups: Option<&str>, forms: Option<&str>, docs: &[serde_json::Value]) -> Report {
    let s = sources();
    let exp = expected();
    check_drift(&DriftInput {
        sources: &s,
        primero: PrimeroExports {
            forms,
            lookups,
            locations: None,
        },
        questionnaires: docs,
        expected: &exp,
    })
    .unwrap()
}

fn kinds(r: &Report) -> Vec<(FindingKind, String, Option<String>, usize)> {
    r.findings
        .iter()
        .map(|f| (f.kind, f.item.clone(), f.lang.clone(), f.line))
        .collect()
}

#[test]
fn option_codes_and_labels_are_compared_with_the_lookups() {
    let l = lookups();
    let r = run(Some(&l), None, &[]);
    use FindingKind::*;
    assert_eq!(
        kinds(&r),
        vec![
            (LabelChanged, "male".into(), Some("th".into()), 5),
            (LabelChanged, "female".into(), Some("en".into()), 6),
            (OptionAdded, "nonbinary".into(), None, 7),
            (OptionRemoved, "other".into(), None, 7),
        ]
    );
    assert!(r.has_drift());
    let added = &r.findings[2];
    assert_eq!(added.new.as_deref(), Some("en: Non-binary, th: นอนไบนารี"));
    assert!(
        added.edits.is_empty(),
        "an added code is reported, not written"
    );
    // The local set has no source: never compared.
    assert!(r.findings.iter().all(|f| f.subject == "gender"));
}

#[test]
fn label_edits_keep_comments_quoting_and_layout() {
    let l = lookups();
    let r = run(Some(&l), None, &[]);
    let edits = r.edits();
    assert_eq!(edits.len(), 2);
    let got = apply_edits(GENDER, &edits).unwrap();
    let want = "# Gender, as Primero has it.\noption_set: gender\nsource: lookup-gender\noptions:\n  - { code: male, en: Male, th: ผู้ชาย }        # keep this comment\n  - { code: female, en: \"Woman\", th: หญิง }\n  - { code: other, en: Other, th: อื่น ๆ }\n";
    assert_eq!(got, want);
    // Applying again to the edited text is refused: the old text is gone.
    assert!(matches!(
        apply_edits(&got, &edits),
        Err(EditError::Stale { .. })
    ));
}

#[test]
fn a_field_gone_from_the_forms_is_renamed_or_removed() {
    let f = forms();
    let r = run(None, Some(&f), &[]);
    use FindingKind::*;
    assert_eq!(
        kinds(&r),
        vec![
            (FieldRenamed, "protection_status".into(), None, 6),
            (FieldRemoved, "old_notes".into(), None, 7),
        ]
    );
    assert_eq!(r.findings[0].new.as_deref(), Some("protection_status_2"));
    assert!(r.findings[0].similarity.unwrap() > 0.8);
    assert!(r.edits().is_empty(), "renames are reported, not written");
}

#[test]
fn a_schema_that_is_not_from_the_forms_is_not_compared() {
    let forms = json!({"data": [{"id": 1, "unique_id": "basic", "parent_form": "case",
        "is_nested": false, "fields": [{"name": "something_else", "type": "text_field"}]}]})
    .to_string();
    let r = run(None, Some(&forms), &[]);
    assert_eq!(r.findings, vec![]);
}

#[test]
fn a_changed_question_gets_the_nearest_new_text_and_its_edit() {
    let r = run(None, None, &documents());
    use FindingKind::*;
    assert_eq!(
        kinds(&r),
        vec![
            (QuestionChanged, "1. ใช้ฝ่ามือฟาด".into(), None, 4),
            (QuestionNotSeen, "3. ไม่มีอีกแล้ว".into(), None, 6),
            (QuestionUnmatched, "ชื่อผู้ประเมิน".into(), None, 6),
        ]
    );
    let changed = &r.findings[0];
    assert_eq!(changed.new.as_deref(), Some("1. ใช้ฝ่ามือตี"));
    assert_eq!(changed.similarity, Some(0.8));
    // The PSu1 questionnaire has no rule: nothing expected, nothing reported.
    assert!(!r.findings.iter().any(|f| f.subject == "PSu1"));
    let edits = r.edits();
    assert_eq!(edits.len(), 2, "the text is written twice on its line");
    let got = apply_edits(T, &edits).unwrap();
    assert_eq!(got, T.replace("ใช้ฝ่ามือฟาด", "ใช้ฝ่ามือตี"));
}

#[test]
fn no_drift_when_the_systems_agree() {
    let lookups = json!({"data": [{"unique_id": "lookup-gender", "values": [
        {"id": "male", "display_text": {"en": "Male", "th": "ชาย"}},
        {"id": "female", "display_text": {"en": "Female", "th": "หญิง"}},
        {"id": "other", "display_text": {"en": "Other", "th": "อื่น ๆ"}}
    ]}]})
    .to_string();
    let docs = vec![json!({"questionnaire_code": "CC", "questionsList": [
        {"question": "1. ใช้ฝ่ามือฟาด"}, {"question": "2. ชมลูก"}, {"question": "3. ไม่มีอีกแล้ว"},
        {"question": "ชื่อผู้ประเมิน"}
    ]})];
    let r = run(Some(&lookups), None, &docs);
    assert!(!r.has_drift(), "{:#?}", r.findings);
    assert_eq!(r.findings.len(), 1, "the unmapped question is listed");
}

#[test]
fn a_question_edit_needing_escapes_is_not_proposed() {
    assert!(questions::question_edits(T, "t", 4, "1. ใช้ฝ่ามือฟาด", "say \"x\"").is_empty());
    assert_eq!(
        questions::question_edits(T, "t", 5, "1. ใช้ฝ่ามือฟาด", "y"),
        vec![]
    );
}

#[test]
fn json_field_names_are_stable() {
    let l = lookups();
    let r = run(Some(&l), None, &[]);
    let v = serde_json::to_value(&r.findings[0]).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "edits", "file", "item", "kind", "lang", "line", "new", "old", "subject"
        ]
    );
    assert_eq!(v["kind"], "label_changed");
}
