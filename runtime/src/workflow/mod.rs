//! Workflows: `mappings/<deployment>/workflows/*.yaml` (top-level key `workflow: NAME`), loaded
//! and validated at start with the same diagnostics as the mapping specs, compiled into
//! [`Workflow`] for the engine.

pub mod expr;
mod load;
pub mod spec;

use std::time::Duration;

use serde_json::Value;

pub use expr::WExpr;
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
    /// Record fields whose values are masked in logs.
    pub personal_fields: Vec<String>,
    pub timeout: Option<Duration>,
    pub steps: Pipeline,
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
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub next: Vec<Edge>,
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
        body: Pipeline,
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
