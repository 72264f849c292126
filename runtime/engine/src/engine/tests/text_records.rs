//! Records that come as JSON text (as a Primero page's cases do) end exactly as the same
//! records parsed: the same outcomes, reasons, cursor, log and deliveries, personal values
//! masked alike. Only the fields the expressions read are parsed; a compiled transform whose
//! input is the record reads its text; a workflow that reads the record whole gets all of it.

use super::*;
use crate::workflow::StepKind;

/// [`FANOUT`] with `extra` added to the fetch's arguments, the push keyed by the personal
/// `name` (so a failure's reason holds it) and a filter reading another field.
fn fanout(extra: &str) -> String {
    FANOUT
        .replace("since: cursor }", &format!("since: cursor{extra} }}"))
        .replace(
            "      - id: push\n        op: sink.upsert\n        args: { key: record.id,",
            "      - id: odd\n        filter: 'record.updated != \"2024-01-02\"'\n      - id: push\n        op: sink.upsert\n        args: { key: record.name,",
        )
}

/// What a run of `yaml` left: its outcomes (record, outcome, step, reason), its log, the
/// cursor, the sink and the transform counters.
async fn run(
    yaml: &str,
    fail: &[&str],
) -> (
    Vec<String>,
    Vec<String>,
    Option<String>,
    String,
    Vec<String>,
) {
    let sink = Sink::default();
    let ops = ops(
        sink.clone(),
        Sink::default(),
        fail.iter().map(|s| (*s).to_owned()).collect(),
    );
    let w = wf(yaml, &ops);
    let e = engine(ops).await;
    let r = e.run(&w, from_start()).await.unwrap();
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let outcomes = d
        .outcomes
        .iter()
        .map(|o| {
            format!(
                "{} {} {:?} {:?}",
                o.record,
                o.outcome.as_str(),
                o.step,
                o.reason
            )
        })
        .collect();
    let logs = d.logs.iter().map(|l| l.message.clone()).collect();
    let cursor = e.store.cursor("fan", "updated").await.unwrap();
    let sink: std::collections::BTreeMap<String, Value> =
        sink.lock().unwrap().clone().into_iter().collect();
    let counters = d
        .counters
        .iter()
        .map(|c| format!("{} {} {} {}", c.transform, c.subject, c.detail, c.count))
        .collect();
    (outcomes, logs, cursor, format!("{sink:?}"), counters)
}

#[tokio::test]
async fn records_as_text_end_as_the_same_records_parsed() {
    let (outcomes, logs, cursor, sink, counters) = run(&fanout(""), &["Name5"]).await;
    let text = run(&fanout(", text: true"), &["Name5"]).await;
    assert_eq!(text.0, outcomes);
    assert_eq!(text.1, logs);
    assert_eq!(text.2, cursor);
    assert_eq!(text.3, sink);
    // The failure's reason held the name, masked in both: found in the text as in the value.
    let c5 = outcomes.iter().find(|o| o.starts_with("c5 ")).unwrap();
    assert!(c5.contains("failed") && !c5.contains("Name5"), "{c5}");
    assert!(logs.iter().all(|l| !l.contains("Name5")), "{logs:?}");
    // The filter read its field off the text: c2 was filtered out.
    assert!(
        outcomes.iter().any(|o| o.starts_with("c2 skipped")),
        "{outcomes:?}"
    );
    assert!(sink.contains("NAME7"), "{sink}");
    // The compiled transform read the text of every record (and never did for values).
    assert_eq!(text.4, ["t_upper text read_as_text 7"]);
    assert!(counters.is_empty(), "{counters:?}");
}

/// Only the fields read are parsed; a transform's input `record` is not a read of it.
#[test]
fn the_loader_finds_the_fields_each_fan_out_reads() {
    let o = ops(Sink::default(), Sink::default(), vec![]);
    let fields = |yaml: &str| {
        let w = wf(yaml, &o);
        match &w.steps.steps[1].kind {
            StepKind::ForEach { record_fields, .. } => record_fields.clone(),
            k => panic!("{k:?}"),
        }
    };
    assert_eq!(
        fields(&fanout("")),
        Some(vec![
            "id".to_owned(),
            "updated".to_owned(),
            "name".to_owned()
        ])
    );
    // Read whole: the transform's input is something else, or an argument is `record`.
    assert_eq!(
        fields(&FANOUT.replace("{ key: record.id,", "{ key: record,")),
        None
    );
    assert_eq!(
        fields(&FANOUT.replace(
            "transform: t_upper",
            "transform: t_upper\n        input: record"
        )),
        Some(vec!["id".to_owned(), "updated".to_owned()])
    );
}

#[tokio::test]
async fn a_fan_out_that_reads_the_record_whole_gets_all_of_it() {
    let whole = |extra: &str| {
        FANOUT
            .replace("since: cursor }", &format!("since: cursor{extra} }}"))
            .replace("value: steps.map", "value: record")
    };
    let (outcomes, _, _, sink, _) = run(&whole(""), &[]).await;
    let text = run(&whole(", text: true"), &[]).await;
    assert_eq!(text.0, outcomes);
    assert_eq!(text.3, sink);
    assert!(sink.contains(r#""name": String("Name4")"#), "{sink}");
}
