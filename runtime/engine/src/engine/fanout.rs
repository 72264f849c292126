//! `for_each`: records page by page (never all at once), each through the step list with
//! bounded concurrency; every record ends with an outcome, stored page by page.
//!
//! The watermark is where the next run may start without losing a record. When every record
//! was done it is the highest value of all (the output's `watermark`, which a `set_cursor` step
//! saves: the sync is complete). Before that, with a workflow cursor, the fan-out persists the
//! cursor's progress after each page: the lowest of what the source promises for the records
//! still to come ([`Page::rest_from`]) and the watermarks of the failed records, so every record
//! before it was delivered and a failed record holds the cursor at (not past) itself. A run
//! killed or failed part-way then resumes at the last fully delivered page, and re-delivers
//! only what lies at or after it (idempotently). `sync_start` stays where the sync began until
//! it completes, so a transform that selects records by it (W1 keeps cases assessed since the
//! last complete sync) still sees the records a resumed run owes. Skipped and not-found records
//! count as done, and so do failures that a new attempt cannot cure (`invalid`: no national
//! id): they are listed as failed with their reason but do not hold every later case back.
//!
//! A page is stored in one transaction: its outcomes and the log lines its records wrote
//! (each record's lines together, in the page's order), not a write per record. A run stopped
//! mid-page stores neither for that page; its records are delivered again (idempotently) by
//! the run that resumes it, which logs them then.

use std::sync::Arc;

use futures_util::StreamExt;
use serde_json::{Value, json};

use super::RunCx;
use super::exec::{RecordEnd, eval};
use super::ops::{OpError, Page, Record, RecordPages};
use super::partition;
use super::personal::personal_values;
use super::record::{InHand, whole};
use super::scope::{HeldLogs, Scope, Shared};
use crate::store::{Level, NewLogLine, NewOutcome, Outcome, Scrubber, Store};
use crate::workflow::{Pipeline, WExpr};

/// One record of a page once its steps ended: its index in the page, key, end, watermark and
/// the log lines its steps held back for the page's transaction.
type Finished = (usize, String, RecordEnd, Option<Value>, Vec<NewLogLine>);

pub(crate) enum Source {
    Pages(RecordPages),
    List(Vec<Value>),
}

/// A record with its index in the page and its `partition_by` key.
type Keyed = (usize, InHand, Option<String>);

pub(crate) struct Spec<'a> {
    pub step: &'a str,
    pub concurrency: usize,
    pub key: &'a WExpr,
    pub watermark: Option<&'a WExpr>,
    /// Records with the same value go one after another ([`super::partition`]).
    pub partition_by: Option<&'a WExpr>,
    pub body: &'a Pipeline,
    /// The fields of `record` its expressions read (`None`: whole).
    pub record_fields: Option<&'a [String]>,
}

/// Counts and watermarks across pages.
#[derive(Default)]
struct Tally {
    seen: u64,
    by: std::collections::BTreeMap<Outcome, u64>,
    /// The highest watermark of all records done.
    max: Option<Value>,
    /// A record failed (curably): the sync is not complete.
    failed: bool,
    /// The lowest watermark of the failed records; the cursor may not pass it.
    held: Option<Value>,
    /// A failed record without a watermark: the cursor may not move at all.
    held_unknown: bool,
    /// The cursor's progress persisted by this fan-out.
    saved: Option<Value>,
}

/// The smaller of two watermarks (`None` = no bound).
fn lower(a: Option<Value>, b: Option<&Value>) -> Option<Value> {
    match (a, b) {
        (Some(x), Some(y)) if greater(&x, y) => Some(y.clone()),
        (Some(x), _) => Some(x),
        (None, y) => y.cloned(),
    }
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
        sync_start: Option<String>,
    ) -> Result<Value, OpError> {
        let mut tally = Tally {
            saved: Some(shared.get("cursor").clone()).filter(|c| !c.is_null()),
            ..Tally::default()
        };
        let progress = match (&self.wf.cursor, spec.watermark, sync_start) {
            (Some(c), Some(_), Some(s)) => Some((c.as_str(), s)),
            _ => None,
        };
        let mut rx = match source {
            Source::Pages(rx) => Some(rx),
            Source::List(list) => {
                let list = list.into_iter().map(Record::Value).collect();
                self.page(list, &spec, &shared, &scrub, &mut tally).await;
                None
            }
        };
        if let Some(rx) = rx.as_mut() {
            while let Some(page) = rx.recv().await {
                match page {
                    Ok(Page { records, rest_from }) => {
                        self.page(records, &spec, &shared, &scrub, &mut tally).await;
                        // Nothing promised about the rest: no progress before the end.
                        if let (Some((cursor, start)), Some(rest)) = (&progress, rest_from) {
                            self.save_progress(&mut tally, Some(rest), cursor, start, spec.step)
                                .await;
                        }
                    }
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
        // Every record was seen: the failed ones alone bound the progress.
        if tally.failed
            && let Some((cursor, start)) = &progress
        {
            self.save_progress(&mut tally, None, cursor, start, spec.step)
                .await;
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

    /// Persists the cursor at the lower of `rest` (none: every record was seen) and the failed
    /// records' watermarks, when that moves it forward.
    async fn save_progress(
        &self,
        tally: &mut Tally,
        rest: Option<Value>,
        cursor: &str,
        sync_start: &str,
        step: &str,
    ) {
        if tally.held_unknown {
            return;
        }
        let Some(Value::String(at)) = lower(rest, tally.held.as_ref()) else {
            return;
        };
        let at = Value::String(at);
        if tally.saved.as_ref().is_some_and(|s| !greater(&at, s)) {
            return;
        }
        let Value::String(text) = &at else { return };
        match self
            .engine
            .store
            .set_cursor_progress(&self.wf.name, cursor, text, sync_start, self.run_id)
            .await
        {
            Ok(()) => {
                self.log(
                    Some(step),
                    Level::Info,
                    &format!(
                        "cursor `{cursor}` at {text}: every record before it delivered ({} so far)",
                        tally.seen
                    ),
                )
                .await;
                tally.saved = Some(at);
            }
            Err(e) => tracing::warn!("cannot save the cursor's progress: {e}"),
        }
    }

    async fn page(
        &self,
        records: Vec<Record>,
        spec: &Spec<'_>,
        shared: &Arc<Shared>,
        scrub: &Scrubber,
        tally: &mut Tally,
    ) {
        let base = tally.seen;
        tally.seen += records.len() as u64;
        // The page's `partition_by` keys are taken in the store together (one statement, not
        // two per record); the records whose key another run holds go after the others, once
        // the page's keys are given back, each waiting for its own (partition.rs).
        let parts = self.partition_keys(records, spec, shared);
        let page = partition::PageKeys::take(
            &self.engine.store,
            &self.wf.name,
            parts.iter().filter_map(|(_, _, k)| k.clone()),
            self.run_id,
        )
        .await;
        let (first, later): (Vec<_>, Vec<_>) = parts
            .into_iter()
            .partition(|(_, _, k)| k.as_ref().is_none_or(|k| page.holds(k)));
        let mut results = self.records(first, true, base, spec, shared, scrub).await;
        page.give_back(&self.engine.store, &self.wf.name, self.run_id)
            .await;
        if !later.is_empty() {
            results.extend(self.records(later, false, base, spec, shared, scrub).await);
        }
        results.sort_by_key(|r| r.0);
        let mut rows = Vec::with_capacity(results.len());
        let mut logs = Vec::new();
        for (_, key, end, wm, lines) in results {
            logs.extend(lines);
            *tally.by.entry(end.outcome).or_default() += 1;
            let holds_cursor = end.outcome == Outcome::Failed && !end.permanent;
            if let Some(w) = &wm
                && tally.max.as_ref().is_none_or(|cur| greater(w, cur))
            {
                tally.max = Some(w.clone());
            }
            if holds_cursor {
                tally.failed = true;
                match &wm {
                    Some(w) => tally.held = lower(tally.held.take(), Some(w)),
                    None => tally.held_unknown = true,
                }
            }
            if end.outcome == Outcome::Failed {
                self.any_failed
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                let msg = format!(
                    "record {key} failed at `{}`: {}",
                    end.step.as_deref().unwrap_or("?"),
                    end.reason.as_deref().unwrap_or("no reason")
                );
                let m = self.engine.scrubber.scrub(&msg);
                logs.push(NewLogLine::now(Some(spec.step), Level::Warn, m));
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
        if let Err(e) = self.record_page(rows, logs).await {
            tracing::error!("cannot store record outcomes: {e}");
            self.any_failed
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

impl<S: Store> RunCx<S> {
    /// Each record with its index in the page and its `partition_by` key (none without one,
    /// or when it is empty or not text or a number).
    fn partition_keys(
        &self,
        records: Vec<Record>,
        spec: &Spec<'_>,
        shared: &Arc<Shared>,
    ) -> Vec<Keyed> {
        records
            .into_iter()
            .enumerate()
            .map(|(i, rec)| {
                let rec = InHand::new(rec, spec.record_fields);
                let Some(p) = spec.partition_by else {
                    return (i, rec, None);
                };
                let mut scope = Scope::new(shared, Some(rec), Scrubber::default());
                let key = match eval(p, &scope) {
                    Ok(Value::String(s)) if !s.is_empty() => Some(s),
                    Ok(Value::Number(n)) => Some(n.to_string()),
                    _ => None,
                };
                (i, scope.take_record(), key)
            })
            .collect()
    }

    /// Runs `records` through the steps, `spec.concurrency` at a time. `page_held`: their
    /// keys were taken in the store with the page's, so each record waits only for the
    /// process's lock of its key; otherwise each takes its key itself.
    async fn records(
        &self,
        records: Vec<Keyed>,
        page_held: bool,
        base: u64,
        spec: &Spec<'_>,
        shared: &Arc<Shared>,
        scrub: &Scrubber,
    ) -> Vec<Finished> {
        let personal = &self.wf.personal_fields;
        futures_util::stream::iter(records)
            .map(|(i, rec, part)| {
                let shared = shared.clone();
                let rscrub = if personal.is_empty() {
                    scrub.clone()
                } else {
                    scrub.with_names(self.personal_values_of(&rec))
                };
                async move {
                    let mut scope = Scope::new(&shared, Some(rec), rscrub);
                    let held = HeldLogs::default();
                    scope.held = Some(held.clone());
                    let key = match eval(spec.key, &scope) {
                        Ok(Value::String(s)) => s,
                        Ok(Value::Number(n)) => n.to_string(),
                        _ => format!("#{}", base + i as u64 + 1),
                    };
                    let wm = spec
                        .watermark
                        .and_then(|w| eval(w, &scope).ok())
                        .filter(|v| !v.is_null());
                    let key_held = match &part {
                        Some(k) if page_held => {
                            Ok(Some(partition::hold_here(&self.wf.name, k).await))
                        }
                        Some(k) => {
                            partition::hold(&self.engine.store, &self.wf.name, k, self.run_id)
                                .await
                                .map(Some)
                        }
                        None => Ok(None),
                    };
                    let end = match key_held {
                        Ok(key_held) => {
                            let end = self.pipeline(spec.body, &mut scope, false, 0).await;
                            if let Some(h) = key_held {
                                h.release().await;
                            }
                            end
                        }
                        Err(e) => RecordEnd {
                            outcome: Outcome::Failed,
                            step: Some(spec.step.to_owned()),
                            reason: Some(format!(
                                "cannot hold the record's `partition_by` key: {e}"
                            )),
                            permanent: false,
                        },
                    };
                    let lines =
                        std::mem::take(&mut *held.lock().unwrap_or_else(|p| p.into_inner()));
                    let key = scope.scrub.scrub(&key).into_string();
                    let end = RecordEnd {
                        reason: end.reason.map(|r| scope.scrub.scrub(&r).into_string()),
                        ..end
                    };
                    (i, key, end, wm, lines)
                }
            })
            .buffer_unordered(spec.concurrency)
            .collect()
            .await
    }
}

impl<S: Store> RunCx<S> {
    /// The personal values of a record: searched for in its text when it came as text (by
    /// the keys of [`crate::workflow::Workflow::personal_keys`]), else walked in its value.
    fn personal_values_of(&self, rec: &InHand) -> Vec<String> {
        let personal = &self.wf.personal_fields;
        match &rec.json {
            Some(text) => self
                .wf
                .personal_keys
                .values_in(text)
                .unwrap_or_else(|_| personal_values(&whole(text), personal)),
            None => personal_values(&rec.value, personal),
        }
    }
}
