//! Transforms a workflow step can run, by registry name: the compiled ones from `generated`
//! first, else the interpreter over the checked mappings, else (tests) plain Rust functions.

use std::collections::HashMap;
use std::sync::Arc;

use mapping_dsl::rt::{Context, TransformError};
use serde_json::Value;

/// One record in, one record out (or `None`: dropped by the transform's `keep`).
pub type TransformFn =
    dyn Fn(&Value, &Context) -> Result<Option<Value>, TransformError> + Send + Sync;

/// A compiled transform writing its output as compact JSON (the bytes of the value
/// [`TransformFn`] returns) to a buffer; `Ok(false)`: dropped by `keep`.
pub type WriteFn = generated::RunValueJson;

/// A compiled transform reading a record's JSON text (the bytes a source sent, no value of it
/// built) and writing its output as [`WriteFn`] does; the same output as [`TransformFn`]'s.
pub type TextFn = generated::RunInto;

/// One registered transform.
#[derive(Clone)]
struct Registered {
    run: Arc<TransformFn>,
    /// `compiled`, `interpreted` or `builtin`.
    origin: &'static str,
    /// A compiled transform's writer of the same output (`None` for the interpreter's or a Rust
    /// function's).
    writer: Option<WriteFn>,
    /// A compiled transform's reader of a record's JSON text.
    text: Option<TextFn>,
}

#[derive(Clone, Default)]
pub struct Transforms {
    map: HashMap<String, Registered>,
    /// Compiled transforms left to the interpreter because their YAML changed since the build:
    /// name -> why (for each run's log).
    stale: HashMap<String, String>,
}

impl std::fmt::Debug for Transforms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.map.iter().map(|(k, v)| (k, v.origin)))
            .finish()
    }
}

impl Transforms {
    /// Registers `f` under `name`; `origin` says where it comes from (`compiled`, `interpreted`,
    /// `builtin`) for `mapwright show`.
    pub fn insert(&mut self, name: impl Into<String>, origin: &'static str, f: Arc<TransformFn>) {
        let r = Registered {
            run: f,
            origin,
            writer: None,
            text: None,
        };
        self.map.insert(name.into(), r);
    }

    /// Registers a compiled transform: `run`, the writer of the same output, `write`, and
    /// the same over a record's JSON text, `text`.
    pub fn insert_compiled(
        &mut self,
        name: &str,
        run: Arc<TransformFn>,
        write: WriteFn,
        text: TextFn,
    ) {
        let r = Registered {
            run,
            origin: "compiled",
            writer: Some(write),
            text: Some(text),
        };
        self.map.insert(name.to_owned(), r);
    }

    /// Adds `f` only when no transform of that name is registered (compiled ones win).
    pub fn insert_fallback(
        &mut self,
        name: impl Into<String>,
        origin: &'static str,
        f: Arc<TransformFn>,
    ) {
        self.map.entry(name.into()).or_insert(Registered {
            run: f,
            origin,
            writer: None,
            text: None,
        });
    }

    pub fn get(&self, name: &str) -> Option<&Arc<TransformFn>> {
        self.map.get(name).map(|v| &v.run)
    }

    /// The writer of compiled transform `name` (`None` for one the interpreter or a Rust
    /// function runs).
    pub fn writer(&self, name: &str) -> Option<WriteFn> {
        self.map.get(name).and_then(|v| v.writer)
    }

    /// The reader of a record's JSON text of compiled transform `name` (`None` for one the
    /// interpreter or a Rust function runs).
    pub fn text_reader(&self, name: &str) -> Option<TextFn> {
        self.map.get(name).and_then(|v| v.text)
    }

    pub fn origin(&self, name: &str) -> Option<&'static str> {
        self.map.get(name).map(|v| v.origin)
    }

    /// Records why a compiled transform is left to the interpreter (logged by every run).
    pub(crate) fn mark_stale(&mut self, name: &str, why: String) {
        self.stale.insert(name.to_owned(), why);
    }

    /// Why a transform that was compiled runs in the interpreter, if it does.
    pub fn stale(&self, name: &str) -> Option<&str> {
        self.stale.get(name).map(String::as_str)
    }

    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.map.keys().cloned().collect();
        v.sort();
        v
    }
}

impl Transforms {
    /// The compiled registry plus, for transforms it lacks, the interpreter over the checked
    /// deployments (those without errors). A compiled transform whose deployment's specs have
    /// changed since the binary was built (another fingerprint) is left out, with a warning:
    /// the interpreter runs what the specs say now.
    pub fn compiled_then_interpreted(checked: &[mapping_dsl::Checked]) -> Transforms {
        let mut t = Transforms::default();
        let loaded: std::collections::BTreeMap<&str, &str> = checked
            .iter()
            .filter_map(|c| c.deployment.as_ref())
            .map(|d| (d.name.as_str(), d.fingerprint.as_str()))
            .collect();
        for e in generated::registry() {
            if let Some(now) = loaded.get(e.deployment).filter(|fp| **fp != e.fingerprint) {
                let why = format!(
                    "transform `{}` runs in the interpreter: the YAML of deployment `{}` changed \
                     since this binary was built (fingerprint {} then, {now} now); run `cargo gen` \
                     and rebuild to compile it again",
                    e.name, e.deployment, e.fingerprint
                );
                tracing::warn!("{why}");
                t.mark_stale(e.name, why);
                continue;
            }
            t.insert_compiled(e.name, Arc::new(e.run_value), e.run_value_json, e.run_into);
        }
        for c in checked {
            let Some(dep) = &c.deployment else { continue };
            let dep = Arc::new(dep.clone());
            for (i, tr) in dep.transforms.iter().enumerate() {
                let d = dep.clone();
                t.insert_fallback(
                    tr.name.clone(),
                    "interpreted",
                    Arc::new(move |r: &Value, cx: &Context| {
                        mapping_dsl::interp::run_record(&d, &d.transforms[i], r, cx)
                    }),
                );
            }
        }
        t
    }
}
