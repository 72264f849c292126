//! The context a transform runs in (the interpreter's and generated code's alike): parameters,
//! the clock, and the counters of what happened to records that did not fail.

use std::collections::BTreeMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};

/// What a transform runs with: parameters, an injected clock, and counters.
#[derive(Debug)]
pub struct Context {
    /// Parameter values by name (already typed-checked by the caller, defaults filled in).
    pub params: BTreeMap<String, serde_json::Value>,
    /// The clock `today()` reads; injected so tests are deterministic.
    pub now: DateTime<Utc>,
    pub counters: Counters,
}

impl Context {
    pub fn new(now: DateTime<Utc>) -> Self {
        Context {
            params: BTreeMap::new(),
            now,
            counters: Counters::default(),
        }
    }

    pub fn with_param(mut self, name: impl Into<String>, value: serde_json::Value) -> Self {
        self.params.insert(name.into(), value);
        self
    }
}

/// Counts of what happened to records that did not fail: coercions applied (per field path
/// and kind) and unknown codes passed by policy (per option set). Never silent.
#[derive(Debug, Default)]
pub struct Counters {
    inner: Mutex<CounterMaps>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CounterMaps {
    /// `(field path, coercion name)` -> count.
    pub coercions: BTreeMap<(String, String), u64>,
    /// `(option set or value map, code)` -> count.
    pub unknown_codes: BTreeMap<(String, String), u64>,
    /// `(option set, code)` -> count: codes of the set without a label in the output language,
    /// written by the `missing_label` policy (the code, `""` or null) instead of a label.
    pub missing_labels: BTreeMap<(String, String), u64>,
    /// `(questionnaire code, question text)` -> count: questions of a questionnaire in the input
    /// that its table does not list (a relabelled or new question: drift).
    pub unmatched_questions: BTreeMap<(String, String), u64>,
    /// `(questionnaire code, question text)` -> count: questions a table lists that a present
    /// questionnaire lacks (their `answer:` fields are absent).
    pub missing_questions: BTreeMap<(String, String), u64>,
}

impl CounterMaps {
    /// Whether nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.coercions.is_empty()
            && self.unknown_codes.is_empty()
            && self.missing_labels.is_empty()
            && self.unmatched_questions.is_empty()
            && self.missing_questions.is_empty()
    }
}

impl Counters {
    pub fn coercion(&self, field: &str, kind: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.coercions
                .entry((field.to_owned(), kind.to_owned()))
                .or_default() += 1;
        }
    }

    pub fn unknown_code(&self, set: &str, code: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.unknown_codes
                .entry((set.to_owned(), code.to_owned()))
                .or_default() += 1;
        }
    }

    pub fn missing_label(&self, set: &str, code: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.missing_labels
                .entry((set.to_owned(), code.to_owned()))
                .or_default() += 1;
        }
    }

    pub fn unmatched_question(&self, questionnaire: &str, text: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.unmatched_questions
                .entry((questionnaire.to_owned(), text.to_owned()))
                .or_default() += 1;
        }
    }

    pub fn missing_question(&self, questionnaire: &str, text: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.missing_questions
                .entry((questionnaire.to_owned(), text.to_owned()))
                .or_default() += 1;
        }
    }

    pub fn snapshot(&self) -> CounterMaps {
        self.inner.lock().map(|m| m.clone()).unwrap_or_default()
    }
}
