//! Workflow 2 (HIS / Child Shield -> Primero) end to end over loopback against the fakes: the
//! case in the fake Primero, its sync status, the run's outcome and exit code, and retries.

use fakes::Fault;
use runtime::store::RunStatus;
use serde_json::{Value, json};

use crate::e2e_support::*;

const CASES: u64 = 40;

fn pick(e: &Env, found: bool) -> u64 {
    (0..CASES)
        .find(|&i| {
            e.fakes.data.national_id_variant(i).is_some() && e.fakes.data.person_exists(i) == found
        })
        .expect("a fitting case")
}

fn sync_status(e: &Env, i: u64) -> Option<String> {
    e.fakes
        .primero
        .sync_log(&e.fakes.data.case_meta(i).id)
        .last()
        .map(|s| s.status.clone())
}

/// The `mark_synced_url` of the last sync entry Primero logged for case `i`.
fn sync_url(e: &Env, i: u64) -> Option<String> {
    e.fakes
        .primero
        .sync_log(&e.fakes.data.case_meta(i).id)
        .last()
        .and_then(|s| s.url.clone())
}

async fn sync(e: &Env, body: Value) -> runtime::engine::RunReport {
    e.app.run(W2, Some(body), None).await.expect("run starts")
}

/// A sync of case `i` while Primero answers its next two PATCHes (the write and its retry)
/// with 500.
async fn sync_while_primero_fails(e: &Env, i: u64) -> runtime::engine::RunReport {
    e.fakes
        .primero
        .faults()
        .fail_next("PATCH /api/v2/cases/{id}", 2, Fault::status(500));
    sync(e, runtime::demo::webhook_for(&e.fakes, i)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_found_updates_the_case_and_marks_it_synced() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out.len(), 1);
    assert_eq!(
        (out[0].record.as_str(), out[0].outcome.as_str()),
        (e.fakes.data.case_meta(i).id.as_str(), "updated")
    );
    assert_eq!(sync_status(&e, i).as_deref(), Some("synced"));
    assert_eq!(
        sync_url(&e, i),
        None,
        "no sync_url configured: none sent, never \"\""
    );
    let person = e.fakes.moph.person(&e.fakes.data.cid(i)).expect("person");
    let case = e
        .fakes
        .primero
        .case(&e.fakes.data.case_meta(i).id)
        .expect("case");
    assert_eq!(case["name_first"], person["fname"]);
    assert_eq!(case["national_id_no"], json!(e.fakes.data.cid(i)));
}

/// Legacy (issue 11, 5b): every status the job wrote carried its inbox URL; older Primero
/// versions log a sync only with one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_every_sync_status_carries_the_configured_url() {
    const URL: &str = "https://mapwright.example.org/hooks/thailand-sync";
    let e = env_with(CASES, |c| {
        if let Some(p) = c.endpoints.get_mut("primero") {
            p.sync_url = Some(URL.into());
        }
    })
    .await;
    let found = pick(&e, true);
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, found)).await;
    assert_eq!(r.status, RunStatus::Success, "{r:?}");
    assert_eq!(sync_status(&e, found).as_deref(), Some("synced"));
    assert_eq!(sync_url(&e, found).as_deref(), Some(URL));

    let missing = pick(&e, false);
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, missing)).await;
    assert_eq!(r.status, RunStatus::Success, "{r:?}");
    assert_eq!(sync_status(&e, missing).as_deref(), Some("not_found"));
    assert_eq!(sync_url(&e, missing).as_deref(), Some(URL));

    // Primero refuses both attempts of the update of another case (one not synced yet: a
    // second sync of unchanged data sends nothing): it is marked failed, with the URL.
    let other = (found + 1..CASES)
        .find(|&i| e.fakes.data.national_id_variant(i).is_some() && e.fakes.data.person_exists(i))
        .expect("a second case HIS knows");
    let r = sync_while_primero_fails(&e, other).await;
    assert_eq!(r.status, RunStatus::Failed, "{r:?}");
    assert_eq!(sync_status(&e, other).as_deref(), Some("failed"));
    assert_eq!(sync_url(&e, other).as_deref(), Some(URL));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_not_found_marks_not_found_and_exits_0() {
    let e = env(CASES).await;
    let i = pick(&e, false);
    let before = e
        .fakes
        .primero
        .case(&e.fakes.data.case_meta(i).id)
        .expect("case");
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out[0].outcome, "not_found");
    assert!(
        out[0]
            .reason
            .as_deref()
            .unwrap_or("")
            .contains("MODEL_NOT_FOUND")
    );
    assert_eq!(sync_status(&e, i).as_deref(), Some("not_found"));
    let after = e
        .fakes
        .primero
        .case(&e.fakes.data.case_meta(i).id)
        .expect("case");
    assert_eq!(before["name_first"], after["name_first"], "data untouched");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_without_record_id_touches_no_case_and_fails() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    let mut body = runtime::demo::webhook_for(&e.fakes, i);
    body["data"]
        .as_object_mut()
        .expect("object")
        .remove("record_id");
    let count = e.fakes.primero.case_count();
    let r = sync(&e, body).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    let out = e.outcomes(r.run_id).await;
    assert_eq!(out[0].outcome, "failed");
    assert!(
        out[0].reason.as_deref().unwrap_or("").contains("record_id"),
        "{out:?}"
    );
    assert_eq!(e.fakes.primero.requests("PATCH /api/v2/cases/{id}"), 0);
    assert_eq!(e.fakes.primero.requests("POST /api/v2/cases"), 0);
    assert_eq!(e.fakes.primero.case_count(), count);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_primero_500_marks_failed_notifies_and_a_retry_syncs_without_duplicate() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    let count = e.fakes.primero.case_count();
    let r = sync_while_primero_fails(&e, i).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    assert_eq!(sync_status(&e, i).as_deref(), Some("failed"));
    let d = e.detail(r.run_id).await;
    assert!(
        d.outcomes[0]
            .reason
            .as_deref()
            .unwrap_or("")
            .contains("500"),
        "{:?}",
        d.outcomes
    );
    assert!(
        d.logs
            .iter()
            .any(|l| l.message.contains("admin notification")),
        "{:?}",
        d.logs
    );

    let again = e.app.retry(r.run_id, None, None).await.expect("retry");
    assert_eq!(
        (again.status, again.exit_code),
        (RunStatus::Success, 0),
        "{again:?}"
    );
    assert_eq!(e.detail(again.run_id).await.run.retry_of, Some(r.run_id));
    assert_eq!(sync_status(&e, i).as_deref(), Some("synced"));
    assert_eq!(e.fakes.primero.case_count(), count, "no duplicate case");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_malformed_his_body_marks_failed() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    e.fakes
        .moph
        .faults()
        .fail_next("GET /api/people/findOne", 2, Fault::MalformedJson);
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    assert_eq!(sync_status(&e, i).as_deref(), Some("failed"));
    let out = e.outcomes(r.run_id).await;
    assert!(
        out[0].reason.as_deref().unwrap_or("").contains("malformed"),
        "{out:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_logs_hold_no_secret_national_id_or_name() {
    let e = env(CASES).await;
    let i = pick(&e, false);
    let r = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    let d = e.detail(r.run_id).await;
    let text = serde_json::to_string(&d).expect("json");
    assert!(!text.contains(&e.fakes.data.cid(i)), "{text}");
    assert!(!text.contains(fakes::primero::DEFAULT_PASSWORD));
    assert!(!text.contains(fakes::moph::DEFAULT_PASSWORD));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_retry_from_upsert_resumes_from_the_stored_person_and_mapping() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    let r = sync_while_primero_fails(&e, i).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    let his_calls = e.fakes.moph.requests("GET /api/people/findOne");
    assert!(his_calls >= 1);

    // From `upsert`: HIS is not asked again; `upsert` reads `steps.map` of the first run.
    let again = e
        .app
        .retry(r.run_id, Some("upsert".into()), None)
        .await
        .expect("retry");
    assert_eq!(
        (again.status, again.exit_code),
        (RunStatus::Success, 0),
        "{again:?}"
    );
    assert_eq!(e.fakes.moph.requests("GET /api/people/findOne"), his_calls);
    assert_eq!(sync_status(&e, i).as_deref(), Some("synced"));
    let person = e.fakes.moph.person(&e.fakes.data.cid(i)).expect("person");
    let case = e
        .fakes
        .primero
        .case(&e.fakes.data.case_meta(i).id)
        .expect("case");
    assert_eq!(case["name_first"], person["fname"]);
    let d = e.detail(again.run_id).await;
    let steps: Vec<&str> = d.steps.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(steps, vec!["upsert"]);
    // Kept without secrets; the log does not name the person.
    let text = serde_json::to_string(&d).expect("json");
    assert!(!text.contains(fakes::moph::DEFAULT_PASSWORD));
    assert!(!text.contains(&e.fakes.data.cid(i)), "{text}");
}

/// Issue 11: a PATCH leaves out what HIS does not have. A case that already holds PLH answers
/// and Child Shield risk values keeps them after a sync of a person with no questionnaire and
/// no risk model (the legacy job left those keys out; a `null` would erase them).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_person_without_questionnaire_or_risk_model_keeps_the_case_plh_answers() {
    let e = env(CASES).await;
    let cid = "1234567890121";
    let held = json!({
        "this_past_week__name_of_the_child_s_primary_caregiver__how_many_times_did_you_shake__child_s_name___e9ccdbd": "3",
        "during_the_past_week__how_many_times_has__name_of_primary_caregiver__used_his_her_palm_to_hit__child_s_name__s_arm_or_leg__a01eac4": "4",
        "assessment_date_2eb4573": "2024-01-02",
        "plh_caregiver_first_name_93f7d52": "สมหญิง",
        "risk_level_from_child_shield_system_2df7bf4": "medium_2c2d8b1",
        "mental_d2e118d": "Y",
    });
    let mut case = json!({"national_id_no": cid, "name_first": "before", "sex": "female"});
    for (k, v) in held.as_object().expect("object") {
        case[k] = v.clone();
    }
    let id = e.fakes.primero.insert_case(case);
    e.fakes
        .moph
        .insert_person(
            json!({"cid": cid, "fname": "หลังซิงก์", "lname": "ทดสอบ", "sex": "2", "birthday": "2015-03-01"}),
            None,
        )
        .expect("person stored");
    assert!(
        e.fakes.moph.interventions(cid).is_empty(),
        "no home service"
    );
    let body = json!({"data": {"record_id": id, "national_id_no": cid}});
    let r = sync(&e, body).await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    let after = e.fakes.primero.case(&id).expect("case");
    assert_eq!(
        after["name_first"],
        json!("หลังซิงก์"),
        "the sync wrote the person"
    );
    for (k, v) in held.as_object().expect("object") {
        assert_eq!(&after[k], v, "{k} was overwritten");
    }
}

/// A second sync of data Primero already holds writes nothing (as when a run is resumed after
/// its worker was killed past its write): one sync entry, and the case unchanged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn w2_second_sync_of_unchanged_data_writes_nothing() {
    let e = env(CASES).await;
    let i = pick(&e, true);
    let id = e.fakes.data.case_meta(i).id;
    let first = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    assert_eq!(first.status, RunStatus::Success, "{first:?}");
    let case = e.fakes.primero.case(&id).expect("case");
    let patches = e.fakes.primero.requests("PATCH /api/v2/cases/{id}");
    let second = sync(&e, runtime::demo::webhook_for(&e.fakes, i)).await;
    assert_eq!(second.status, RunStatus::Success, "{second:?}");
    let after = e.fakes.primero.case(&id).expect("case");
    let changed: Vec<&String> = after
        .as_object()
        .expect("case")
        .iter()
        .filter(|(k, v)| case.get(*k) != Some(*v))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        e.fakes.primero.requests("PATCH /api/v2/cases/{id}"),
        patches,
        "no second PATCH; changed: {changed:?}"
    );
    assert_eq!(e.fakes.primero.sync_log(&id).len(), 1);
    assert_eq!(e.outcomes(second.run_id).await[0].outcome, "updated");
}
