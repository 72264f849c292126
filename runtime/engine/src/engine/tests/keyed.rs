//! `partition_by`: records of one key go one after another, within a run and across two
//! concurrent runs of the workflow; without it the same find-then-create races.

use super::*;

/// Per child: creates, and the most records of it in flight at once.
#[derive(Default)]
struct Seen {
    creates: HashMap<String, usize>,
    inflight: HashMap<String, usize>,
    most: usize,
}

/// `src.kids`: 12 records of 3 children, each child's national id written two ways;
/// `his.upsert`: find, wait, create when absent (the race of issue 13 when unserialised).
fn kid_ops(seen: Arc<Mutex<Seen>>, stored: Sink) -> Ops {
    let mut ops = Ops::default();
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("src.kids", Output::Json, None, &[], &[]),
        f: |_a: Map<String, Value>| {
            async move {
                let kids: Vec<Value> = (0..12)
                    .map(|i| {
                        let nid = match (i % 3, i % 2) {
                            (c, 0) => json!(format!("1-23-{c}")),
                            (c, _) => json!(format!("123{c}")),
                        };
                        json!({"id": format!("r{i}"), "nid": nid})
                    })
                    .collect();
                Ok(OpValue::Json(Value::Array(kids)))
            }
            .boxed()
        },
    }));
    ops.insert(Arc::new(FnOp {
        sig: OpSig::new("his.upsert", Output::Outcome, None, &["cid"], &[]),
        f: move |a: Map<String, Value>| {
            let (seen, stored) = (seen.clone(), stored.clone());
            async move {
                let cid = arg_str(&Args::from(a.clone()), "cid")?.to_owned();
                {
                    let mut s = seen.lock().unwrap();
                    let n = s.inflight.entry(cid.clone()).or_default();
                    *n += 1;
                    let n = *n;
                    s.most = s.most.max(n);
                }
                let found = stored.lock().unwrap().contains_key(&cid);
                tokio::time::sleep(Duration::from_millis(5)).await;
                if !found {
                    stored.lock().unwrap().insert(cid.clone(), Value::Null);
                    *seen.lock().unwrap().creates.entry(cid.clone()).or_default() += 1;
                }
                *seen.lock().unwrap().inflight.entry(cid).or_default() -= 1;
                Ok(OpValue::Delivered {
                    outcome: if found {
                        Outcome::Updated
                    } else {
                        Outcome::Created
                    },
                    value: Value::Null,
                })
            }
            .boxed()
        },
    }));
    ops
}

fn kids_yaml(partition: bool) -> String {
    format!(
        r#"
workflow: kids_{partition}
trigger: {{ cron: "*/5 * * * *", timezone: Asia/Bangkok }}
steps:
  - id: kids
    op: src.kids
  - id: each
    for_each: kids
    concurrency: 8
    {}
    steps:
      - id: push
        op: his.upsert
        args: {{ cid: digits_only(record.nid) }}
"#,
        if partition {
            "partition_by: digits_only(record.nid)"
        } else {
            ""
        }
    )
}

async fn two_concurrent_runs(partition: bool) -> Seen {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let stored = Sink::default();
    let o = kid_ops(seen.clone(), stored.clone());
    let w = wf(&kids_yaml(partition), &o);
    let e1 = engine(o).await;
    let e2 = engine(kid_ops(seen.clone(), stored)).await;
    let (r1, r2) = tokio::join!(
        e1.run(&w, RunRequest::default()),
        e2.run(&w, RunRequest::default())
    );
    for r in [r1, r2] {
        assert_eq!(r.expect("run").status, RunStatus::Success);
    }
    std::mem::take(&mut *seen.lock().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_child_at_a_time_within_a_run_and_across_concurrent_runs() {
    let s = two_concurrent_runs(true).await;
    assert_eq!(s.most, 1, "a child's records overlapped");
    assert_eq!(s.creates.len(), 3);
    assert!(s.creates.values().all(|n| *n == 1), "{:?}", s.creates);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_partition_by_the_same_find_then_create_races() {
    let s = two_concurrent_runs(false).await;
    assert!(s.most > 1);
    assert!(s.creates.values().any(|n| *n > 1), "{:?}", s.creates);
}

#[test]
fn partition_by_reads_the_record_and_goes_only_with_for_each() {
    let o = kid_ops(Arc::default(), Sink::default());
    let compile = |yaml: &str| try_wf(yaml, &o);
    let w = compile(&kids_yaml(true)).expect("valid");
    let crate::workflow::StepKind::ForEach { partition_by, .. } = &w.steps.steps[1].kind else {
        panic!("a fan-out");
    };
    assert_eq!(
        partition_by.as_ref().map(|p| p.text()),
        Some("digits_only(record.nid)")
    );
    let bad = kids_yaml(true).replace("digits_only(record.nid)\n", "digits_only(input.nid)\n");
    let errs = compile(&bad).expect_err("input is not in a record's key");
    assert!(errs.iter().any(|d| d.code.as_str() == "E526"), "{errs:#?}");
    let misplaced = kids_yaml(false).replace(
        "        op: his.upsert\n",
        "        op: his.upsert\n        partition_by: record.nid\n",
    );
    let errs = compile(&misplaced).expect_err("only on for_each");
    assert!(
        errs.iter()
            .any(|d| d.message.contains("`partition_by` does not go with `op`")),
        "{errs:#?}"
    );
}
