//! `for_each`: records page by page (never all at once), each through the step list with
//! bounded concurrency; every record ends with an outcome, stored page by page.
//!
//! The watermark is where the next run may start without losing a record, whatever order the
//! pages come in: the highest value of all records when every one was done, else none (the
//! cursor stays, and the next run sees the same records again and re-delivers the delivered
//! ones idempotently). It does not stop at the failed record: a transform may select records
//! by the cursor (W1 keeps cases assessed since it), so a moved cursor could drop a failed
//! record from scope. Skipped and not-found records count as done, and so do failures that a new
//! attempt cannot cure (`invalid`: no national id): they are listed as failed with their reason
//! but do not hold every later case back forever.

use std::sync::Arc;

use futures_util::StreamExt;
use serde_json::{Value, json};

use super::RunCx;
use super::exec::{RecordEnd, eval};
use super::ops::{OpError, RecordPages};
use super::scope::{Scope, Shared, personal_values};
use crate::store::{Level, NewOutcome, Outcome, Scrubber, Store};
use crate::workflow::{Pipeline, WExpr};

pub(crate) enum Source {
    Pages(RecordPages),
    List(Vec<Value>),
}

pub(crate) struct Spec<'a> {
    pub step: &'a str,
    pub concurrency: usize,
    pub key: &'a WExpr,
    pub watermark: Option<&'a WExpr>,
    pub body: &'a Pipeline,
}

/// Counts and watermark across pages.
#[derive(Default)]
struct Tally {
    seen: u64,
    by: std::collections::BTreeMap<Outcome, u64>,
    max: Option<Value>,
    failed: bool,
}

fn greater(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x > y,
        (Value::Number(x), Value::Number(y)) => x.as_f64() > y.as_f64(),
        _ => false,
    }
}

impl<S: Store> RunCx<S> {
    pub(crate) async fn for_each(
        &self,
        source: Source,
        spec: Spec<'_>,
        shared: Arc<Shared>,
        scrub: Scrubber,
    ) -> Result<Value, OpError> {
        let mut tally = Tally::default();
        let mut rx = match source {
            Source::Pages(rx) => Some(rx),
            Source::List(list) => {
                self.page(list, &spec, &shared, &scrub, &mut tally).await;
                None
            }
        };
        if let Some(rx) = rx.as_mut() {
            while let Some(page) = rx.recv().await {
                match page {
                    Ok(records) => self.page(records, &spec, &shared, &scrub, &mut tally).await,
                    Err(e) => {
                        self.log(
                            Some(spec.step),
                            Level::Error,
                            &format!(
                                "fetching records failed after {} record(s): {}",
                                tally.seen, e.message
                            ),
                        )
                        .await;
                        return Err(OpError {
                            kind: e.kind,
                            message: format!("fetching records: {}", e.message),
                        });
                    }
                }
            }
        }
        let counts: serde_json::Map<String, Value> = tally
            .by
            .iter()
            .map(|(o, n)| (o.as_str().to_owned(), json!(n)))
            .collect();
        self.log(
            Some(spec.step),
            Level::Info,
            &format!(
                "{} record(s): {}",
                tally.seen,
                tally
                    .by
                    .iter()
                    .map(|(o, n)| format!("{n} {}", o.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .await;
        Ok(json!({
            "records": tally.seen,
            "outcomes": counts,
            "watermark": if tally.failed { None } else { tally.max.clone() },
            "complete": !tally.failed,
        }))
    }

    async fn page(
        &self,
        records: Vec<Value>,
        spec: &Spec<'_>,
        shared: &Arc<Shared>,
        scrub: &Scrubber,
        tally: &mut Tally,
    ) {
        let base = tally.seen;
        tally.seen += records.len() as u64;
        let personal = &self.wf.personal_fields;
        let mut results: Vec<(usize, String, RecordEnd, Option<Value>)> =
            futures_util::stream::iter(records.into_iter().enumerate())
                .map(|(i, rec)| {
                    let shared = shared.clone();
                    let rscrub = if personal.is_empty() {
                        scrub.clone()
                    } else {
                        scrub.with_names(personal_values(&rec, personal))
                    };
                    async move {
                        let mut scope = Scope::new(shared, Some(rec), rscrub);
                        let key = match eval(spec.key, &scope) {
                            Ok(Value::String(s)) => s,
                            Ok(Value::Number(n)) => n.to_string(),
                            _ => format!("#{}", base + i as u64 + 1),
                        };
                        let wm = spec
                            .watermark
                            .and_then(|w| eval(w, &scope).ok())
                            .filter(|v| !v.is_null());
                        let end = self.pipeline(spec.body, &mut scope, false, 0).await;
                        let key = scope.scrub.scrub(&key).into_string();
                        let end = RecordEnd {
                            reason: end.reason.map(|r| scope.scrub.scrub(&r).into_string()),
                            ..end
                        };
                        (i, key, end, wm)
                    }
                })
                .buffer_unordered(spec.concurrency)
                .collect()
                .await;
        results.sort_by_key(|r| r.0);
        let mut rows = Vec::with_capacity(results.len());
        for (_, key, end, wm) in results {
            *tally.by.entry(end.outcome).or_default() += 1;
            let holds_cursor = end.outcome == Outcome::Failed && !end.permanent;
            if let Some(w) = wm
                && tally.max.as_ref().is_none_or(|cur| greater(&w, cur))
            {
                tally.max = Some(w);
            }
            if holds_cursor {
                tally.failed = true;
            }
            if end.outcome == Outcome::Failed {
                self.any_failed
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                let msg = format!(
                    "record {key} failed at `{}`: {}",
                    end.step.as_deref().unwrap_or("?"),
                    end.reason.as_deref().unwrap_or("no reason")
                );
                self.log(Some(spec.step), Level::Warn, &msg).await;
            }
            let scrub_none = Scrubber::default();
            rows.push(NewOutcome {
                record: key,
                outcome: end.outcome,
                step: end.step,
                // Already scrubbed with the record's own scrubber above.
                reason: end.reason.map(|r| scrub_none.scrub(&r)),
            });
        }
        if let Err(e) = self.engine.store.record_outcomes(self.run_id, rows).await {
            tracing::error!("cannot store record outcomes: {e}");
            self.any_failed
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}
