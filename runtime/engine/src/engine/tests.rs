//! Engine tests with in-memory operations and small Rust transforms (no network, no mappings).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::FutureExt;
use mapping_dsl::source::FileId;
use serde_json::{Map, Value, json};

use super::ops::{Args, FnOp, OpError, OpSig, OpValue, Ops, Output, Record, arg_str};
use super::{Engine, RunRequest, Transforms};
use crate::store::{Outcome, RunStatus, Scrubber, SqliteStore, Store};
use crate::workflow::{Catalog, Workflow, compile};

type Sink = Arc<Mutex<HashMap<String, Value>>>;

/// `src.pages` yields `n` records in pages of `per`, ordered by `updated`; `sink.upsert` stores
/// by key (created, then updated) and fails for keys in `fail`; `his.find` knows only cid
/// "111"; `status.set` records the last status per id.
fn ops(sink: Sink, statuses: Sink, fail: Vec<String>) -> Ops {
    let mut ops = Ops::default();
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("src.pages", Output::Records, None, &["n", "per"], &["since", "text"]),
        f: |a: Map<String, Value>| {
            async move {
                let n = a["n"].as_u64().unwrap_or(0);
                let per = a["per"].as_u64().unwrap_or(1).max(1);
                // `text: true`: the records come as their JSON text, as Primero's cases do.
                let text = a.get("text") == Some(&Value::Bool(true));
                let since = a.get("since").and_then(Value::as_str).unwrap_or("").to_owned();
                let (tx, rx) = tokio::sync::mpsc::channel(2);
                tokio::spawn(async move {
                    let all: Vec<Value> = (1..=n)
                        .map(|i| json!({"id": format!("c{i}"), "updated": format!("2024-01-{i:02}"), "name": format!("Name{i}")}))
                        .filter(|r| r["updated"].as_str().unwrap_or("") >= since.as_str())
                        .collect();
                    for chunk in all.chunks(per as usize) {
                        // Ordered by `updated`: what is still to come starts at the last one.
                        let page = super::ops::Page {
                            records: chunk
                                .iter()
                                .map(|r| match text {
                                    true => Record::Json {
                                        text: r.to_string().into(),
                                        picked: None,
                                    },
                                    false => Record::Value(r.clone()),
                                })
                                .collect(),
                            rest_from: chunk.last().map(|r| r["updated"].clone()),
                        };
                        if tx.send(Ok(page)).await.is_err() {
                            return;
                        }
                    }
                });
                Ok(OpValue::Records(rx))
            }
            .boxed()
        },
    }));
    let s = sink.clone();
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("sink.upsert", Output::Outcome, None, &["key", "value"], &[]),
        f: move |a: Map<String, Value>| {
            let s = s.clone();
            let fail = fail.clone();
            async move {
                let key = arg_str(&Args::from(a.clone()), "key")?.to_owned();
                if fail.contains(&key) {
                    return Err(OpError::failed(format!("HTTP 500 for {key}")));
                }
                let prev = s.lock().unwrap().insert(key, a["value"].clone());
                let outcome = if prev.is_some() {
                    Outcome::Updated
                } else {
                    Outcome::Created
                };
                Ok(OpValue::Delivered {
                    outcome,
                    value: Value::Null,
                })
            }
            .boxed()
        },
    }));
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("his.find", Output::Json, None, &["cid"], &[]),
        f: |a: Map<String, Value>| {
            async move {
                match arg_str(&Args::from(a.clone()), "cid")? {
                    "111" => Ok(OpValue::Json(json!({"cid": "111", "fname": "Somchai"}))),
                    "500" => Err(OpError::failed("HIS answered 500")),
                    "000" => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        Ok(OpValue::Json(Value::Null))
                    }
                    _ => Err(OpError::not_found("MODEL_NOT_FOUND")),
                }
            }
            .boxed()
        },
    }));
    let st = statuses.clone();
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("status.set", Output::Json, None, &["id", "status"], &[]),
        f: move |a: Map<String, Value>| {
            let st = st.clone();
            async move {
                let id = arg_str(&Args::from(a.clone()), "id")?.to_owned();
                st.lock().unwrap().insert(id, a["status"].clone());
                Ok(OpValue::Json(Value::Null))
            }
            .boxed()
        },
    }));
    ops
}

mod keyed;
mod page_logs;
mod raw;
mod resume;
mod text_records;

fn transforms() -> Transforms {
    let mut t = Transforms::default();
    // Counts an unknown code, a coercion and a code without a label per record (as policies
    // that pass them would).
    t.insert(
        "t_count",
        "builtin",
        Arc::new(|r: &Value, cx: &mapping_dsl::rt::Context| {
            cx.counters.unknown_code("gender", "x");
            cx.counters.coercion("age", "string_to_int");
            cx.counters.missing_label("gender", "other");
            Ok(Some(json!({"ID": r["id"]})))
        }),
    );
    // As a compiled transform: its output, passed whole to an operation, is kept as the JSON
    // it writes.
    t.insert_compiled(
        "t_upper",
        Arc::new(|r: &Value, _cx: &mapping_dsl::rt::Context| Ok(t_upper(r))),
        t_upper_json,
        t_upper_text,
    );
    t
}

/// Keeps records whose updated date is not "2024-01-03"; upper-cases the name.
fn t_upper(r: &Value) -> Option<Value> {
    (r["updated"] != "2024-01-03")
        .then(|| json!({"ID": r["id"], "NAME": r["name"].as_str().map(str::to_uppercase)}))
}

/// [`t_upper`] writing its output, as a compiled transform's `run_value_json` does.
fn t_upper_json(
    r: &Value,
    _cx: &mapping_dsl::rt::Context,
    out: &mut Vec<u8>,
) -> Result<bool, mapping_dsl::rt::TransformError> {
    let Some(v) = t_upper(r) else {
        return Ok(false);
    };
    mapping_dsl::rt::write_json(out, &v).map_err(|e| {
        mapping_dsl::rt::TransformError::new(
            "",
            mapping_dsl::rt::ErrorKind::InvalidJson(e.to_string()),
        )
    })?;
    Ok(true)
}

/// [`t_upper`] over a record's JSON text, as a compiled transform's `run_into` does. It counts
/// its calls in `upper_text_calls` (the engine must take this path for records that came as
/// text).
fn t_upper_text(
    r: &[u8],
    cx: &mapping_dsl::rt::Context,
    out: &mut Vec<u8>,
) -> Result<bool, mapping_dsl::rt::TransformError> {
    cx.counters.coercion("text", "read_as_text");
    let v: Value = serde_json::from_slice(r).map_err(|e| {
        mapping_dsl::rt::TransformError::new(
            "",
            mapping_dsl::rt::ErrorKind::InvalidJson(e.to_string()),
        )
    })?;
    t_upper_json(&v, cx, out)
}

/// `yaml` compiled against `ops` and the test transforms.
fn try_wf(yaml: &str, ops: &Ops) -> Result<Workflow, Vec<mapping_dsl::diag::Diagnostic>> {
    let sigs = ops.sigs();
    let names = transforms().names();
    compile(
        FileId(0),
        "test/workflows/w.yaml",
        yaml,
        &Catalog {
            ops: &sigs,
            transforms: &names,
        },
    )
}

fn wf(yaml: &str, ops: &Ops) -> Workflow {
    try_wf(yaml, ops).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// A run reading from the cursor `2024-01-01`.
fn from_start() -> RunRequest {
    RunRequest {
        initial_cursor: Some("2024-01-01".into()),
        ..Default::default()
    }
}

async fn engine(ops: Ops) -> Arc<Engine<SqliteStore>> {
    Arc::new(Engine {
        store: Arc::new(SqliteStore::in_memory().await.unwrap()),
        ops,
        transforms: transforms(),
        scrubber: Scrubber::new(["sup3r-secret"]),
        default_timeout: Duration::from_secs(10),
        observer: Arc::new(super::NoObserver),
    })
}

const FANOUT: &str = r#"
workflow: fan
trigger: { cron: "*/5 * * * *", timezone: Asia/Bangkok }
cursor: updated
personal_fields: [name]
steps:
  - id: fetch
    op: src.pages
    args: { n: 7, per: 3, since: cursor }
  - id: each
    for_each: fetch
    concurrency: 2
    key: record.id
    watermark: record.updated
    steps:
      - id: map
        transform: t_upper
      - id: push
        op: sink.upsert
        args: { key: record.id, value: steps.map }
  - id: save
    set_cursor: steps.each.watermark
"#;

#[tokio::test]
async fn fanout_outcomes_cursor_and_idempotent_rerun() {
    let sink = Sink::default();
    let ops = ops(sink.clone(), Sink::default(), vec!["c5".into()]);
    let w = wf(FANOUT, &ops);
    let e = engine(ops).await;
    let req = from_start;
    let r = e.run(&w, req()).await.unwrap();
    assert_eq!(r.status, RunStatus::Failed, "{r:?}");
    assert_eq!(r.exit_code, 1);
    let want: std::collections::BTreeMap<Outcome, u64> = [
        (Outcome::Created, 5),
        (Outcome::Skipped, 1),
        (Outcome::Failed, 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(r.outcomes, want);
    // Every record has an outcome; the failed one has its reason.
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    assert_eq!(d.outcomes.len(), 7);
    let c5 = d.outcomes.iter().find(|o| o.record == "c5").unwrap();
    assert_eq!(
        (c5.outcome.as_str(), c5.reason.as_deref()),
        ("failed", Some("HTTP 500 for c5"))
    );
    // Pages [c1 c2 c3] [c4 c5 c6] [c7]: the cursor moved after the first page, then stopped at
    // the failed c5 (not past it), so the next run fetches it again; the sync stays open.
    assert_eq!(
        e.store.cursor("fan", "updated").await.unwrap().as_deref(),
        Some("2024-01-05")
    );
    assert_eq!(
        e.store
            .cursor_sync_start("fan", "updated")
            .await
            .unwrap()
            .as_deref(),
        Some("2024-01-01")
    );
    assert_eq!(
        sink.lock().unwrap().get("c2"),
        Some(&json!({"ID": "c2", "NAME": "NAME2"}))
    );
    // Names never reach the log.
    assert!(
        d.logs.iter().all(|l| !l.message.contains("Name5")),
        "{:?}",
        d.logs
    );

    // The second run resumes at c5: updates what it sees again instead of duplicating it, and
    // fails c5 again; c1..c4 are not fetched again.
    let r2 = e.run(&w, req()).await.unwrap();
    assert_eq!(r2.outcomes.get(&Outcome::Created), None, "{r2:?}");
    assert_eq!(r2.outcomes.get(&Outcome::Updated), Some(&2));
    assert_eq!(r2.outcomes.get(&Outcome::Failed), Some(&1));
    assert_eq!(r2.outcomes.values().sum::<u64>(), 3);
    assert_eq!(sink.lock().unwrap().len(), 5);
}

#[tokio::test]
async fn fanout_all_delivered_advances_cursor_to_the_last_record() {
    let ops = ops(Sink::default(), Sink::default(), vec![]);
    let w = wf(FANOUT, &ops);
    let e = engine(ops).await;
    let r = e.run(&w, from_start()).await.unwrap();
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0));
    assert_eq!(
        e.store.cursor("fan", "updated").await.unwrap().as_deref(),
        Some("2024-01-07")
    );
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let steps: Vec<_> = d
        .steps
        .iter()
        .map(|s| (s.step.as_str(), s.status.as_str()))
        .collect();
    assert_eq!(
        steps,
        vec![
            ("fetch", "success"),
            ("each", "success"),
            ("save", "success")
        ]
    );
}

#[tokio::test]
async fn no_cursor_anywhere_is_an_error_before_the_run() {
    let ops = ops(Sink::default(), Sink::default(), vec![]);
    let w = wf(FANOUT, &ops);
    let e = engine(ops).await;
    let err = e
        .run(&w, RunRequest::default())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("initial_cursor") && err.contains("[workflows.fan]"),
        "{err}"
    );
}

const SINGLE: &str = r#"
workflow: single
trigger: { webhook: sync }
key: input.data.record_id
personal_fields: [fname]
steps:
  - id: person
    op: his.find
    args: { cid: digits_only(input.data.national_id_no) }
    next:
      - { on: failure, when: 'error.kind == "not_found"', to: mark_not_found }
      - { on: failure, to: mark_failed }
  - id: push
    op: sink.upsert
    args: { key: input.data.record_id, value: steps.person }
    next:
      - { on: failure, to: mark_failed }
      - { to: end }
  - id: mark_not_found
    op: status.set
    args: { id: input.data.record_id, status: { const: not_found } }
    next: [{ on: always, to: end }]
  - id: mark_failed
    op: status.set
    args: { id: input.data.record_id, status: { const: failed } }
"#;

async fn single(
    cid: &str,
) -> (
    crate::engine::RunReport,
    Sink,
    Sink,
    Arc<Engine<SqliteStore>>,
) {
    let sink = Sink::default();
    let statuses = Sink::default();
    let ops = ops(sink.clone(), statuses.clone(), vec![]);
    let w = wf(SINGLE, &ops);
    let e = engine(ops).await;
    let input = json!({"data": {"record_id": "r-1", "national_id_no": cid}});
    let r = e
        .run(
            &w,
            RunRequest {
                input: Some(input),
                timeout: Some(Duration::from_millis(300)),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    (r, sink, statuses, e)
}

#[tokio::test]
async fn single_input_found_delivers() {
    let (r, sink, statuses, e) = single("1-1-1").await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    assert_eq!(r.outcomes.get(&Outcome::Created), Some(&1));
    assert!(sink.lock().unwrap().contains_key("r-1"));
    assert!(statuses.lock().unwrap().is_empty());
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    assert_eq!(d.outcomes[0].record, "r-1");
}

#[tokio::test]
async fn single_input_not_found_writes_status_and_exits_0() {
    let (r, sink, statuses, e) = single("999").await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    assert_eq!(r.outcomes.get(&Outcome::NotFound), Some(&1));
    assert!(sink.lock().unwrap().is_empty());
    assert_eq!(
        statuses.lock().unwrap().get("r-1"),
        Some(&json!("not_found"))
    );
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    assert_eq!(d.outcomes[0].reason.as_deref(), Some("MODEL_NOT_FOUND"));
    // person failed once, mark_not_found ran; push and mark_failed did not.
    let steps: Vec<_> = d
        .steps
        .iter()
        .map(|s| (s.step.as_str(), s.status.as_str()))
        .collect();
    assert_eq!(
        steps,
        vec![("person", "failed"), ("mark_not_found", "success")]
    );
}

#[tokio::test]
async fn single_input_other_failure_writes_failed_and_exits_1() {
    let (r, _, statuses, _) = single("500").await;
    assert_eq!((r.status, r.exit_code), (RunStatus::Failed, 1), "{r:?}");
    assert_eq!(r.outcomes.get(&Outcome::Failed), Some(&1));
    assert_eq!(statuses.lock().unwrap().get("r-1"), Some(&json!("failed")));
}

#[tokio::test]
async fn whole_run_timeout_exits_3() {
    let (r, _, _, _) = single("000").await;
    assert_eq!((r.status, r.exit_code), (RunStatus::TimedOut, 3), "{r:?}");
}

#[tokio::test]
async fn cancel_exits_5_and_retry_reuses_the_input() {
    let sink = Sink::default();
    let ops = ops(sink.clone(), Sink::default(), vec![]);
    let w = wf(SINGLE, &ops);
    let e = engine(ops).await;
    let cancel = Arc::new(tokio::sync::Notify::new());
    cancel.notify_one();
    let input = json!({"data": {"record_id": "r-9", "national_id_no": "000"}});
    let r = e
        .run(
            &w,
            RunRequest {
                input: Some(input),
                cancel: Some(cancel),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((r.status, r.exit_code), (RunStatus::Cancelled, 5));
    let again = e
        .retry(
            &w,
            r.run_id,
            RunRequest {
                timeout: Some(Duration::from_millis(200)),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let d = e.store.run(again.run_id).await.unwrap().unwrap();
    assert_eq!(d.run.retry_of, Some(r.run_id));
    assert_eq!(d.run.trigger, "retry");
    assert_eq!(again.status, RunStatus::TimedOut);
}

#[tokio::test]
async fn secrets_and_ids_never_reach_the_store() {
    let sink = Sink::default();
    let statuses = Sink::default();
    let mut o = ops(sink, statuses, vec![]);
    o.insert(Arc::new(FnOp {
        sig: OpSig::new("leaky", Output::Json, None, &[], &[]),
        f: |_a: Map<String, Value>| {
            async move {
                Err(OpError::failed(
                    "login sup3r-secret rejected for cid 1-1111-11111-11-9 (Somchai)",
                ))
            }
            .boxed()
        },
    }));
    let yaml = "workflow: leak\ntrigger: { manual: true }\npersonal_fields: [fname]\nsteps:\n  - id: p\n    op: his.find\n    args: { cid: '\"111\"' }\n  - id: l\n    op: leaky\n";
    let w = wf(yaml, &o);
    let e = engine(o).await;
    let r = e.run(&w, RunRequest::default()).await.unwrap();
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let all = serde_json::to_string(&d).unwrap();
    assert!(!all.contains("sup3r-secret"), "{all}");
    assert!(!all.contains("1-1111-11111-11-9"), "{all}");
    assert!(!all.contains("Somchai"), "{all}");
    assert!(
        all.contains("[secret]") && all.contains("X-XXXX-XXXX1-11-9") && all.contains("[personal]"),
        "{all}"
    );
}

#[test]
fn validation_reports_every_problem_with_codes() {
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let sigs = o.sigs();
    let names = transforms().names();
    let yaml = r#"
workflow: bad
trigger: { cron: "not a cron", timezone: Mars/Olympus }
steps:
  - id: a
    op: sink.upsret
  - id: b
    op: sink.upsert
    args: { key: inptu.data.id, extra: 1 }
    next: [{ on: failure, to: nowhere }]
  - id: c
    transform: t_uper
  - id: d
    filter: 'input.x == '
"#;
    let errs = compile(
        FileId(0),
        "w.yaml",
        yaml,
        &Catalog {
            ops: &sigs,
            transforms: &names,
        },
    )
    .unwrap_err();
    let codes: Vec<&str> = errs.iter().map(|d| d.code.as_str()).collect();
    for want in ["E524", "E522", "E526", "E523", "E521", "E525", "E101"] {
        assert!(codes.contains(&want), "missing {want} in {codes:?}");
    }
    // `value` is required by sink.upsert.
    assert!(
        errs.iter()
            .any(|d| d.message.contains("needs argument `value`"))
    );
    // The scope error underlines `inptu` in its line.
    let d = errs.iter().find(|d| d.code.as_str() == "E526").unwrap();
    let sp = d.primary_span().unwrap();
    assert_eq!(&yaml[sp.start as usize..sp.end as usize], "inptu");
    assert_eq!(d.hint.as_deref(), Some("did you mean `input`?"));
}

#[test]
fn on_lost_is_requeue_by_default_fail_on_request_and_nothing_else() {
    use crate::workflow::OnLost;
    let ops = ops(Sink::default(), Sink::default(), vec![]);
    let yaml = |extra: &str| {
        format!(
            "workflow: w\ntrigger: {{ manual: true }}\n{extra}steps:\n  - id: c\n    transform: t_upper\n"
        )
    };
    assert_eq!(wf(&yaml(""), &ops).on_lost, OnLost::Requeue);
    assert_eq!(
        wf(&yaml("on_lost: requeue\n"), &ops).on_lost,
        OnLost::Requeue
    );
    assert_eq!(wf(&yaml("on_lost: fail\n"), &ops).on_lost, OnLost::Fail);
    let errs = try_wf(&yaml("on_lost: drop\n"), &ops).unwrap_err();
    assert!(
        errs.iter().any(|d| d
            .message
            .contains("`on_lost` is `requeue` or `fail`, not `drop`")),
        "{errs:#?}"
    );
    // A schedule with seconds (six fields) is valid.
    let cron = "workflow: w\ntrigger: { cron: \"*/2 * * * * *\" }\nsteps:\n  - id: c\n    transform: t_upper\n";
    assert!(try_wf(cron, &ops).is_ok());
}
