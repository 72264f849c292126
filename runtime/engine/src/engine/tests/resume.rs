//! Retrying from a later step (stored step outputs), resuming a fan-out that stopped part-way
//! (the cursor saved per page), and the transform counters kept with a run.

use std::sync::atomic::{AtomicBool, Ordering};

use super::*;
use crate::engine::EngineError;
use crate::engine::ops::{Page, Record};

/// SINGLE's operations with `sink.upsert` failing for r-1 (first engine), then a second engine
/// on the same store whose `his.find` fails if called and whose sink accepts r-1.
#[tokio::test]
async fn retry_from_a_later_step_reads_the_earlier_steps_output() {
    let first_ops = ops(Sink::default(), Sink::default(), vec!["r-1".into()]);
    let w = wf(SINGLE, &first_ops);
    let e1 = engine(first_ops).await;
    let input = json!({"data": {"record_id": "r-1", "national_id_no": "111"}});
    let r1 = e1
        .run(
            &w,
            RunRequest {
                input: Some(input),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(r1.status, RunStatus::Failed, "{r1:?}");

    let sink = Sink::default();
    let mut second_ops = ops(sink.clone(), Sink::default(), vec![]);
    second_ops.insert(Arc::new(FnOp {
        sig: OpSig::new("his.find", Output::Json, None, &["cid"], &[]),
        f: |_a: Map<String, Value>| {
            async move { Err(OpError::failed("his.find must not run again")) }.boxed()
        },
    }));
    let e2 = Arc::new(Engine {
        store: e1.store.clone(),
        ops: second_ops,
        transforms: transforms(),
        scrubber: Scrubber::new(["sup3r-secret"]),
        default_timeout: Duration::from_secs(10),
        observer: Arc::new(crate::engine::NoObserver),
    });
    let r2 = e2
        .retry(
            &w,
            r1.run_id,
            RunRequest {
                from_step: Some("push".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((r2.status, r2.exit_code), (RunStatus::Success, 0), "{r2:?}");
    // `push` wrote what `person` returned in the first run (without it: null).
    assert_eq!(
        sink.lock().unwrap().get("r-1"),
        Some(&json!({"cid": "111", "fname": "Somchai"}))
    );
    let d = e2.store.run(r2.run_id).await.unwrap().unwrap();
    let steps: Vec<_> = d.steps.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(steps, vec!["push"]);
    // The restored output is kept with the retry too (a retry of the retry resumes as well);
    // personal names stay out of the log.
    assert_eq!(d.outputs[0].step, "person");
    assert!(d.logs.iter().all(|l| !l.message.contains("Somchai")));
    let kept = e2.store.step_outputs(r2.run_id).await.unwrap();
    assert_eq!(
        kept[0].value,
        Some(json!({"cid": "111", "fname": "Somchai"}))
    );
}

#[tokio::test]
async fn retry_from_a_step_that_reads_a_failed_or_streamed_step_is_refused() {
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let w = wf(FANOUT, &o);
    let e = engine(o).await;
    let r = e.run(&w, from_start()).await.unwrap();
    let err = e
        .retry(
            &w,
            r.run_id,
            RunRequest {
                initial_cursor: Some("2024-01-01".into()),
                from_step: Some("each".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, EngineError::NotResumable { step, needs, .. } if step == "each" && needs == "fetch"),
        "{err}"
    );
    assert!(err.to_string().contains("record stream"), "{err}");

    // W2-like: `person` failed, so `push` has nothing to resume from.
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let w = wf(SINGLE, &o);
    let e = engine(o).await;
    let input = json!({"data": {"record_id": "r-1", "national_id_no": "500"}});
    let r = e
        .run(
            &w,
            RunRequest {
                input: Some(input),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let err = e
        .retry(
            &w,
            r.run_id,
            RunRequest {
                from_step: Some("push".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("failed in run"), "{err}");
}

const FLAKY: &str = r#"
workflow: flaky
trigger: { manual: true }
cursor: updated
steps:
  - id: fetch
    op: src.flaky
    args: { since: cursor }
  - id: each
    for_each: fetch
    watermark: record.updated
    steps:
      - id: map
        transform: t_upper
        args: { since: sync_start }
      - id: push
        op: sink.upsert
        args: { key: record.id, value: steps.map }
  - id: save
    set_cursor: steps.each.watermark
"#;

/// c1..c7 in pages of 3 ordered by `updated`; while `broken`, the third page fails.
fn flaky_ops(sink: Sink, broken: Arc<AtomicBool>) -> Ops {
    let mut o = ops(sink, Sink::default(), vec![]);
    o.insert(Arc::new(FnOp {
        sig: OpSig::new("src.flaky", Output::Records, None, &["since"], &[]),
        f: move |a: Map<String, Value>| {
            let broken = broken.clone();
            async move {
                let since = a.get("since").and_then(Value::as_str).unwrap_or("").to_owned();
                let (tx, rx) = tokio::sync::mpsc::channel(2);
                tokio::spawn(async move {
                    let all: Vec<Value> = (1..=7)
                        .map(|i| json!({"id": format!("c{i}"), "updated": format!("2024-01-{i:02}"), "name": "N"}))
                        .filter(|r| r["updated"].as_str().unwrap_or("") >= since.as_str())
                        .collect();
                    for (k, chunk) in all.chunks(3).enumerate() {
                        let item = if k == 2 && broken.load(Ordering::SeqCst) {
                            Err(OpError::failed("connection reset"))
                        } else {
                            Ok(Page {
                                records: chunk.iter().cloned().map(Record::Value).collect(),
                                rest_from: chunk.last().map(|r| r["updated"].clone()),
                            })
                        };
                        let stop = item.is_err();
                        if tx.send(item).await.is_err() || stop {
                            return;
                        }
                    }
                });
                Ok(OpValue::Records(rx))
            }
            .boxed()
        },
    }));
    o
}

#[tokio::test]
async fn a_fanout_stopped_part_way_resumes_at_the_last_delivered_page() {
    let sink = Sink::default();
    let broken = Arc::new(AtomicBool::new(true));
    let o = flaky_ops(sink.clone(), broken.clone());
    let w = wf(FLAKY, &o);
    let e = engine(o).await;
    let req = from_start;
    let r1 = e.run(&w, req()).await.unwrap();
    assert_eq!(r1.status, RunStatus::Failed, "{r1:?}");
    // Two pages delivered (c3 skipped by the transform) before the third failed.
    assert_eq!(r1.outcomes.values().sum::<u64>(), 6, "{r1:?}");
    assert_eq!(
        e.store.cursor("flaky", "updated").await.unwrap().as_deref(),
        Some("2024-01-06")
    );
    assert_eq!(
        e.store
            .cursor_sync_start("flaky", "updated")
            .await
            .unwrap()
            .as_deref(),
        Some("2024-01-01")
    );

    broken.store(false, Ordering::SeqCst);
    let r2 = e.run(&w, req()).await.unwrap();
    assert_eq!((r2.status, r2.exit_code), (RunStatus::Success, 0), "{r2:?}");
    // Only the boundary record (updated again, idempotently) and the rest: c6, c7.
    let d2 = e.store.run(r2.run_id).await.unwrap().unwrap();
    let seen: Vec<(&str, &str)> = d2
        .outcomes
        .iter()
        .map(|o| (o.record.as_str(), o.outcome.as_str()))
        .collect();
    assert_eq!(seen, vec![("c6", "updated"), ("c7", "created")]);
    assert!(
        d2.logs.iter().any(|l| l
            .message
            .contains("resuming the sync that began at 2024-01-01")),
        "{:?}",
        d2.logs
    );
    // One delivery per record over both runs; the sync is complete.
    assert_eq!(sink.lock().unwrap().len(), 6);
    for id in ["c1", "c2", "c4", "c5", "c6", "c7"] {
        assert!(sink.lock().unwrap().contains_key(id), "{id}");
    }
    assert_eq!(
        e.store
            .cursor_sync_start("flaky", "updated")
            .await
            .unwrap()
            .as_deref(),
        Some("2024-01-07")
    );
}

#[tokio::test]
async fn transform_counters_are_kept_with_the_run_and_shown() {
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let yaml = FANOUT.replace("transform: t_upper", "transform: t_count");
    let w = wf(&yaml, &o);
    let e = engine(o).await;
    let r = e.run(&w, from_start()).await.unwrap();
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let got: Vec<(&str, &str, &str, &str, u64)> = d
        .counters
        .iter()
        .map(|c| {
            (
                c.transform.as_str(),
                c.kind.as_str(),
                c.subject.as_str(),
                c.detail.as_str(),
                c.count,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("t_count", "coercion", "age", "string_to_int", 7),
            ("t_count", "missing_label", "gender", "other", 7),
            ("t_count", "unknown_code", "gender", "x", 7),
        ]
    );
    // How `mapwright show` prints these rows is tested with the view, in the binary crate.
}

#[tokio::test]
async fn a_run_logs_once_that_a_transform_runs_interpreted_because_its_yaml_changed() {
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let w = wf(FANOUT, &o);
    let mut e = Arc::into_inner(engine(o).await).expect("one owner");
    e.transforms.mark_stale(
        "t_upper",
        "transform `t_upper` runs in the interpreter: the YAML changed".into(),
    );
    let e = Arc::new(e);
    let r = e.run(&w, from_start()).await.unwrap();
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let warned: Vec<&str> = d
        .logs
        .iter()
        .filter(|l| l.message.contains("runs in the interpreter"))
        .map(|l| l.level.as_str())
        .collect();
    // Once per run (not per record: the transform ran for every fetched record), as a warning.
    assert_eq!(warned, ["warn"], "{:?}", d.logs);
}
