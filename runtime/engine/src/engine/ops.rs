//! Operations a workflow step can call (`primero.cases_since`, `moph.upsert_primeroservice`…):
//! their signatures (checked when workflows load) and the [`Operation`] trait the engine calls.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use futures_util::future::BoxFuture;
use mapping_dsl::rt::RawJson;
use serde_json::{Map, Value};

use crate::store::{Level, Outcome};

pub use crate::workflow::sig::{ArgSig, OpSig, Output};

/// Pages of records, produced while they are consumed (bounded channel: at most a couple of
/// pages are in memory at once).
pub type RecordPages = tokio::sync::mpsc::Receiver<Result<Page, OpError>>;

/// One record of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Value(Value),
    /// The JSON text the source sent (one value). The fan-out parses only the fields its
    /// expressions read, and a compiled transform whose input is the record reads the text.
    Json {
        text: Box<str>,
        /// Those fields, already parsed by the source (an object holding at least the ones
        /// [`Args::record_fields`] named, those the record has); `None`: not parsed.
        picked: Option<Map<String, Value>>,
    },
}

/// One page of records.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub records: Vec<Record>,
    /// A promise about the records still to come: each has a value of the field the operation
    /// selects by (`since`; for `primero.cases_since`, `last_updated_at`) at or after this one.
    /// With it, a fan-out whose `watermark` is that field can persist the cursor here once this
    /// page and every page before it is delivered. `None`: no promise (the cursor moves at the
    /// end only).
    pub rest_from: Option<Value>,
}

impl Page {
    pub fn new(records: Vec<Value>) -> Page {
        Page {
            records: records.into_iter().map(Record::Value).collect(),
            rest_from: None,
        }
    }
}

/// What an operation produced.
#[derive(Debug)]
pub enum OpValue {
    Json(Value),
    Records(RecordPages),
    Delivered { outcome: Outcome, value: Value },
}

/// Why an operation failed. `kind` is what edge conditions read as `error.kind`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct OpError {
    pub kind: ErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The remote system does not know the record (HIS 404 `MODEL_NOT_FOUND`).
    NotFound,
    /// The input cannot be used (missing national id or record id): retrying will not help.
    Invalid,
    /// Anything else: HTTP errors after retries, timeouts, malformed bodies, transform errors.
    Failed,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::Invalid => "invalid",
            ErrorKind::Failed => "failed",
        }
    }
}

impl OpError {
    pub fn failed(message: impl Into<String>) -> Self {
        OpError {
            kind: ErrorKind::Failed,
            message: message.into(),
        }
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        OpError {
            kind: ErrorKind::NotFound,
            message: message.into(),
        }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        OpError {
            kind: ErrorKind::Invalid,
            message: message.into(),
        }
    }
}

/// What an operation may use besides its arguments: a scrubbed logger for this step.
pub trait OpLog: Send + Sync {
    fn log(&self, level: Level, message: String) -> BoxFuture<'_, ()>;
}

/// An operation's arguments by name. A value an argument reads from the run's scope as is
/// (`value: steps.map`, `data: record`) is borrowed from it, not copied: an operation that only
/// reads its arguments never copies them, and one that needs a value of its own takes it
/// ([`Args::take`], which copies only a borrowed value). A step output kept as written JSON
/// ([`RawJson`]) is passed as it is: [`Args::json`] hands it on (to be spliced into a request
/// body), and [`Args::get`] parses it, once, for an operation that reads into it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Args<'a> {
    items: Vec<(String, ArgValue<'a>)>,
    /// For an operation that produces records: the top-level fields the fan-out over them
    /// reads, when it reads only those (`None`: whole, or nothing fans out over them).
    record_fields: Option<&'a [String]>,
}

/// One argument's value.
#[derive(Debug, Clone, PartialEq)]
enum ArgValue<'a> {
    Value(Cow<'a, Value>),
    /// A step output kept as written JSON, and its value once [`Args::get`] needed it.
    Raw(&'a RawJson, OnceLock<Value>),
}

impl ArgValue<'_> {
    fn value(&self) -> &Value {
        match self {
            ArgValue::Value(v) => v,
            ArgValue::Raw(r, parsed) => parsed.get_or_init(|| parse(r)),
        }
    }

    fn into_owned(self) -> Value {
        match self {
            ArgValue::Value(v) => v.into_owned(),
            ArgValue::Raw(r, parsed) => parsed.into_inner().unwrap_or_else(|| parse(r)),
        }
    }
}

/// The value of JSON our writer wrote (always JSON: `null` is never reached).
fn parse(r: &RawJson) -> Value {
    r.to_value().unwrap_or(Value::Null)
}

/// An argument as JSON to send on: a value, or a step output as the JSON its transform wrote
/// (serialised by `mapwright_rt::write_json`, its text is spliced in as it is).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum JsonArg<'a> {
    Value(&'a Value),
    Raw(&'a RawJson),
}

impl serde::Serialize for JsonArg<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonArg::Value(v) => v.serialize(s),
            JsonArg::Raw(r) => r.serialize(s),
        }
    }
}

impl<'a> Args<'a> {
    /// Sets argument `name` (replacing a value of that name).
    pub fn insert(&mut self, name: &str, value: Cow<'a, Value>) {
        self.set(name, ArgValue::Value(value));
    }

    /// Sets argument `name` to a step output kept as written JSON.
    pub fn insert_raw(&mut self, name: &str, value: &'a RawJson) {
        self.set(name, ArgValue::Raw(value, OnceLock::new()));
    }

    fn set(&mut self, name: &str, value: ArgValue<'a>) {
        match self.items.iter_mut().find(|(k, _)| k == name) {
            Some((_, v)) => *v = value,
            None => self.items.push((name.to_owned(), value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.items
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.value())
    }

    /// Argument `name` to send on as JSON, without building a value of a raw one.
    pub fn json(&self, name: &str) -> Option<JsonArg<'_>> {
        self.items
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| match v {
                ArgValue::Value(v) => JsonArg::Value(v),
                ArgValue::Raw(r, _) => JsonArg::Raw(r),
            })
    }

    /// The top-level fields of the records this operation produces that the fan-out over
    /// them reads, when it reads only those: a source of records as JSON text may parse just
    /// them ([`Record::Json`]'s `picked`). `None`: the records are read whole.
    pub fn record_fields(&self) -> Option<&'a [String]> {
        self.record_fields
    }

    pub(crate) fn set_record_fields(&mut self, fields: Option<&'a [String]>) {
        self.record_fields = fields;
    }

    /// Removes argument `name` and returns it as a value of its own.
    pub fn take(&mut self, name: &str) -> Option<Value> {
        let i = self.items.iter().position(|(k, _)| k == name)?;
        Some(self.items.swap_remove(i).1.into_owned())
    }

    /// Every argument as a value of its own.
    pub fn into_map(self) -> Map<String, Value> {
        self.items
            .into_iter()
            .map(|(k, v)| (k, v.into_owned()))
            .collect()
    }
}

impl From<Map<String, Value>> for Args<'static> {
    fn from(m: Map<String, Value>) -> Self {
        Args {
            items: m
                .into_iter()
                .map(|(k, v)| (k, ArgValue::Value(Cow::Owned(v))))
                .collect(),
            record_fields: None,
        }
    }
}

/// An adaptor operation.
pub trait Operation: Send + Sync {
    fn sig(&self) -> &OpSig;
    fn call<'a>(
        &'a self,
        args: Args<'a>,
        log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>>;
}

/// The operations a run may call, by name.
#[derive(Clone, Default)]
pub struct Ops {
    map: HashMap<String, Arc<dyn Operation>>,
}

impl std::fmt::Debug for Ops {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<_> = self.map.keys().collect();
        names.sort();
        f.debug_struct("Ops").field("names", &names).finish()
    }
}

impl Ops {
    pub fn insert(&mut self, op: Arc<dyn Operation>) {
        self.map.insert(op.sig().name.clone(), op);
    }
    pub fn get(&self, name: &str) -> Option<&Arc<dyn Operation>> {
        self.map.get(name)
    }
    pub fn sigs(&self) -> Vec<OpSig> {
        let mut v: Vec<OpSig> = self.map.values().map(|o| o.sig().clone()).collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    }
}

/// Reads a string argument, or fails with `invalid` naming it.
pub fn arg_str<'a>(args: &'a Args<'_>, name: &str) -> Result<&'a str, OpError> {
    match args.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s),
        Some(Value::Null) | None => Err(OpError::invalid(format!("argument `{name}` is missing"))),
        Some(Value::String(_)) => Err(OpError::invalid(format!("argument `{name}` is empty"))),
        Some(_) => Err(OpError::invalid(format!(
            "argument `{name}` must be a string"
        ))),
    }
}

/// A closure-backed operation (tests, small built-ins).
pub struct FnOp<F> {
    pub sig: OpSig,
    pub f: F,
}

impl<F> Operation for FnOp<F>
where
    F: Fn(Map<String, Value>) -> BoxFuture<'static, Result<OpValue, OpError>> + Send + Sync,
{
    fn sig(&self) -> &OpSig {
        &self.sig
    }
    fn call<'a>(
        &'a self,
        args: Args<'a>,
        _log: &'a dyn OpLog,
    ) -> BoxFuture<'a, Result<OpValue, OpError>> {
        (self.f)(args.into_map())
    }
}
