//! What expressions in a run can read: `input` (the trigger input), `cursor` (where this run
//! started reading), `sync_start` (where the sync in progress began), `run`, `steps.ID`
//! (outputs of earlier steps, this list's and enclosing lists'), `record` (inside `for_each`) and
//! `error` (after a handled failure: `kind`, `message`, `step`; null before).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::engine::ops::RecordPages;
use crate::store::{NewLogLine, Scrubber};

/// Log lines a record's steps wrote, kept to be stored with the page's outcomes.
pub(crate) type HeldLogs = Arc<std::sync::Mutex<Vec<NewLogLine>>>;

/// Values shared by every record of a fan-out (read-only, behind an `Arc`): the scope object
/// without `record` and `error`.
#[derive(Debug)]
pub struct Shared {
    pub vars: Map<String, Value>,
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
        Shared { vars }
    }

    pub fn get(&self, root: &str) -> &Value {
        self.vars.get(root).unwrap_or(&Value::Null)
    }
}

/// What expressions read, as one JSON object (see [`crate::workflow::expr`]).
#[derive(Debug)]
pub struct Scope {
    pub vars: Value,
    /// Record streams by producing step; consumed by `for_each`.
    pub streams: HashMap<String, RecordPages>,
    /// The run's scrubber plus the personal values of the record in hand.
    pub scrub: Scrubber,
    /// Inside `for_each`: where the record's steps log (stored with the page's outcomes);
    /// `None`: straight to the store.
    pub held: Option<HeldLogs>,
}

impl Scope {
    /// A scope over `shared` (cloned once: a record's scope is its own).
    pub fn new(shared: &Shared, record: Option<Value>, scrub: Scrubber) -> Scope {
        let mut vars = shared.vars.clone();
        if let Some(r) = record {
            vars.insert("record".into(), r);
        }
        vars.insert("error".into(), Value::Null);
        Scope {
            vars: Value::Object(vars),
            streams: HashMap::new(),
            scrub,
            held: None,
        }
    }

    /// Takes `record` back out of the scope (null when it had none).
    pub fn take_record(&mut self) -> Value {
        match &mut self.vars {
            Value::Object(m) => m.remove("record").unwrap_or(Value::Null),
            _ => Value::Null,
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
        if let Some(Value::Object(m)) = self.root_mut("steps") {
            m.insert(id.to_owned(), v);
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
        Arc::new(Shared { vars })
    }
}

/// The values of the personal-data `fields` anywhere in `v` (a family member's name in a
/// subform, a diagnosis code in a visit's activities): strings, numbers, and every string or
/// number below such a field. Masked wherever they reappear in logs, outcomes and e-mails.
pub fn personal_values(v: &Value, fields: &[String]) -> Vec<String> {
    fn leaves(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Number(n) => out.push(n.to_string()),
            Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
            Value::Object(m) => m.values().for_each(|x| leaves(x, out)),
            Value::Bool(_) | Value::Null => {}
        }
    }
    fn walk(v: &Value, fields: &Fields<'_>, out: &mut Vec<String>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| walk(x, fields, out)),
            Value::Object(m) => {
                for (k, x) in m {
                    if fields.has(k) {
                        leaves(x, out);
                    } else {
                        walk(x, fields, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &Fields::new(fields), &mut out);
    out.sort();
    out.dedup();
    out
}

/// The personal-data field names, with the set of their lengths: most keys of a record (a case
/// has hundreds, at every depth) have a length no field has and are passed over with one test,
/// where comparing each key with every field cost ~60 k instructions per case.
struct Fields<'a> {
    names: &'a [String],
    /// Bit `n`: a field is `n` bytes long (n < 128).
    lens: u128,
    /// A field is 128 bytes or longer.
    long: bool,
}

impl<'a> Fields<'a> {
    fn new(names: &'a [String]) -> Fields<'a> {
        let mut lens = 0u128;
        let mut long = false;
        for n in names {
            match n.len() {
                l @ 0..128 => lens |= 1 << l,
                _ => long = true,
            }
        }
        Fields { names, lens, long }
    }

    fn has(&self, key: &str) -> bool {
        let maybe = match key.len() {
            l @ 0..128 => self.lens >> l & 1 == 1,
            _ => self.long,
        };
        maybe && self.names.iter().any(|f| f == key)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::personal_values;

    #[test]
    fn personal_values_are_found_by_exact_name_at_any_depth_and_length() {
        let long = "x".repeat(130);
        let longer = "x".repeat(131);
        let fields = vec![
            "name".to_owned(),
            "cid".to_owned(),
            String::new(),
            long.clone(),
        ];
        let v = json!({
            "name": "Somchai", "nams": "not a field", "cid": 1101700203451_u64,
            "family": [{"name": {"first": "Malee", "n": [7]}, "cie": "no"}],
            "": "empty key", long.clone(): "long key", longer: "longer key",
            "x": {"y": {"cid": ["3", null, true]}}, "Name": "case differs"
        });
        assert_eq!(
            personal_values(&v, &fields),
            [
                "1101700203451",
                "3",
                "7",
                "Malee",
                "Somchai",
                "empty key",
                "long key"
            ]
        );
        assert!(personal_values(&v, &[]).is_empty());
        assert!(personal_values(&v, &["nothing".to_owned()]).is_empty());
    }
}
