//! Issue 11 item 3: a relabelled Child Shield question is seen where it happens. The issue's
//! scenario: `ใช้ฝ่ามือฟาด` becomes `ใช้ฝ่ามือตี` in the input; the two PLH answers that read it
//! are left out of the PATCH (never `null`), the run counts the unknown text and the table text
//! it misses, and `policy.unmatched_question: fail` fails the record naming the question. The
//! interpreter and the generated transformer count the same.

use mapping_dsl::ir::Deployment;
use mapping_dsl::rt::CounterMaps;
use mapping_dsl::source::SourceFile;
use serde_json::Value;

use crate::thailand_support::*;

const OLD: &str = "ใช้ฝ่ามือฟาด";
const NEW: &str = "ใช้ฝ่ามือตี";
const PALM_W1: &str = "during_the_past_week__how_many_times_has__name_of_primary_caregiver__used_his_her_palm_to_hit__child_s_name__s_arm_or_leg__a01eac4";
const PALM_W14: &str = "during_the_past_week__how_many_times_has__name_of_primary_caregiver__used_his_her_palm_to_hit__child_s_name__s_arm_or_leg__8e37a1e";

fn relabelled() -> Value {
    let text = fixture("w2_person_full.json").to_string();
    assert!(text.contains(OLD));
    serde_json::from_str(&text.replace(OLD, NEW)).expect("json")
}

fn counted(c: &CounterMaps) -> (Vec<String>, Vec<String>) {
    let texts = |m: &std::collections::BTreeMap<(String, String), u64>| {
        m.keys().map(|(code, t)| format!("{code}: {t}")).collect()
    };
    (texts(&c.unmatched_questions), texts(&c.missing_questions))
}

#[test]
fn a_relabelled_question_is_left_out_and_counted_in_both_engines() {
    let dep = deployment();
    let t = transform(&dep, W2);
    let clean = fixture("w2_person_full.json");
    let ctx = ctx_for(t);
    let before = mapping_dsl::interp::run_record(&dep, t, &clean, &ctx)
        .expect("runs")
        .expect("kept");
    assert!(before.get(PALM_W1).is_some() && before.get(PALM_W14).is_some());
    let drift_free = ctx.counters.snapshot();
    assert!(
        drift_free.unmatched_questions.is_empty(),
        "{:?}",
        drift_free.unmatched_questions
    );

    let input = relabelled();
    let ctx = ctx_for(t);
    let out = mapping_dsl::interp::run_record(&dep, t, &input, &ctx)
        .expect("warn: the record is delivered")
        .expect("kept");
    assert!(out.get(PALM_W1).is_none() && out.get(PALM_W14).is_none());
    let (unmatched, missing) = counted(&ctx.counters.snapshot());
    assert!(
        unmatched
            .iter()
            .all(|t| t.starts_with("CC: ") && t.contains(NEW)),
        "{unmatched:?}"
    );
    assert!(!unmatched.is_empty());
    assert!(
        missing
            .iter()
            .any(|t| t.starts_with("CC: ") && t.contains(OLD)),
        "{missing:?}"
    );
    // Every other key is as before.
    let mut expected = before.clone();
    if let Some(o) = expected.as_object_mut() {
        o.remove(PALM_W1);
        o.remove(PALM_W14);
    }
    assert_eq!(out, expected);

    // The generated transformer counts the same.
    let gen_ctx = ctx_for(t);
    let f = generated::find(W2).expect("compiled");
    let gen_out = (f.run_value)(&input, &gen_ctx)
        .expect("runs")
        .expect("kept");
    assert_eq!(gen_out, out);
    assert_eq!(
        counted(&gen_ctx.counters.snapshot()),
        counted(&ctx.counters.snapshot())
    );
}

fn with_policy_fail() -> Deployment {
    let files: Vec<SourceFile> = load_files("thailand")
        .into_iter()
        .map(|f| {
            if f.name.ends_with("w2_his_to_primero.yaml") {
                let text = f
                    .text
                    .replacen("policy:\n", "policy:\n  unmatched_question: fail\n", 1);
                SourceFile::new(f.name, text)
            } else {
                f
            }
        })
        .collect();
    let checked = mapping_dsl::check_deployment("thailand", files);
    checked
        .deployment
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics))
}

#[test]
fn unmatched_question_fail_fails_the_record_naming_the_question() {
    let dep = with_policy_fail();
    let t = transform(&dep, W2);
    assert!(t.fail_unmatched_question);
    let ok = mapping_dsl::interp::run_record(&dep, t, &fixture("w2_person_full.json"), &ctx_for(t));
    assert!(matches!(ok, Ok(Some(_))), "{ok:?}");
    let err =
        mapping_dsl::interp::run_record(&dep, t, &relabelled(), &ctx_for(t)).expect_err("fails");
    assert_eq!(err.field, "questionnaires.cc");
    assert!(err.to_string().contains(NEW), "{err}");
}
