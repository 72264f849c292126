//! Running a step list: each step, then the first matching edge (or the next step on success).
//! A failure that no edge handles ends the list as `failed`; a handled one is remembered and
//! decides the record's outcome (`not_found` or `failed` with its reason) unless the handler
//! itself fails.

use std::borrow::Cow;
use std::pin::Pin;
use std::sync::Arc;

use futures_util::future::BoxFuture;
use mapping_dsl::rt::{Context, ErrorKind as TransformErrorKind, RawJson, TransformError};
use serde_json::{Value, json};

use super::ops::{Args, ErrorKind, OpError, OpLog, OpValue};
use super::personal::personal_values;
use super::scope::{HeldLogs, Scope};
use super::{RunCx, fanout};
use crate::store::{Level, NewLogLine, NewStepOutput, Outcome, Store};
use crate::workflow::{Arg, On, Pipeline, Step, StepKind, Target, WExpr};

/// How one record (or a single-input run) ended.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordEnd {
    pub outcome: Outcome,
    pub step: Option<String>,
    pub reason: Option<String>,
    /// The failure cannot be cured by running again (missing national id, record id): the
    /// record is listed as failed but does not hold the cursor back.
    pub permanent: bool,
}

/// What a step did.
pub(crate) enum StepOut {
    Value(Value),
    /// A compiled transform's output kept as the JSON it wrote (see
    /// [`crate::workflow::Workflow::raw_outputs`]).
    Raw(RawJson),
    Delivered(Outcome, Value),
    /// The record is out of scope (filter false, transform `keep` false).
    Skip(String),
}

/// Edges followed in one list before we call it a loop.
const MAX_HOPS: usize = 10_000;

pub(crate) fn eval(e: &WExpr, scope: &Scope) -> Result<Value, OpError> {
    e.eval(&scope.vars).map_err(OpError::failed)
}

fn eval_bool(e: &WExpr, scope: &Scope) -> Result<bool, OpError> {
    e.eval_bool(&scope.vars).map_err(OpError::failed)
}

/// A step's arguments over `vars`: what an argument reads as is (`steps.map`) and constants are
/// borrowed, not copied (the mapped case is large and the operation only reads it); a step
/// output kept as written JSON (in `raw`) is passed as it is.
fn eval_args<'a>(
    args: &'a [(String, Arg)],
    vars: &'a Value,
    raw: &'a [(String, RawJson)],
    at: &'a Context,
) -> Result<Args<'a>, OpError> {
    let mut m = Args::default();
    for (k, a) in args {
        if let Arg::Expr(e) = a
            && let Some(id) = e.whole_step()
            && let Some((_, r)) = raw.iter().find(|(s, _)| s == id)
        {
            m.insert_raw(k, r);
            continue;
        }
        let v = match a {
            Arg::Const(v) => Cow::Borrowed(v),
            Arg::Expr(e) => e
                .eval_ref(vars, at)
                .map_err(|e| OpError::failed(format!("argument `{k}`: {e}")))?,
        };
        m.insert(k, v);
    }
    Ok(m)
}

/// A logger for one step that scrubs before writing (to the store, or inside `for_each` to
/// the record's lines, stored with its page's outcomes).
pub(crate) struct StepLog<S: Store> {
    pub store: Arc<S>,
    pub run: i64,
    pub step: String,
    pub scrub: crate::store::Scrubber,
    pub held: Option<HeldLogs>,
}

impl<S: Store> OpLog for StepLog<S> {
    fn log(&self, level: Level, message: String) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            let m = self.scrub.scrub(&message);
            if let Some(held) = &self.held {
                let line = NewLogLine::now(Some(&self.step), level, m);
                held.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            } else if let Err(e) = self.store.log(self.run, Some(&self.step), level, m).await {
                tracing::warn!("cannot write a log line: {e}");
            }
        })
    }
}

impl<S: Store> RunCx<S> {
    /// Runs `p` to its end. `top` marks the workflow's own list (step attempts are stored for
    /// it; per-record steps are summarised by the records' outcomes instead).
    pub(crate) fn pipeline<'a>(
        &'a self,
        p: &'a Pipeline,
        scope: &'a mut Scope,
        top: bool,
        start: usize,
    ) -> Pin<Box<dyn Future<Output = RecordEnd> + Send + 'a>> {
        Box::pin(async move {
            let mut i = start;
            let mut delivered: Option<(Outcome, String)> = None;
            let mut handled: Option<(String, OpError)> = None;
            let mut hops = 0usize;
            while i < p.steps.len() {
                hops += 1;
                if hops > MAX_HOPS {
                    return failed(None, "the workflow's edges loop without end".into());
                }
                let step = &p.steps[i];
                let res = self.step(step, scope, top).await;
                let ok = res.is_ok();
                if top {
                    self.keep_output(&step.id, &res, scope).await;
                }
                match res {
                    Ok(StepOut::Value(v)) => {
                        self.learn_names(scope, &v);
                        scope.set_step(&step.id, v);
                    }
                    Ok(StepOut::Raw(r)) => {
                        self.learn_raw_names(scope, &r);
                        scope.set_raw_step(&step.id, r);
                    }
                    Ok(StepOut::Delivered(o, v)) => {
                        // A delivery after a handled failure (a fallback path) delivers the record.
                        handled = None;
                        delivered = Some((o, step.id.clone()));
                        scope.set_step(&step.id, v);
                    }
                    Ok(StepOut::Skip(reason)) => {
                        return RecordEnd {
                            outcome: Outcome::Skipped,
                            step: Some(step.id.clone()),
                            reason: Some(reason),
                            permanent: false,
                        };
                    }
                    Err(e) => {
                        scope.set_error(
                            json!({"kind": e.kind.as_str(), "message": e.message, "step": step.id}),
                        );
                        if let Some((hs, he)) = &handled {
                            // A failure handler failed: report both.
                            let msg = format!(
                                "{} (while handling the failure of `{hs}`: {})",
                                e.message, he.message
                            );
                            handled = Some((
                                step.id.clone(),
                                OpError {
                                    kind: he.kind,
                                    message: msg,
                                },
                            ));
                        } else {
                            handled = Some((step.id.clone(), e));
                        }
                    }
                }
                let mut next = None;
                for edge in &step.next {
                    let on = match edge.on {
                        On::Success => ok,
                        On::Failure => !ok,
                        On::Always => true,
                    };
                    if !on {
                        continue;
                    }
                    let cond = match &edge.when {
                        None => true,
                        Some(w) => match eval_bool(w, scope) {
                            Ok(b) => b,
                            Err(e) => {
                                let m = format!("edge condition `{}`: {}", w.text(), e.message);
                                self.log(Some(&step.id), Level::Warn, &m).await;
                                false
                            }
                        },
                    };
                    if cond {
                        next = Some(edge.to);
                        break;
                    }
                }
                match next {
                    Some(Target::End) => break,
                    Some(Target::Step(j)) => i = j,
                    None if ok => i += 1,
                    None => {
                        let (s, e) = handled
                            .take()
                            .unwrap_or_else(|| (step.id.clone(), OpError::failed("failed")));
                        let mut end = failed(Some(s), e.message);
                        end.permanent = e.kind == ErrorKind::Invalid;
                        return end;
                    }
                }
            }
            if let Some((s, e)) = handled {
                let outcome = if e.kind == ErrorKind::NotFound {
                    Outcome::NotFound
                } else {
                    Outcome::Failed
                };
                return RecordEnd {
                    outcome,
                    step: Some(s),
                    reason: Some(e.message),
                    permanent: e.kind == ErrorKind::Invalid,
                };
            }
            match delivered {
                Some((o, s)) => RecordEnd {
                    outcome: o,
                    step: Some(s),
                    reason: None,
                    permanent: false,
                },
                None => RecordEnd {
                    outcome: Outcome::Skipped,
                    step: None,
                    reason: Some("no step delivered the record".into()),
                    permanent: false,
                },
            }
        })
    }

    /// Keeps a top-level step's output (or the error a failure branch reads) for a retry from
    /// a later step. An output no later step reads is not kept (a retry never needs it): with
    /// personal data in most outputs, the store keeps only what a retry needs.
    async fn keep_output(&self, step: &str, res: &Result<StepOut, OpError>, scope: &Scope) {
        let steps = &self.wf.steps.steps;
        let read_later = steps
            .iter()
            .skip_while(|s| s.id != step)
            .skip(1)
            .any(|s| s.reads_step(step));
        let row = match res {
            Ok(StepOut::Value(_) | StepOut::Raw(_) | StepOut::Delivered(..)) if !read_later => {
                NewStepOutput {
                    step: step.to_owned(),
                    ok: true,
                    value: None,
                    note: Some("not kept: no later step reads it".into()),
                    bytes: 0,
                }
            }
            Ok(StepOut::Value(_)) if scope.streams.contains_key(step) => NewStepOutput {
                step: step.to_owned(),
                ok: true,
                value: None,
                note: Some("a record stream (not kept)".into()),
                bytes: 0,
            },
            Ok(StepOut::Value(v) | StepOut::Delivered(_, v)) => {
                scope.scrub.step_output(step, true, v)
            }
            // Kept as the value it holds, as an output built as one is.
            Ok(StepOut::Raw(r)) => match r.to_value() {
                Ok(v) => scope.scrub.step_output(step, true, &v),
                Err(e) => {
                    tracing::warn!("cannot keep the output of step `{step}`: {e}");
                    return;
                }
            },
            Ok(StepOut::Skip(_)) => return,
            Err(e) => scope.scrub.step_output(
                step,
                false,
                &json!({"kind": e.kind.as_str(), "message": e.message, "step": step}),
            ),
        };
        if let Err(e) = self.engine.store.save_step_output(self.run_id, row).await {
            tracing::warn!("cannot keep the output of step `{step}`: {e}");
        }
    }

    pub(crate) fn learn_names(&self, scope: &mut Scope, v: &Value) {
        if self.wf.personal_fields.is_empty() {
            return;
        }
        let names = personal_values(v, &self.wf.personal_fields);
        if !names.is_empty() {
            scope.scrub = scope.scrub.with_names(names);
        }
    }

    /// [`Self::learn_names`] of an output kept as written JSON: the same values, found in the
    /// text.
    fn learn_raw_names(&self, scope: &mut Scope, r: &RawJson) {
        if self.wf.personal_fields.is_empty() {
            return;
        }
        match self.wf.personal_keys.values_in(r.as_str()) {
            Ok(names) if !names.is_empty() => scope.scrub = scope.scrub.with_names(names),
            Ok(_) => {}
            // Not reached: our writer writes JSON.
            Err(e) => tracing::warn!("cannot read a step output for personal values: {e}"),
        }
    }

    async fn step(&self, step: &Step, scope: &mut Scope, top: bool) -> Result<StepOut, OpError> {
        let attempt = if top {
            let a = self
                .engine
                .store
                .start_step(self.run_id, &step.id)
                .await
                .ok();
            if let Some(a) = a {
                self.engine.observer.step_started(a, self.run_id, &step.id);
            }
            a
        } else {
            None
        };
        let res = self.step_inner(step, scope).await;
        if let Some(a) = attempt {
            let err = res.as_ref().err().map(|e| {
                scope
                    .scrub
                    .scrub(&format!("{}: {}", e.kind.as_str(), e.message))
            });
            let failed = err
                .as_ref()
                .filter(|_| res.is_err())
                .map(|e| e.as_str().to_owned());
            match self.engine.store.finish_step(a, res.is_ok(), err).await {
                Ok(()) => self.engine.observer.step_finished(a, failed.as_deref()),
                Err(e) => tracing::warn!("cannot record a step attempt: {e}"),
            }
        }
        res
    }

    async fn step_inner(&self, step: &Step, scope: &mut Scope) -> Result<StepOut, OpError> {
        match &step.kind {
            StepKind::Op { name, args } => {
                let op = self.engine.ops.get(name).ok_or_else(|| {
                    OpError::failed(format!("operation `{name}` is not available"))
                })?;
                let at = Context::new(chrono::Utc::now());
                let mut args = eval_args(args, &scope.vars, &scope.raw, &at)?;
                if matches!(op.sig().output, super::ops::Output::Records) {
                    args.set_record_fields(self.wf.steps.record_fields_over(&step.id));
                }
                let log = StepLog {
                    store: self.engine.store.clone(),
                    run: self.run_id,
                    step: step.id.clone(),
                    scrub: scope.scrub.clone(),
                    held: scope.held.clone(),
                };
                match op.call(args, &log).await? {
                    OpValue::Json(v) => Ok(StepOut::Value(v)),
                    OpValue::Delivered { outcome, value } => Ok(StepOut::Delivered(outcome, value)),
                    OpValue::Records(rx) => {
                        scope.streams.insert(step.id.clone(), rx);
                        Ok(StepOut::Value(json!({"records": "stream"})))
                    }
                }
            }
            StepKind::Transform {
                name,
                input,
                params,
            } => {
                let f = self
                    .engine
                    .transforms
                    .get(name)
                    .ok_or_else(|| OpError::failed(format!("transform `{name}` is not available")))?
                    .clone();
                let now = chrono::Utc::now();
                let at = Context::new(now);
                let params = eval_args(params, &scope.vars, &scope.raw, &at)?;
                let mut ctx = Context::new(now);
                ctx.params = params.into_map().into_iter().collect();
                // An output only passed whole to operations is kept as the JSON the compiled
                // transform writes (no value of it is built).
                let keep_raw = self.wf.raw_outputs.contains(&step.id);
                let transforms = &self.engine.transforms;
                // A record that came as text, when the transform reads it whole: a compiled
                // transform reads the text, another one a value parsed of all of it.
                let text = scope
                    .record_json
                    .as_deref()
                    .filter(|_| input.text().trim() == "record");
                let res = match (text, transforms.text_reader(name)) {
                    (Some(text), Some(read)) => with_out_buffer(|out| {
                        let kept = read(text.as_bytes(), &ctx, out);
                        written(kept, out, keep_raw)
                    }),
                    (Some(text), None) => {
                        f(&super::record::whole(text), &ctx).map(|v| v.map(StepOut::Value))
                    }
                    (None, _) => {
                        // The record is read in place (a case is large; the transform only
                        // borrows it).
                        let record = input.eval_ref(&scope.vars, &at).map_err(OpError::failed)?;
                        match keep_raw.then(|| transforms.writer(name)).flatten() {
                            Some(write) => {
                                with_out_buffer(|out| written(write(&record, &ctx, out), out, true))
                            }
                            None => f(&record, &ctx).map(|v| v.map(StepOut::Value)),
                        }
                    }
                };
                self.counters.add(name, &ctx.counters.snapshot());
                match res {
                    Ok(Some(out)) => Ok(out),
                    Ok(None) => Ok(StepOut::Skip(format!(
                        "dropped by transform `{name}` (keep)"
                    ))),
                    Err(e) => Err(OpError::failed(format!("transform `{name}`: {e}"))),
                }
            }
            StepKind::Filter(cond) => match cond.eval_bool(&scope.vars) {
                Ok(true) => Ok(StepOut::Value(Value::Bool(true))),
                Ok(false) => Ok(StepOut::Skip(format!("filtered out by `{}`", step.id))),
                Err(e) => Err(OpError::failed(format!("filter `{}`: {e}", step.id))),
            },
            StepKind::SetCursor(e) => {
                let v = eval(e, scope)?;
                let Some(cursor) = &self.wf.cursor else {
                    return Err(OpError::failed("the workflow declares no cursor"));
                };
                match v {
                    Value::Null => {
                        self.log(
                            Some(&step.id),
                            Level::Info,
                            "nothing delivered: the cursor stays where it was",
                        )
                        .await;
                        Ok(StepOut::Value(Value::Null))
                    }
                    Value::String(s) => {
                        self.engine
                            .store
                            .set_cursor(&self.wf.name, cursor, &s, self.run_id)
                            .await
                            .map_err(|e| OpError::failed(e.to_string()))?;
                        self.log(
                            Some(&step.id),
                            Level::Info,
                            &format!("cursor `{cursor}` advanced to {s}"),
                        )
                        .await;
                        Ok(StepOut::Value(Value::String(s)))
                    }
                    other => Err(OpError::failed(format!(
                        "a cursor must be a string, found {other}"
                    ))),
                }
            }
            StepKind::ForEach {
                over,
                concurrency,
                key,
                watermark,
                partition_by,
                body,
                record_fields,
            } => {
                let source = match scope.streams.remove(over) {
                    Some(rx) => fanout::Source::Pages(rx),
                    None => match scope.step(over) {
                        Some(Value::Array(a)) => fanout::Source::List(a.clone()),
                        Some(_) => {
                            return Err(OpError::failed(format!(
                                "step `{over}` produced no list of records"
                            )));
                        }
                        None => return Err(OpError::failed(format!("step `{over}` has not run"))),
                    },
                };
                let shared = scope.share();
                let spec = fanout::Spec {
                    step: &step.id,
                    concurrency: *concurrency,
                    key,
                    watermark: watermark.as_ref(),
                    partition_by: partition_by.as_deref(),
                    body,
                    record_fields: record_fields.as_deref(),
                };
                let sync_start = shared.get("sync_start").as_str().map(str::to_owned);
                self.for_each(source, spec, shared, scope.scrub.clone(), sync_start)
                    .await
                    .map(StepOut::Value)
            }
        }
    }
}

thread_local! {
    /// The buffer a compiled transform writes its output into, one per worker thread, kept
    /// between records: an output is copied out of it whole ([`written`]), where a new buffer
    /// per record grew by doubling (a W1 output is larger than 4 KiB) and was copied each time.
    static OUT_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Largest buffer [`OUT_BUFFER`] keeps between records (a rare large output is not held).
const OUT_BUFFER_KEPT: usize = 256 * 1024;

/// `f` with this thread's empty output buffer (a new one if the thread's is in use).
fn with_out_buffer<T>(f: impl FnOnce(&mut Vec<u8>) -> T) -> T {
    OUT_BUFFER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut out) => {
            out.clear();
            let result = f(&mut out);
            if out.capacity() > OUT_BUFFER_KEPT {
                *out = Vec::new();
            }
            result
        }
        Err(_) => f(&mut Vec::with_capacity(4096)),
    })
}

/// What a compiled transform wrote to `out` (`kept`: `Ok(false)` when `keep` dropped the
/// record), as the step's output: the JSON kept as written (`raw`), else its value.
fn written(
    kept: Result<bool, TransformError>,
    out: &[u8],
    raw: bool,
) -> Result<Option<StepOut>, TransformError> {
    if !kept? {
        return Ok(None);
    }
    let invalid = |e: String| TransformError::new("", TransformErrorKind::InvalidJson(e));
    if raw {
        RawJson::from_written(out)
            .map(|r| Some(StepOut::Raw(r)))
            .map_err(|e| invalid(e.to_string()))
    } else {
        serde_json::from_slice(out)
            .map(|v| Some(StepOut::Value(v)))
            .map_err(|e| invalid(e.to_string()))
    }
}

fn failed(step: Option<String>, reason: String) -> RecordEnd {
    RecordEnd {
        outcome: Outcome::Failed,
        step,
        reason: Some(reason),
        permanent: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::expr::ScopeNames;

    /// `value: steps.map` reaches the operation as the scope's own value (the mapped case is
    /// not copied); a computed argument is a value of its own, and a constant is borrowed.
    #[test]
    fn arguments_read_as_is_are_borrowed_from_the_scope() -> Result<(), String> {
        let steps = vec!["map".to_owned()];
        let names = ScopeNames {
            roots: &["steps", "record"],
            steps: &steps,
        };
        let expr = |t: &str| WExpr::builtin(t, names).map_err(|d| format!("{d:?}"));
        let args = vec![
            ("value".to_owned(), Arg::Expr(expr("steps.map")?)),
            (
                "id".to_owned(),
                Arg::Expr(expr("concat(\"c-\", record.id)")?),
            ),
            ("tz".to_owned(), Arg::Const(json!("Asia/Bangkok"))),
        ];
        let vars = json!({"steps": {"map": {"name": "x", "days": [1, 2]}}, "record": {"id": "7"}});
        let at = Context::new(chrono::Utc::now());
        let got = eval_args(&args, &vars, &[], &at).map_err(|e| e.message)?;
        let value = got.get("value").ok_or("no value")?;
        assert!(
            std::ptr::eq(value, &vars["steps"]["map"]),
            "steps.map was copied"
        );
        assert!(
            matches!(&args[2].1, Arg::Const(c) if std::ptr::eq(got.get("tz").ok_or("no tz")?, c))
        );
        assert_eq!(got.get("id"), Some(&json!("c-7")));
        let mut got = got;
        assert_eq!(got.take("value"), Some(vars["steps"]["map"].clone()));
        assert_eq!(got.get("value"), None);
        Ok(())
    }
}
