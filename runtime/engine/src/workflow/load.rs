//! Loading and validating workflow files. Every problem becomes a [`Diagnostic`] pointing at the
//! YAML node; all problems of a file are reported at once, not only the first.

use std::path::Path;
use std::time::Duration;

use mapping_dsl::diag::{Diagnostic, codes::Code};
use mapping_dsl::source::{FileId, SourceFile, SourceMap, Span};
use mapping_dsl::yaml::{self, Sp};
use serde_json::Value;

use super::expr::ScopeNames;
use super::sig::{OpSig, Output};
use super::spec::{EdgeSpec, StepSpec, TriggerSpec, WorkflowFile};
use super::{
    Arg, DEFAULT_CONCURRENCY, Edge, MAX_CONCURRENCY, On, OnLost, Pipeline, Step, StepKind, Target,
    Trigger, WExpr, Workflow,
};

/// What the validator checks names against: the operations the engine offers and the transforms
/// that exist (compiled registry or checked mappings).
pub struct Catalog<'a> {
    pub ops: &'a [OpSig],
    pub transforms: &'a [String],
}

/// Every workflow found, with the sources (for rendering) and all diagnostics.
#[derive(Debug, Default)]
pub struct LoadedWorkflows {
    pub sources: SourceMap,
    pub workflows: Vec<Workflow>,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedWorkflows {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
    pub fn get(&self, name: &str) -> Option<&Workflow> {
        self.workflows.iter().find(|w| w.name == name)
    }
}

/// Loads the workflow files of every deployment under `root` (or of `root`, when it is one):
/// those `spec_files`' walk finds in `workflows/`, in its order; names must be unique.
pub fn load_dir(root: &Path, catalog: &Catalog<'_>) -> LoadedWorkflows {
    let mut out = LoadedWorkflows::default();
    // A folder that cannot be listed holds no workflow (the spec loader reports it).
    for (dep, dir) in spec_files::deployments(root).unwrap_or_default() {
        let specs = spec_files::walk_deployment(&dir).unwrap_or_default();
        for spec in specs
            .into_iter()
            .filter(|s| s.kind_dir == Some("workflows"))
        {
            let display = format!("{dep}/{}", spec.rel);
            let text = match spec_files::read_spec(&spec.path, &dir) {
                Ok(t) => t,
                Err(e) => {
                    let (code, message) = match e {
                        spec_files::FileError::NotUtf8 { .. } => {
                            (Code::InvalidUtf8, "the file is not valid UTF-8".to_owned())
                        }
                        other => (Code::Io, format!("cannot read the file: {other}")),
                    };
                    let id = out.sources.add(SourceFile::new(display, ""));
                    out.diagnostics.push(
                        Diagnostic::error(code, message).with_primary(Span::new(id, 0, 0), ""),
                    );
                    continue;
                }
            };
            let id = out
                .sources
                .add(SourceFile::new(display.clone(), text.as_str()));
            match compile(id, &display, &text, catalog) {
                Ok(w) => {
                    if out.workflows.iter().any(|x| x.name == w.name) {
                        out.diagnostics.push(
                            Diagnostic::error(
                                Code::DuplicateName,
                                format!("a second workflow is named `{}`", w.name),
                            )
                            .with_primary(Span::new(id, 0, 0), "in this file"),
                        );
                    } else {
                        out.workflows.push(w);
                    }
                }
                Err(ds) => out.diagnostics.extend(ds),
            }
        }
    }
    out
}

struct Cx<'a> {
    file: FileId,
    text: &'a str,
    catalog: &'a Catalog<'a>,
    diags: Vec<Diagnostic>,
    /// Every step id of the file (what `steps.ID` may name).
    step_ids: Vec<String>,
}

fn collect_ids(steps: &[Sp<StepSpec>], out: &mut Vec<String>) {
    for s in steps {
        out.push(s.value.id.value.clone());
        if let Some(inner) = &s.value.steps {
            collect_ids(&inner.value, out);
        }
    }
}

/// Compiles one workflow file.
pub fn compile(
    file: FileId,
    display: &str,
    text: &str,
    catalog: &Catalog<'_>,
) -> Result<Workflow, Vec<Diagnostic>> {
    let wf: WorkflowFile = yaml::load_yaml(file, text).map_err(|d| vec![d])?;
    let mut step_ids = Vec::new();
    collect_ids(&wf.steps.value, &mut step_ids);
    let mut cx = Cx {
        file,
        text,
        catalog,
        diags: Vec::new(),
        step_ids,
    };
    let trigger = cx.trigger(&wf.trigger);
    let endpoints: Vec<String> = wf.endpoints.iter().map(|e| e.value.clone()).collect();
    let key = wf.key.as_ref().and_then(|k| cx.expr(k, &["input", "run"]));
    let timeout = wf
        .timeout_secs
        .as_ref()
        .map(|t| Duration::from_secs(t.value));
    let on_lost = match wf.on_lost.as_ref().map(|o| (o, o.value.as_str())) {
        None | Some((_, "requeue")) => OnLost::Requeue,
        Some((_, "fail")) => OnLost::Fail,
        Some((o, other)) => {
            let s = cx.span(o);
            cx.err(
                Code::BadStep,
                format!("`on_lost` is `requeue` or `fail`, not `{other}`"),
                s,
                "this value",
            );
            OnLost::Requeue
        }
    };
    let steps = cx.pipeline(&wf.steps, false, &[]);
    // Endpoints used by operations must be declared (credentials are referenced by name).
    let mut used = Vec::new();
    collect_ops(&steps, &mut used);
    for op in used {
        if let Some(sig) = catalog.ops.iter().find(|s| s.name == op)
            && let Some(ep) = &sig.endpoint
            && !endpoints.iter().any(|e| e == ep)
        {
            cx.diags.push(
                Diagnostic::error(
                    Code::BadArgument,
                    format!(
                        "operation `{op}` uses endpoint `{ep}`, which the workflow does not list"
                    ),
                )
                .with_primary(cx.span(&wf.workflow), "in this workflow")
                .with_hint(format!("add `endpoints: [{ep}]`")),
            );
        }
    }
    if wf.cursor.is_none() && uses_set_cursor(&steps) {
        cx.diags.push(
            Diagnostic::error(
                Code::BadStep,
                "a step sets the cursor but the workflow declares none",
            )
            .with_primary(cx.span(&wf.workflow), "here")
            .with_hint("add `cursor: NAME` at the top level"),
        );
    }
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    let input_paths = super::inputs::input_paths(&steps, key.as_ref());
    let raw_outputs = super::raw::raw_outputs(&steps, key.as_ref(), catalog.ops);
    Ok(Workflow {
        name: wf.workflow.value.clone(),
        file: display.to_owned(),
        description: wf.description,
        trigger: trigger.unwrap_or(Trigger::Manual),
        endpoints,
        cursor: wf.cursor.map(|c| c.value),
        key,
        personal_keys: crate::engine::PersonalKeys::new(&wf.personal_fields),
        personal_fields: wf.personal_fields,
        timeout,
        on_lost,
        steps,
        input_paths,
        raw_outputs,
    })
}

fn collect_ops(p: &Pipeline, out: &mut Vec<String>) {
    for s in &p.steps {
        match &s.kind {
            StepKind::Op { name, .. } => out.push(name.clone()),
            StepKind::ForEach { body, .. } => collect_ops(body, out),
            _ => {}
        }
    }
}

fn uses_set_cursor(p: &Pipeline) -> bool {
    p.steps.iter().any(|s| match &s.kind {
        StepKind::SetCursor(_) => true,
        StepKind::ForEach { body, .. } => uses_set_cursor(body),
        _ => false,
    })
}

impl Cx<'_> {
    fn span<T>(&self, v: &Sp<T>) -> Span {
        yaml::span_of(self.file, v)
    }

    fn err(&mut self, code: Code, msg: impl Into<String>, span: Span, label: impl Into<String>) {
        self.diags
            .push(Diagnostic::error(code, msg).with_primary(span, label));
    }

    fn trigger(&mut self, t: &Sp<TriggerSpec>) -> Option<Trigger> {
        let span = self.span(t);
        let kinds = [
            t.value.cron.is_some(),
            t.value.webhook.is_some(),
            t.value.manual.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            self.err(
                Code::BadTrigger,
                "a trigger needs exactly one of `cron`, `webhook`, `manual`",
                span,
                "this trigger",
            );
            return None;
        }
        if let Some(c) = &t.value.cron {
            if let Err(e) = croner::Cron::new(&c.value).with_seconds_optional().parse() {
                let s = self.span(c);
                self.err(
                    Code::BadTrigger,
                    format!("invalid cron expression: {e}"),
                    s,
                    "this schedule",
                );
            }
            let timezone = match &t.value.timezone {
                None => chrono_tz::Tz::UTC,
                Some(z) => match z.value.parse::<chrono_tz::Tz>() {
                    Ok(tz) => tz,
                    Err(_) => {
                        let s = self.span(z);
                        self.err(
                            Code::BadTrigger,
                            format!("unknown time zone `{}`", z.value),
                            s,
                            "e.g. Asia/Bangkok",
                        );
                        chrono_tz::Tz::UTC
                    }
                },
            };
            return Some(Trigger::Cron {
                schedule: c.value.clone(),
                timezone,
            });
        }
        if let Some(z) = &t.value.timezone {
            let s = self.span(z);
            self.err(
                Code::BadTrigger,
                "`timezone` goes with `cron` only",
                s,
                "remove this",
            );
        }
        if let Some(w) = &t.value.webhook {
            let ok = !w.value.is_empty()
                && w.value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                let s = self.span(w);
                self.err(
                    Code::BadTrigger,
                    "a webhook path is letters, digits, `-` and `_`",
                    s,
                    "this path",
                );
            }
            return Some(Trigger::Webhook {
                path: w.value.clone(),
            });
        }
        Some(Trigger::Manual)
    }

    /// Parses and checks an expression against the names in scope (the mapping language's
    /// parser and checker; diagnostics point into the YAML scalar). `condition`: must be a bool.
    fn expr_of(&mut self, e: &Sp<String>, scope: &[&str], condition: bool) -> Option<WExpr> {
        let node = self.span(e);
        let offsets = yaml::expr_offsets(self.text, node.start as usize, node.len(), &e.value);
        let file = self.file;
        let map = move |s: usize, en: usize| offsets.span(file, s, en);
        let names = ScopeNames {
            roots: scope,
            steps: &self.step_ids,
        };
        match WExpr::compile(&e.value, &map, names, condition) {
            Ok(x) => Some(x),
            Err(ds) => {
                self.diags.extend(ds);
                None
            }
        }
    }

    fn expr(&mut self, e: &Sp<String>, scope: &[&str]) -> Option<WExpr> {
        self.expr_of(e, scope, false)
    }

    fn cond(&mut self, e: &Sp<String>, scope: &[&str]) -> Option<WExpr> {
        self.expr_of(e, scope, true)
    }

    /// An expression of the runtime's own (a default).
    fn builtin(&mut self, text: &str, scope: &[&str], at: Span) -> Option<WExpr> {
        let names = ScopeNames {
            roots: scope,
            steps: &self.step_ids,
        };
        match WExpr::builtin(text, names) {
            Ok(x) => Some(x),
            Err(ds) => {
                for d in ds {
                    self.err(d.code, d.message, at, "in this step");
                }
                None
            }
        }
    }

    fn args(
        &mut self,
        args: &std::collections::BTreeMap<String, Sp<Value>>,
        scope: &[&str],
    ) -> Vec<(String, Arg)> {
        let mut out = Vec::new();
        for (k, v) in args {
            let arg = match &v.value {
                Value::String(s) => {
                    let sp = Sp {
                        value: s.clone(),
                        referenced: v.referenced,
                        defined: v.defined,
                    };
                    match self.expr(&sp, scope) {
                        Some(e) => Arg::Expr(e),
                        None => continue,
                    }
                }
                Value::Object(m) if m.len() == 1 && m.contains_key("const") => {
                    Arg::Const(m["const"].clone())
                }
                other => Arg::Const(other.clone()),
            };
            out.push((k.clone(), arg));
        }
        out
    }

    fn pipeline(
        &mut self,
        steps: &Sp<Vec<Sp<StepSpec>>>,
        in_each: bool,
        outer_ids: &[String],
    ) -> Pipeline {
        if steps.value.is_empty() {
            let s = self.span(steps);
            self.err(Code::BadStep, "a step list is empty", s, "no steps");
        }
        let mut ids: Vec<String> = Vec::new();
        for s in &steps.value {
            if ids.contains(&s.value.id.value) || outer_ids.contains(&s.value.id.value) {
                let sp = self.span(&s.value.id);
                self.err(
                    Code::DuplicateName,
                    format!("a second step is named `{}`", s.value.id.value),
                    sp,
                    "rename it",
                );
            }
            ids.push(s.value.id.value.clone());
        }
        let mut all_ids: Vec<String> = outer_ids.to_vec();
        all_ids.extend(ids.iter().cloned());
        let mut base: Vec<&str> = vec!["input", "steps", "cursor", "sync_start", "run", "error"];
        if in_each {
            base.push("record");
        }
        let mut out = Pipeline::default();
        for (i, s) in steps.value.iter().enumerate() {
            if let Some(step) = self.step(s, &base, &ids, &all_ids, i, &steps.value) {
                out.steps.push(step);
            }
        }
        out
    }

    fn step(
        &mut self,
        s: &Sp<StepSpec>,
        scope: &[&str],
        ids: &[String],
        all_ids: &[String],
        _index: usize,
        siblings: &[Sp<StepSpec>],
    ) -> Option<Step> {
        let st = &s.value;
        let span = self.span(s);
        let kinds = [
            ("op", st.op.is_some()),
            ("transform", st.transform.is_some()),
            ("filter", st.filter.is_some()),
            ("for_each", st.for_each.is_some()),
            ("set_cursor", st.set_cursor.is_some()),
        ];
        let present: Vec<&str> = kinds.iter().filter(|k| k.1).map(|k| k.0).collect();
        if present.len() != 1 {
            let msg = if present.is_empty() {
                format!("step `{}` has no kind", st.id.value)
            } else {
                format!(
                    "step `{}` has several kinds: {}",
                    st.id.value,
                    present.join(", ")
                )
            };
            self.diags.push(
                Diagnostic::error(Code::BadStep, msg)
                    .with_primary(span, "this step")
                    .with_note(
                        "a step has exactly one of: op, transform, filter, for_each, set_cursor",
                    ),
            );
            return None;
        }
        let kind_name = present[0];
        let allowed: &[&str] = match kind_name {
            "op" => &["args"],
            "transform" => &["args", "input"],
            "for_each" => &["concurrency", "key", "watermark", "partition_by", "steps"],
            _ => &[],
        };
        let extras = [
            ("args", !st.args.is_empty()),
            ("input", st.input.is_some()),
            ("concurrency", st.concurrency.is_some()),
            ("key", st.key.is_some()),
            ("watermark", st.watermark.is_some()),
            ("partition_by", st.partition_by.is_some()),
            ("steps", st.steps.is_some()),
        ];
        for (k, on) in extras {
            if on && !allowed.contains(&k) {
                self.diags.push(
                    Diagnostic::error(
                        Code::BadStep,
                        format!("`{k}` does not go with `{kind_name}`"),
                    )
                    .with_primary(span, format!("step `{}`", st.id.value)),
                );
            }
        }
        let kind = match kind_name {
            "op" => {
                let name = st.op.as_ref()?;
                let sig = self
                    .catalog
                    .ops
                    .iter()
                    .find(|o| o.name == name.value)
                    .cloned();
                let args = self.args(&st.args, scope);
                match sig {
                    None => {
                        let sp = self.span(name);
                        let mut d = Diagnostic::error(
                            Code::UnknownOperation,
                            format!("unknown operation `{}`", name.value),
                        )
                        .with_primary(sp, "not an operation");
                        if let Some(h) = yaml::did_you_mean(
                            &name.value,
                            self.catalog.ops.iter().map(|o| o.name.as_str()),
                        ) {
                            d = d.with_hint(h);
                        }
                        self.diags.push(d);
                    }
                    Some(sig) => {
                        for (k, _) in &args {
                            if !sig.args.iter().any(|a| &a.name == k) {
                                let mut d = Diagnostic::error(
                                    Code::BadArgument,
                                    format!("`{}` takes no argument `{k}`", sig.name),
                                )
                                .with_primary(span, format!("step `{}`", st.id.value))
                                .with_note(format!(
                                    "arguments: {}",
                                    sig.args
                                        .iter()
                                        .map(|a| a.name.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ));
                                if let Some(h) =
                                    yaml::did_you_mean(k, sig.args.iter().map(|a| a.name.as_str()))
                                {
                                    d = d.with_hint(h);
                                }
                                self.diags.push(d);
                            }
                        }
                        for a in sig.args.iter().filter(|a| a.required) {
                            if !args.iter().any(|(k, _)| *k == a.name) {
                                self.diags.push(
                                    Diagnostic::error(
                                        Code::BadArgument,
                                        format!("`{}` needs argument `{}`", sig.name, a.name),
                                    )
                                    .with_primary(span, format!("step `{}`", st.id.value)),
                                );
                            }
                        }
                    }
                }
                StepKind::Op {
                    name: name.value.clone(),
                    args,
                }
            }
            "transform" => {
                let name = st.transform.as_ref()?;
                if !self.catalog.transforms.contains(&name.value) {
                    let sp = self.span(name);
                    let mut d = Diagnostic::error(
                        Code::UnknownTransform,
                        format!("no transform is named `{}`", name.value),
                    )
                    .with_primary(sp, "unknown transform");
                    if let Some(h) = yaml::did_you_mean(
                        &name.value,
                        self.catalog.transforms.iter().map(String::as_str),
                    ) {
                        d = d.with_hint(h);
                    }
                    self.diags.push(d);
                }
                let default_input = if scope.contains(&"record") {
                    "record"
                } else {
                    "input"
                };
                let input = match &st.input {
                    Some(i) => self.expr(i, scope)?,
                    None => self.builtin(default_input, scope, span)?,
                };
                let params = self.args(&st.args, scope);
                StepKind::Transform {
                    name: name.value.clone(),
                    input,
                    params,
                }
            }
            "filter" => StepKind::Filter(self.cond(st.filter.as_ref()?, scope)?),
            "set_cursor" => StepKind::SetCursor(self.expr(st.set_cursor.as_ref()?, scope)?),
            _ => {
                let over = st.for_each.as_ref()?;
                let source = siblings.iter().position(|x| x.value.id.value == over.value);
                let me = siblings
                    .iter()
                    .position(|x| x.value.id.value == st.id.value);
                match (source, me) {
                    (Some(src), Some(me)) if src < me => {
                        if let Some(opname) = &siblings[src].value.op
                            && let Some(sig) =
                                self.catalog.ops.iter().find(|o| o.name == opname.value)
                            && sig.output == Output::Outcome
                        {
                            let sp = self.span(over);
                            self.err(
                                Code::BadStep,
                                format!("step `{}` produces no records", over.value),
                                sp,
                                "cannot fan out",
                            );
                        }
                    }
                    _ => {
                        let sp = self.span(over);
                        self.err(
                            Code::UnknownStep,
                            format!(
                                "`for_each` needs an earlier step id, found `{}`",
                                over.value
                            ),
                            sp,
                            "no such earlier step",
                        );
                    }
                }
                let concurrency = match &st.concurrency {
                    None => DEFAULT_CONCURRENCY,
                    Some(c) if c.value >= 1 && c.value as usize <= MAX_CONCURRENCY => {
                        c.value as usize
                    }
                    Some(c) => {
                        let sp = self.span(c);
                        self.err(
                            Code::BadStep,
                            format!("concurrency must be 1..={MAX_CONCURRENCY}"),
                            sp,
                            "out of range",
                        );
                        1
                    }
                };
                let mut inner_scope: Vec<&str> = scope.to_vec();
                inner_scope.push("record");
                let key = match &st.key {
                    Some(k) => self.expr(k, &["record"])?,
                    None => self.builtin("record.id", &["record"], span)?,
                };
                let watermark = match &st.watermark {
                    Some(w) => Some(self.expr(w, &["record"])?),
                    None => None,
                };
                let partition_by = match &st.partition_by {
                    Some(p) => Some(Box::new(self.expr(p, &["record"])?)),
                    None => None,
                };
                let Some(body) = &st.steps else {
                    self.err(
                        Code::MissingKey,
                        "`for_each` needs `steps`",
                        span,
                        "this step",
                    );
                    return None;
                };
                let body = self.pipeline(body, true, all_ids);
                let record_fields = super::inputs::record_fields(
                    &key,
                    watermark.as_ref(),
                    partition_by.as_deref(),
                    &body,
                );
                StepKind::ForEach {
                    over: over.value.clone(),
                    concurrency,
                    key,
                    watermark,
                    partition_by,
                    body,
                    record_fields,
                }
            }
        };
        let next = st
            .next
            .iter()
            .filter_map(|e| self.edge(e, scope, ids))
            .collect();
        Some(Step {
            id: st.id.value.clone(),
            kind,
            next,
        })
    }

    fn edge(&mut self, e: &Sp<EdgeSpec>, scope: &[&str], ids: &[String]) -> Option<Edge> {
        let on = match e.value.on.as_ref().map(|o| o.value.as_str()) {
            None | Some("success") => On::Success,
            Some("failure") => On::Failure,
            Some("always") => On::Always,
            Some(other) => {
                let sp = self.span(e.value.on.as_ref()?);
                self.err(
                    Code::BadStep,
                    format!("unknown edge kind `{other}`"),
                    sp,
                    "success, failure or always",
                );
                return None;
            }
        };
        let when = match &e.value.when {
            Some(w) => Some(self.cond(w, scope)?),
            None => None,
        };
        let to = if e.value.to.value == "end" {
            Target::End
        } else if let Some(i) = ids.iter().position(|x| *x == e.value.to.value) {
            Target::Step(i)
        } else {
            let sp = self.span(&e.value.to);
            let mut d = Diagnostic::error(
                Code::UnknownStep,
                format!("no step `{}` in this list", e.value.to.value),
            )
            .with_primary(sp, "unknown step");
            if let Some(h) = yaml::did_you_mean(&e.value.to.value, ids.iter().map(String::as_str)) {
                d = d.with_hint(h);
            }
            self.diags.push(d);
            return None;
        };
        Some(Edge { on, when, to })
    }
}
