//! The log lines a fan-out's records write are stored with their page's outcomes: each
//! record's lines together, in the page's order, whatever order the records finished in.

use futures_util::future::BoxFuture;

use super::*;
use crate::engine::ops::{Args, OpLog, Operation};
use crate::store::Level;

/// `log.upsert`: logs "delivered KEY" when done; the earlier a record in its page, the longer
/// it takes (so records finish in reverse order); fails for `c5`.
struct Logging(OpSig);

impl Operation for Logging {
    fn sig(&self) -> &OpSig {
        &self.0
    }
    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        Box::pin(async move {
            let key = arg_str(&args, "key")?.to_owned();
            let n: u64 = key.trim_start_matches('c').parse().unwrap_or(0);
            tokio::time::sleep(Duration::from_millis(30 - 10 * ((n - 1) % 3))).await;
            log.log(Level::Info, format!("delivered {key}")).await;
            if key == "c5" {
                return Err(OpError::failed("HTTP 500 for c5"));
            }
            Ok(OpValue::Delivered {
                outcome: Outcome::Created,
                value: Value::Null,
            })
        })
    }
}

const LOGGING: &str = r#"
workflow: fan
trigger: { cron: "*/5 * * * *", timezone: Asia/Bangkok }
cursor: updated
steps:
  - id: fetch
    op: src.pages
    args: { n: 7, per: 3, since: cursor }
  - id: each
    for_each: fetch
    concurrency: 3
    key: record.id
    watermark: record.updated
    steps:
      - id: push
        op: log.upsert
        args: { key: record.id }
"#;

#[tokio::test]
async fn record_lines_are_stored_with_the_page_in_record_order() {
    let mut ops = ops(Sink::default(), Sink::default(), Vec::new());
    ops.insert(Arc::new(Logging(OpSig::new(
        "log.upsert",
        Output::Outcome,
        None,
        &["key"],
        &[],
    ))));
    let w = wf(LOGGING, &ops);
    let e = engine(ops).await;
    let r = e.run(&w, from_start()).await.unwrap();
    assert_eq!(r.outcomes.get(&Outcome::Created), Some(&6), "{r:?}");
    let d = e.store.run(r.run_id).await.unwrap().unwrap();
    let lines: Vec<&str> = d
        .logs
        .iter()
        .filter(|l| matches!(l.step.as_deref(), Some("push" | "each")))
        .map(|l| l.message.as_str())
        .filter(|m| {
            m.starts_with("delivered") || m.starts_with("record ") || m.starts_with("cursor")
        })
        .collect();
    assert_eq!(
        lines,
        [
            "delivered c1",
            "delivered c2",
            "delivered c3",
            "cursor `updated` at 2024-01-03: every record before it delivered (3 so far)",
            "delivered c4",
            "delivered c5",
            "record c5 failed at `push`: HTTP 500 for c5",
            "delivered c6",
            "cursor `updated` at 2024-01-05: every record before it delivered (6 so far)",
            "delivered c7",
        ],
        "{:#?}",
        d.logs
    );
}
