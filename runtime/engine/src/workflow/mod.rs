//! Workflows: `mappings/<deployment>/workflows/*.yaml` (top-level key `workflow: NAME`), loaded
//! and validated at start with the same diagnostics as the mapping specs, compiled into
//! [`Workflow`] for the engine.

pub mod expr;
mod inputs;
mod load;
mod raw;
pub mod sig;
pub mod spec;

use std::time::Duration;

use serde_json::Value;

pub use expr::WExpr;
pub use inputs::project_input;
pub use load::{Catalog, LoadedWorkflows, compile, load_dir};

/// A validated workflow.
#[derive(Debug, Clone)]
pub struct Workflow {
    pub name: String,
    /// Path relative to the mappings root, for messages.
    pub file: String,
    pub description: Option<String>,
    pub trigger: Trigger,
    /// Endpoint names (see `mapwright.toml`) the workflow's operations use.
    pub endpoints: Vec<String>,
    /// The cursor's name when the workflow keeps one.
    pub cursor: Option<String>,
    /// Names a single-input run's record in outcomes (`input.data.record_id`).
    pub key: Option<WExpr>,
    /// Personal-data fields whose values (at any depth) are masked in errors, outcomes, logs.
    pub personal_fields: Vec<String>,
    /// The same fields as the keys searched for in an output kept as written JSON.
    pub personal_keys: crate::engine::PersonalKeys,
    pub timeout: Option<Duration>,
    /// What happens to a run of it whose worker stopped mid-run.
    pub on_lost: OnLost,
    pub steps: Pipeline,
    /// The `input.…` paths the workflow's expressions read (each a list of object keys), or
    /// `None` when one of them reads the input whole: all a stored trigger input keeps.
    /// Derived once, when the workflow is loaded.
    pub input_paths: Option<Vec<Vec<String>>>,
    /// The transform steps whose output the workflow only passes whole to operations that
    /// send it on (`value: steps.map`, see [`sig::ArgSig::sends`]): a compiled transform's
    /// output is kept there as the JSON it writes, sent on without a `serde_json::Value` of it
    /// being built. Derived once, when the workflow is loaded.
    pub raw_outputs: Vec<String>,
}

/// A workflow's `on_lost`: what happens to a run whose worker stopped (its lease expired), and
/// to a run cancelled by a worker's shutdown after its grace period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnLost {
    /// Queued again (by the `[serve.queue]` recovery policy) and resumed by another worker from
    /// the cursor and the step outputs it kept.
    #[default]
    Requeue,
    /// Left as it ended (lost, exit 4; cancelled, exit 5), to be run again by hand.
    Fail,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Trigger {
    Cron {
        schedule: String,
        timezone: chrono_tz::Tz,
    },
    Webhook {
        path: String,
    },
    Manual,
}

impl Trigger {
    pub fn kind(&self) -> &'static str {
        match self {
            Trigger::Cron { .. } => "cron",
            Trigger::Webhook { .. } => "webhook",
            Trigger::Manual => "manual",
        }
    }
}

/// An ordered list of steps; execution starts at the first and follows edges (or falls through
/// to the next step on success).
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    pub steps: Vec<Step>,
}

impl Pipeline {
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// The fields of its records that the `for_each` over step `id`'s output reads (at any
    /// depth), when it reads only those; `None` when it reads them whole or none fans out.
    pub fn record_fields_over(&self, id: &str) -> Option<&[String]> {
        self.steps.iter().find_map(|s| match &s.kind {
            StepKind::ForEach {
                over,
                record_fields,
                ..
            } if over == id => Some(record_fields.as_deref()),
            StepKind::ForEach { body, .. } => body.record_fields_over(id).map(Some),
            _ => None,
        })?
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub next: Vec<Edge>,
}

impl Step {
    /// Every expression of the step, its nested steps and its edges.
    pub fn exprs<'a>(&'a self, out: &mut Vec<&'a WExpr>) {
        let args = |a: &'a [(String, Arg)], out: &mut Vec<&'a WExpr>| {
            out.extend(a.iter().filter_map(|(_, a)| match a {
                Arg::Expr(e) => Some(e),
                Arg::Const(_) => None,
            }));
        };
        match &self.kind {
            StepKind::Op { args: a, .. } => args(a, out),
            StepKind::Transform { input, params, .. } => {
                out.push(input);
                args(params, out);
            }
            StepKind::Filter(e) | StepKind::SetCursor(e) => out.push(e),
            StepKind::ForEach {
                key,
                watermark,
                partition_by,
                body,
                ..
            } => {
                out.push(key);
                out.extend(watermark.iter());
                out.extend(partition_by.as_deref());
                body.steps.iter().for_each(|s| s.exprs(out));
            }
        }
        out.extend(self.next.iter().filter_map(|e| e.when.as_ref()));
    }

    /// The transforms the step (or one nested in it) runs.
    pub fn transforms<'a>(&'a self, out: &mut Vec<&'a str>) {
        match &self.kind {
            StepKind::Transform { name, .. } => out.push(name),
            StepKind::ForEach { body, .. } => body.steps.iter().for_each(|s| s.transforms(out)),
            StepKind::Op { .. } | StepKind::Filter(_) | StepKind::SetCursor(_) => {}
        }
    }

    /// Whether the step (or one nested in it) reads step `id`'s output or fans out over it.
    pub fn reads_step(&self, id: &str) -> bool {
        let fans = match &self.kind {
            StepKind::ForEach { over, body, .. } => {
                over == id || body.steps.iter().any(|s| s.reads_step(id))
            }
            _ => false,
        };
        let mut exprs = Vec::new();
        self.exprs(&mut exprs);
        fans || exprs
            .iter()
            .any(|e| mentions_step(e.text(), id) || reads_steps_otherwise(e.text()))
    }
}

/// Whether `text` reaches into `steps` other than through a step's name: `steps["map"]`,
/// `steps . map`, `steps` alone. Any step's output may then be read.
fn reads_steps_otherwise(text: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices("steps").any(|(i, _)| {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| ident(c) || c == '.') {
            // Part of another name, or a field of something else (`record.steps`).
            return false;
        }
        let rest = &text[i + "steps".len()..];
        match rest.strip_prefix('.') {
            Some(name) => !name.starts_with(ident),
            None => !rest.starts_with(ident),
        }
    })
}

/// Whether `text` contains `steps.ID` as a whole name.
fn mentions_step(text: &str, id: &str) -> bool {
    let pat = format!("steps.{id}");
    text.match_indices(&pat).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + pat.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Op {
        name: String,
        args: Vec<(String, Arg)>,
    },
    Transform {
        name: String,
        input: WExpr,
        params: Vec<(String, Arg)>,
    },
    Filter(WExpr),
    ForEach {
        over: String,
        concurrency: usize,
        key: WExpr,
        watermark: Option<WExpr>,
        /// Records with the same value run one after another (within the run and across
        /// concurrent runs of the workflow in the process); `null` or absent: no constraint.
        partition_by: Option<Box<WExpr>>,
        body: Pipeline,
        /// The top-level fields of `record` its expressions read, or `None` when one reads the
        /// record whole: what is parsed of a record that came as JSON text. Derived once, when
        /// the workflow is loaded.
        record_fields: Option<Vec<String>>,
    },
    SetCursor(WExpr),
}

impl StepKind {
    pub fn label(&self) -> String {
        match self {
            StepKind::Op { name, .. } => name.clone(),
            StepKind::Transform { name, .. } => format!("transform {name}"),
            StepKind::Filter(_) => "filter".into(),
            StepKind::ForEach { over, .. } => format!("for each of {over}"),
            StepKind::SetCursor(_) => "set cursor".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Expr(WExpr),
    Const(Value),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    Success,
    Failure,
    Always,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Step(usize),
    End,
}

#[derive(Debug, Clone)]
pub struct Edge {
    pub on: On,
    pub when: Option<WExpr>,
    pub to: Target,
}

/// Default fan-out concurrency (bounded: HIS must not see hundreds of parallel requests).
pub const DEFAULT_CONCURRENCY: usize = 8;
/// Upper bound on `concurrency:`.
pub const MAX_CONCURRENCY: usize = 256;
