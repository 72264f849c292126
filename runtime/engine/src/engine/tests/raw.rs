//! A compiled transform's output that the workflow only passes whole to an operation is kept as
//! the JSON it writes (no `Value` of it is built) and reaches the operation as such; a workflow
//! that reads into it (or hands it to an operation that does) gets a value as before, and both
//! send the same bytes. W1's own outputs, on the repo's fixtures, are the bytes of their values,
//! with the same personal values.

use std::path::Path;

use futures_util::future::BoxFuture;

use super::*;
use crate::engine::ops::{JsonArg, OpLog, Operation};
use crate::engine::personal::{personal_values, personal_values_raw};
use crate::store::Level;
use crate::workflow::load_dir;

/// What `sink.raw` was sent: whether the value came raw, and the JSON it was written as.
type Sent = Arc<Mutex<Vec<(String, bool, String)>>>;

/// `sink.raw`: writes its `value` as a request body would be written (our writer), reads the
/// name in it (parsed on demand) and logs it.
struct RawSink {
    sig: OpSig,
    sent: Sent,
}

impl Operation for RawSink {
    fn sig(&self) -> &OpSig {
        &self.sig
    }
    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        Box::pin(async move {
            let key = arg_str(&args, "key")?.to_owned();
            let value = args
                .json("value")
                .ok_or_else(|| OpError::invalid("no value"))?;
            let mut body = Vec::new();
            mapping_dsl::rt::write_json(&mut body, &value)
                .map_err(|e| OpError::failed(e.to_string()))?;
            let name = args
                .get("value")
                .and_then(|v| v.get("NAME"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            log.log(Level::Warn, format!("sent the case of {name}"))
                .await;
            let raw = matches!(value, JsonArg::Raw(_));
            let body = String::from_utf8_lossy(&body).into_owned();
            self.sent.lock().unwrap().push((key, raw, body));
            Ok(OpValue::Delivered {
                outcome: Outcome::Created,
                value: Value::Null,
            })
        })
    }
}

fn raw_ops(sent: Sent) -> Ops {
    let mut o = ops(Sink::default(), Sink::default(), vec![]);
    o.insert(Arc::new(RawSink {
        sig: OpSig::new("sink.raw", Output::Outcome, None, &["key", "value"], &[])
            .sending(&["value"]),
        sent,
    }));
    o
}

/// W1's shape: fetch, then per record the compiled `t_upper` and an operation sending its
/// output whole. `KEY` is the push's key (`record.id`, or `steps.map.ID`, which reads into it).
const LIKE_W1: &str = r#"
workflow: like_w1
trigger: { cron: "*/5 * * * *", timezone: Asia/Bangkok }
cursor: updated
personal_fields: [NAME]
steps:
  - id: fetch
    op: src.pages
    args: { n: 4, per: 2, since: cursor }
  - id: each
    for_each: fetch
    key: record.id
    watermark: record.updated
    steps:
      - id: map
        transform: t_upper
      - id: push
        op: sink.raw
        args: { key: KEY, value: steps.map }
  - id: save
    set_cursor: steps.each.watermark
"#;

/// Runs [`LIKE_W1`] with `key`: the raw outputs the loader chose, and what was sent (by key).
async fn run_like_w1(key: &str) -> (Vec<String>, Vec<(String, bool, String)>) {
    let sent = Sent::default();
    let ops = raw_ops(sent.clone());
    let w = wf(&LIKE_W1.replace("KEY", key), &ops);
    let e = engine(ops).await;
    let r = e.run(&w, from_start()).await.unwrap();
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    let want: std::collections::BTreeMap<Outcome, u64> =
        [(Outcome::Created, 3), (Outcome::Skipped, 1)].into();
    assert_eq!(r.outcomes, want);
    // The names the output holds are masked in the log, found in the JSON or in the value.
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    assert!(
        d.logs
            .iter()
            .any(|l| l.message.starts_with("sent the case of")),
        "{:?}",
        d.logs
    );
    assert!(
        d.logs.iter().all(|l| !l.message.contains("NAME")),
        "{:?}",
        d.logs
    );
    let mut sent = sent.lock().unwrap().clone();
    sent.sort();
    (w.raw_outputs, sent)
}

#[tokio::test]
async fn an_output_passed_whole_is_kept_and_sent_as_written_json() {
    let (raw, sent) = run_like_w1("record.id").await;
    assert_eq!(raw, ["map"]);
    assert_eq!(sent.len(), 3);
    for (key, was_raw, body) in &sent {
        assert!(was_raw, "{key} was sent as a value");
        let n = key.trim_start_matches('c');
        assert_eq!(body, &format!(r#"{{"ID":"{key}","NAME":"NAME{n}"}}"#));
    }
}

#[tokio::test]
async fn an_output_read_into_is_a_value_and_sends_the_same_bytes() {
    let (raw, sent) = run_like_w1("steps.map.ID").await;
    assert!(raw.is_empty(), "{raw:?}");
    assert!(sent.iter().all(|(_, was_raw, _)| !was_raw));
    let (_, sent_raw) = run_like_w1("record.id").await;
    let bodies = |s: &[(String, bool, String)]| -> Vec<(String, String)> {
        s.iter().map(|(k, _, b)| (k.clone(), b.clone())).collect()
    };
    assert_eq!(bodies(&sent), bodies(&sent_raw));
}

/// The loader keeps an output raw only where every mention of it is a whole argument that its
/// operation only sends on.
#[test]
fn outputs_are_raw_only_where_nothing_reads_into_them() {
    let ops = raw_ops(Sent::default());
    let raw_of = |push_args: &str, extra: &str| {
        let yaml = format!(
            r#"
workflow: w
trigger: {{ webhook: w }}
steps:
  - id: map
    transform: t_upper
  - id: other
    transform: t_upper
  - id: push
    op: sink.raw
    args: {push_args}
{extra}"#
        );
        wf(&yaml, &ops).raw_outputs
    };
    // `other` is mentioned nowhere: kept raw too (its output is never read).
    assert_eq!(
        raw_of("{ key: input.k, value: steps.map }", ""),
        ["map", "other"]
    );
    assert_eq!(
        raw_of("{ key: steps.map.ID, value: steps.other }", ""),
        ["other"]
    );
    for (args, extra) in [
        ("{ key: steps.map.ID, value: steps.map }", ""),
        ("{ key: input.k, value: 'coalesce(steps.map, 1)' }", ""),
        ("{ key: input.k, value: steps.map.NAME }", ""),
        // `key` is not an argument `sink.raw` sends on.
        ("{ key: steps.map, value: steps.other }", ""),
        (
            "{ key: input.k, value: steps.map }",
            "    next:\n      - { on: failure, when: 'steps.map != null', to: end }\n",
        ),
        (
            "{ key: input.k, value: steps.map }",
            "  - id: check\n    filter: steps.map.ID == \"c1\"\n",
        ),
        // Reaching into `steps` other than by a name: every output stays a value.
        (
            "{ key: input.k, value: steps.map }",
            "  - id: check\n    filter: 'steps[\"map\"].ID == \"c1\"'\n",
        ),
        (
            "{ key: input.k, value: steps.map }",
            "  - id: check\n    filter: 'steps != null'\n",
        ),
    ] {
        let raw = raw_of(args, extra);
        assert!(!raw.contains(&"map".to_owned()), "{args} {extra}: {raw:?}");
    }
    assert_eq!(
        raw_of(
            "{ key: input.k, value: steps.map }",
            "  - id: check\n    filter: 'steps != null'\n"
        ),
        Vec::<String>::new(),
        "`steps` alone may read any output"
    );
}

/// A top-level raw output that a later step reads is kept for a retry as the value it holds.
#[tokio::test]
async fn a_kept_raw_output_is_stored_as_its_value() {
    let sent = Sent::default();
    let ops = raw_ops(sent.clone());
    let yaml = r#"
workflow: top
trigger: { webhook: top }
personal_fields: [NAME]
steps:
  - id: map
    transform: t_upper
    input: input.data
  - id: push
    op: sink.raw
    args: { key: input.data.id, value: steps.map }
"#;
    let w = wf(yaml, &ops);
    assert_eq!(w.raw_outputs, ["map"]);
    let e = engine(ops).await;
    let input = json!({"data": {"id": "c9", "updated": "2024-01-09", "name": "Name9"}});
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
    assert_eq!((r.status, r.exit_code), (RunStatus::Success, 0), "{r:?}");
    let kept = e.store.step_outputs(r.run_id).await.unwrap();
    let map = kept.iter().find(|o| o.step == "map").expect("map kept");
    assert_eq!(map.value, Some(json!({"ID": "c9", "NAME": "NAME9"})));
    assert!(sent.lock().unwrap()[0].1, "sent as written JSON");
}

/// W1 (the repo's workflow and compiled transform) on the repo's W1 fixtures: the JSON the
/// transform writes is the bytes of the value it returns (so the request bodies are the same),
/// W1 keeps it raw, and the personal values found in the JSON are those found in the value.
#[test]
fn w1_outputs_on_the_fixtures_are_their_values_bytes_with_the_same_personal_values() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings/thailand");
    let sigs = crate::connectors::signatures();
    let names: Vec<String> = generated::registry()
        .iter()
        .map(|e| e.name.to_owned())
        .collect();
    let loaded = load_dir(
        &root,
        &Catalog {
            ops: &sigs,
            transforms: &names,
        },
    );
    let w1 = loaded
        .workflows
        .iter()
        .find(|w| w.name == "thailand_w1_primero_to_childshield")
        .expect("W1 loads");
    assert_eq!(w1.raw_outputs, ["map"]);
    // W2 hands its mapped case to `primero.upsert_case`, which edits it: kept a value.
    let w2 = loaded
        .workflows
        .iter()
        .find(|w| w.name.starts_with("thailand_w2"))
        .expect("W2 loads");
    assert!(w2.raw_outputs.is_empty(), "{:?}", w2.raw_outputs);
    let entry = generated::registry()
        .iter()
        .find(|e| e.name == "thailand_w1_case_to_childshield")
        .expect("W1 is compiled");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/thailand");
    let (mut seen, mut personal) = (0, 0);
    for name in [
        "w1_case_full.json",
        "w1_case_minimal.json",
        "w1_case_unknown_code.json",
    ] {
        let text = std::fs::read_to_string(fixtures.join(name)).unwrap();
        let record: Value = serde_json::from_str(&text).unwrap();
        // In scope whatever the fixture's dates: the cursor is far back.
        let mut cx = mapping_dsl::rt::Context::new(chrono::Utc::now());
        cx.params
            .insert("cursor".into(), json!("2000-01-01T00:00:00.000Z"));
        let mut written = Vec::new();
        let (value, kept) = match (
            (entry.run_value)(&record, &cx),
            (entry.run_value_json)(&record, &cx, &mut written),
        ) {
            (Ok(value), Ok(kept)) => (value, kept),
            // A record that fails (an unknown code) fails both ways, at the same field.
            (Err(a), Err(b)) => {
                assert_eq!((a.field, written.len()), (b.field, 0), "{name}");
                continue;
            }
            (a, b) => panic!("{name}: {a:?} but {b:?}"),
        };
        assert_eq!(kept, value.is_some(), "{name}");
        let Some(value) = value else { continue };
        seen += 1;
        let mut of_value = Vec::new();
        mapping_dsl::rt::write_json(&mut of_value, &value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&written),
            String::from_utf8_lossy(&of_value),
            "{name}"
        );
        let fields = &w1.personal_fields;
        let in_value = personal_values(&value, fields);
        personal += in_value.len();
        let written = String::from_utf8(written).unwrap();
        assert_eq!(
            personal_values_raw(&written, fields).unwrap(),
            in_value,
            "{name}"
        );
        assert_eq!(
            w1.personal_keys.values_in(&written).unwrap(),
            in_value,
            "{name}: the key search"
        );
    }
    assert!(seen >= 2, "the fixtures map to {seen} outputs");
    assert!(personal > 0, "no personal values in the outputs");
}
