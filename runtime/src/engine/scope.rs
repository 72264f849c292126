//! What expressions in a run can read: `input` (the trigger input), `cursor`, `run`, `steps.ID`
//! (outputs of earlier steps, this list's and enclosing lists'), `record` (inside `for_each`) and
//! `error` (after a handled failure: `kind`, `message`, `step`).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

use crate::engine::ops::RecordPages;
use crate::store::Scrubber;
use crate::workflow::expr::{Seg, walk};

/// Values shared by every record of a fan-out (read-only, behind an `Arc`).
#[derive(Debug, Default)]
pub struct Shared {
    pub input: Value,
    pub cursor: Value,
    pub run: Value,
    /// Outputs of the steps of enclosing lists.
    pub outer: HashMap<String, Value>,
}

#[derive(Debug)]
pub struct Scope {
    pub shared: Arc<Shared>,
    pub steps: HashMap<String, Value>,
    /// Record streams by producing step; consumed by `for_each`.
    pub streams: HashMap<String, RecordPages>,
    pub record: Option<Value>,
    pub error: Option<Value>,
    /// The run's scrubber plus the personal values of the record in hand.
    pub scrub: Scrubber,
}

impl Scope {
    pub fn new(shared: Arc<Shared>, record: Option<Value>, scrub: Scrubber) -> Scope {
        Scope {
            shared,
            steps: HashMap::new(),
            streams: HashMap::new(),
            record,
            error: None,
            scrub,
        }
    }

    /// Resolves a path; a missing field is `null`, an unknown root or step is an error.
    pub fn resolve(&self, segs: &[Seg]) -> Result<Value, String> {
        let Some(Seg::Field(root)) = segs.first() else {
            return Ok(Value::Null);
        };
        let rest = &segs[1..];
        let base: &Value = match root.as_str() {
            "input" => &self.shared.input,
            "cursor" => &self.shared.cursor,
            "run" => &self.shared.run,
            "record" => self
                .record
                .as_ref()
                .ok_or("`record` is only available inside for_each")?,
            "error" => match &self.error {
                Some(e) => e,
                None => return Ok(Value::Null),
            },
            "steps" => {
                let Some(Seg::Field(id)) = rest.first() else {
                    return Err("`steps` must be followed by a step id".into());
                };
                let v = self
                    .steps
                    .get(id)
                    .or_else(|| self.shared.outer.get(id))
                    .ok_or_else(|| {
                        format!("step `{id}` has not run (or produced records, not a value)")
                    })?;
                return Ok(walk(v, &rest[1..]).cloned().unwrap_or(Value::Null));
            }
            other => return Err(format!("`{other}` is not available here")),
        };
        Ok(walk(base, rest).cloned().unwrap_or(Value::Null))
    }

    /// A snapshot for a fan-out: this scope's step outputs become the records' outer steps.
    pub fn share(&self) -> Arc<Shared> {
        let mut outer = self.shared.outer.clone();
        for (k, v) in &self.steps {
            outer.insert(k.clone(), v.clone());
        }
        Arc::new(Shared {
            input: self.shared.input.clone(),
            cursor: self.shared.cursor.clone(),
            run: self.shared.run.clone(),
            outer,
        })
    }
}

/// The string values of `fields` at the top level of `v` (personal data to mask in logs).
pub fn personal_values(v: &Value, fields: &[String]) -> Vec<String> {
    let Value::Object(m) = v else {
        return Vec::new();
    };
    fields
        .iter()
        .filter_map(|f| m.get(f))
        .filter_map(|x| x.as_str().map(str::to_owned))
        .collect()
}
