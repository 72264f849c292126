//! What expressions in a run can read: `input` (the trigger input), `cursor` (where this run
//! started reading), `sync_start` (where the sync in progress began), `run`, `steps.ID`
//! (outputs of earlier steps, this list's and enclosing lists'), `record` (inside `for_each`) and
//! `error` (after a handled failure: `kind`, `message`, `step`; null before).
//!
//! A compiled transform's output that the workflow only passes whole to operations is kept
//! as the JSON its transform wrote ([`RawJson`], beside the object: see
//! [`crate::workflow::Workflow::raw_outputs`]), never as a value expressions could read.

use std::collections::HashMap;
use std::sync::Arc;

use mapping_dsl::rt::RawJson;
use serde_json::{Map, Value};

use crate::engine::ops::RecordPages;
use crate::engine::record::InHand;
use crate::store::{NewLogLine, Scrubber};

/// Log lines a record's steps wrote, kept to be stored with the page's outcomes.
pub(crate) type HeldLogs = Arc<std::sync::Mutex<Vec<NewLogLine>>>;

/// Values shared by every record of a fan-out (read-only, behind an `Arc`): the scope object
/// without `record` and `error`.
#[derive(Debug)]
pub struct Shared {
    pub vars: Map<String, Value>,
    /// Step outputs kept as written JSON, by step id.
    pub raw: Vec<(String, RawJson)>,
}

impl Shared {
    /// The run's top-level scope: `steps` starts empty.
    pub fn new(input: Value, cursor: Value, sync_start: Value, run: Value) -> Shared {
        let mut vars = Map::new();
        vars.insert("input".into(), input);
        vars.insert("cursor".into(), cursor);
        vars.insert("sync_start".into(), sync_start);
        vars.insert("run".into(), run);
        vars.insert("steps".into(), Value::Object(Map::new()));
        Shared {
            vars,
            raw: Vec::new(),
        }
    }

    pub fn get(&self, root: &str) -> &Value {
        self.vars.get(root).unwrap_or(&Value::Null)
    }
}

/// What expressions read, as one JSON object (see [`crate::workflow::expr`]).
#[derive(Debug)]
pub struct Scope {
    pub vars: Value,
    /// Step outputs kept as written JSON, by step id (what `steps.ID` passed whole to an
    /// operation reads; expressions never read into them).
    pub raw: Vec<(String, RawJson)>,
    /// Record streams by producing step; consumed by `for_each`.
    pub streams: HashMap<String, RecordPages>,
    /// The run's scrubber plus the personal values of the record in hand.
    pub scrub: Scrubber,
    /// Inside `for_each`: where the record's steps log (stored with the page's outcomes);
    /// `None`: straight to the store.
    pub held: Option<HeldLogs>,
    /// The record's JSON text when `record` holds only the fields expressions read (see
    /// [`super::record`]).
    pub record_json: Option<Box<str>>,
}

impl Scope {
    /// A scope over `shared` (cloned once: a record's scope is its own).
    pub fn new(shared: &Shared, record: Option<InHand>, scrub: Scrubber) -> Scope {
        let mut vars = shared.vars.clone();
        let mut record_json = None;
        if let Some(r) = record {
            vars.insert("record".into(), r.value);
            record_json = r.json;
        }
        vars.insert("error".into(), Value::Null);
        Scope {
            vars: Value::Object(vars),
            raw: shared.raw.clone(),
            streams: HashMap::new(),
            scrub,
            held: None,
            record_json,
        }
    }

    /// Takes the record back out of the scope (null when it had none).
    pub fn take_record(&mut self) -> InHand {
        let value = match &mut self.vars {
            Value::Object(m) => m.remove("record").unwrap_or(Value::Null),
            _ => Value::Null,
        };
        InHand {
            value,
            json: self.record_json.take(),
        }
    }

    fn root_mut(&mut self, root: &str) -> Option<&mut Value> {
        match &mut self.vars {
            Value::Object(m) => m.get_mut(root),
            _ => None,
        }
    }

    /// The output of step `id` (this list's or an enclosing list's).
    pub fn step(&self, id: &str) -> Option<&Value> {
        self.vars.get("steps").and_then(|s| s.get(id))
    }

    pub fn set_step(&mut self, id: &str, v: Value) {
        self.raw.retain(|(k, _)| k != id);
        if let Some(Value::Object(m)) = self.root_mut("steps") {
            m.insert(id.to_owned(), v);
        }
    }

    /// Sets the output of step `id` as the JSON its transform wrote.
    pub fn set_raw_step(&mut self, id: &str, v: RawJson) {
        if let Some(Value::Object(m)) = self.root_mut("steps") {
            m.remove(id);
        }
        match self.raw.iter_mut().find(|(k, _)| k == id) {
            Some((_, r)) => *r = v,
            None => self.raw.push((id.to_owned(), v)),
        }
    }

    pub fn set_error(&mut self, e: Value) {
        if let Some(x) = self.root_mut("error") {
            *x = e;
        }
    }

    /// A snapshot for a fan-out: this scope's step outputs become the records' outer steps.
    pub fn share(&self) -> Arc<Shared> {
        let mut vars = match &self.vars {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        vars.remove("record");
        vars.remove("error");
        Arc::new(Shared {
            vars,
            raw: self.raw.clone(),
        })
    }
}
