//! The interpreter: runs a checked transform over `serde_json::Value` records. `mapwright
//! preview` uses it, and a differential test holds generated code to the same results.
//!
//! The input is borrowed, never cloned (unless a lenient coercion rewrites a value); outputs
//! are built directly. Expressions go through `expr::eval`, translations and value maps through
//! the stdlib helpers that generated code calls too.

mod batch;
mod empty;
mod input;
mod lets;
mod parse;
mod why;

pub use batch::{BatchOptions, Outcome, run_batch};
pub use empty::apply_empty;
pub use input::prepare;
pub use parse::RecordParser;
pub use why::{SourceText, why_dropped};

use serde_json::{Map, Value};

use crate::expr::{Frame, eval, eval_bool};
use crate::ir::{
    Deployment, Expr, FieldRule, ObjectRule, Path, PathRoot, Step, TExpr, Transform, ValueRule,
};
use crate::rt::{Context, ErrorKind, TransformError};
use crate::stdlib::translate;

/// Runs `t` over one record. `Ok(None)`: the record was dropped by `keep`.
pub fn run_record(
    dep: &Deployment,
    t: &Transform,
    record: &Value,
    ctx: &Context,
) -> Result<Option<Value>, TransformError> {
    let input = prepare(&t.input, &t.coercions, record, ctx)
        .map_err(|e| with_key(e, t, record, dep, ctx))?;
    let rec: &Value = &input;
    let frame = Frame::new(rec, ctx).with_deployment(dep);
    let lets = lets::eval_lets(t, &frame).map_err(|e| with_key(e, t, rec, dep, ctx))?;
    let frame = frame.with_lets(&lets);
    let run = || -> Result<Option<Value>, TransformError> {
        if let Some(k) = &t.keep
            && !eval_bool(k, &frame).map_err(|e| TransformError::new("keep", e))?
        {
            return Ok(None);
        }
        drift(t, &frame)?;
        let mut path = Vec::new();
        let out = Runner {
            dep,
            ctx,
            record: rec,
            lets: &lets,
        }
        .object(&t.output, &mut Vec::new(), &mut path)?;
        Ok(Some(out))
    };
    run().map_err(|e| with_key(e, t, rec, dep, ctx))
}

/// Counts (or, with `policy.unmatched_question: fail`, fails on) the questions of each present
/// questionnaire that its table does not list, and the listed ones it lacks.
fn drift(t: &Transform, frame: &Frame<'_>) -> Result<(), TransformError> {
    for q in &t.questionnaires {
        let (expected, ignored) = (q.expected(), q.ignored());
        for (_, list) in &q.weeks {
            let at = || format!("questionnaires.{}", q.name);
            let v = eval(list, frame).map_err(|e| TransformError::new(at(), e))?;
            crate::stdlib::questionnaire::drift(
                Some(v.as_ref()),
                &expected,
                &ignored,
                t.fail_unmatched_question,
                &q.code,
                &frame.ctx.counters,
            )
            .map_err(|e| TransformError::new(at(), e))?;
        }
    }
    Ok(())
}

/// Fills the record key in (evaluated only when a record fails).
fn with_key(
    mut e: TransformError,
    t: &Transform,
    record: &Value,
    dep: &Deployment,
    ctx: &Context,
) -> TransformError {
    if e.record.is_none()
        && let Some(k) = &t.key
        && let Ok(v) = eval(k, &Frame::new(record, ctx).with_deployment(dep))
    {
        e.record = match v.as_ref() {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        };
    }
    e
}

/// One step of an output path, for error messages (`family[2].relation`).
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn render(path: &[Seg<'_>]) -> String {
    let mut s = String::new();
    for p in path {
        match p {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

struct Runner<'a> {
    dep: &'a Deployment,
    ctx: &'a Context,
    record: &'a Value,
    lets: &'a [(&'a str, Value)],
}

impl<'a> Runner<'a> {
    fn frame<'f>(&'f self, elements: &'f [&'f Value]) -> Frame<'f> {
        Frame::new(self.record, self.ctx)
            .with_deployment(self.dep)
            .with_elements(elements)
            .with_lets(self.lets)
    }

    fn object<'e, 'r>(
        &self,
        o: &'r ObjectRule,
        elements: &mut Vec<&'e Value>,
        path: &mut Vec<Seg<'r>>,
    ) -> Result<Value, TransformError>
    where
        'a: 'e,
    {
        let mut out = Map::with_capacity(o.fields.len());
        for f in &o.fields {
            path.push(Seg::Key(&f.name));
            let r = self.field(f, elements, path);
            path.pop();
            if let Some(v) = r? {
                out.insert(f.name.clone(), v);
            }
        }
        Ok(Value::Object(out))
    }

    fn fail(path: &[Seg<'_>], kind: ErrorKind) -> TransformError {
        TransformError::new(render(path), kind)
    }

    /// A plain path, resolved without copying: the list an `each` walks.
    fn resolve<'e>(&self, p: &Path, elements: &[&'e Value]) -> Option<&'e Value>
    where
        'a: 'e,
    {
        let mut v: &'e Value = match p.root {
            PathRoot::Record => self.record,
            PathRoot::Element(d) => elements.get(d as usize).copied()?,
            PathRoot::It(_) => return None,
        };
        for s in &p.steps {
            v = match (s, v) {
                (Step::Field(f), Value::Object(m)) => m.get(f).unwrap_or(&NULL),
                (Step::Index(i), Value::Array(a)) => a.get(*i).unwrap_or(&NULL),
                _ => &NULL,
            };
        }
        Some(v)
    }

    fn field<'e, 'r>(
        &self,
        f: &'r FieldRule,
        elements: &mut Vec<&'e Value>,
        path: &mut Vec<Seg<'r>>,
    ) -> Result<Option<Value>, TransformError>
    where
        'a: 'e,
    {
        if let Some(w) = &f.when {
            let fr = self.frame(elements);
            if !eval_bool(w, &fr).map_err(|k| Self::fail(path, k))? {
                return Ok(None);
            }
        }
        let mut v = match &f.value {
            ValueRule::Expr(e) => {
                let fr = self.frame(elements);
                eval(e, &fr).map_err(|k| Self::fail(path, k))?.into_owned()
            }
            ValueRule::Const(c) => c.clone(),
            ValueRule::Translate {
                source,
                set,
                multi: _,
                lang,
                unknown,
                missing_label,
            } => {
                let fr = self.frame(elements);
                let src = eval(source, &fr).map_err(|k| Self::fail(path, k))?;
                let os =
                    self.dep.option_sets.get(set).ok_or_else(|| {
                        Self::fail(path, no_table("translate", "option set", set))
                    })?;
                let one = |code: &Value, path: &[Seg<'_>]| -> Result<Value, TransformError> {
                    let c = code_text(code).ok_or_else(|| {
                        Self::fail(
                            path,
                            ErrorKind::WrongType {
                                expected: "an option code".into(),
                                found: crate::stdlib::json::type_name(code).into(),
                            },
                        )
                    })?;
                    let l = translate::label(
                        os,
                        &c,
                        lang,
                        *unknown,
                        *missing_label,
                        &self.ctx.counters,
                    )
                    .map_err(|k| Self::fail(path, k))?;
                    Ok(translate::translated(&c, l))
                };
                if src.is_null() || lets::unanswered(&src) {
                    Value::Null
                } else {
                    per_element(&src, path, lets::unanswered, one)?
                }
            }
            ValueRule::Map {
                source,
                map,
                unknown,
            } => {
                let fr = self.frame(elements);
                let src = eval(source, &fr).map_err(|k| Self::fail(path, k))?;
                let vm = self
                    .dep
                    .value_maps
                    .get(map)
                    .ok_or_else(|| Self::fail(path, no_table("map", "value map", map)))?;
                let one = |x: &Value, path: &[Seg<'_>]| -> Result<Value, TransformError> {
                    if x.is_null() {
                        return Ok(Value::Null);
                    }
                    let k = translate::map_key(x).map_err(|e| Self::fail(path, e))?;
                    translate::lookup(vm, &k, *unknown, &self.ctx.counters)
                        .map(|c| c.into_owned())
                        .map_err(|e| Self::fail(path, e))
                };
                per_element(&src, path, |_| false, one)?
            }
            ValueRule::Object(body) => self.object(body, elements, path)?,
            ValueRule::Each {
                source,
                keep,
                body,
                depth: _,
            } => {
                let direct = match &source.kind {
                    Expr::Path(p) => self.resolve(p, elements),
                    _ => None,
                };
                match direct {
                    Some(items) => self.each(items, keep.as_ref(), body, elements, path)?,
                    None => {
                        // A computed list (`filter(...)`): it lives here, and so do its elements.
                        let list = {
                            let fr = self.frame(elements);
                            eval(source, &fr)
                                .map_err(|k| Self::fail(path, k))?
                                .into_owned()
                        };
                        let mut els: Vec<&Value> = elements.to_vec();
                        self.each(&list, keep.as_ref(), body, &mut els, path)?
                    }
                }
            }
        };
        if v.is_null()
            && let Some(d) = &f.default
        {
            v = d.clone();
        }
        Ok(apply_empty(v, &f.empty))
    }

    fn each<'e, 'r>(
        &self,
        items: &'e Value,
        keep: Option<&TExpr>,
        body: &'r ObjectRule,
        elements: &mut Vec<&'e Value>,
        path: &mut Vec<Seg<'r>>,
    ) -> Result<Value, TransformError>
    where
        'a: 'e,
    {
        let list = match items {
            Value::Null => return Ok(Value::Null),
            Value::Array(a) => a,
            other => {
                return Err(Self::fail(
                    path,
                    ErrorKind::WrongType {
                        expected: "list".into(),
                        found: crate::stdlib::json::type_name(other).into(),
                    },
                ));
            }
        };
        let mut out = Vec::with_capacity(list.len());
        for (i, x) in list.iter().enumerate() {
            elements.push(x);
            path.push(Seg::Index(i));
            let r = self.element(keep, body, elements, path);
            path.pop();
            elements.pop();
            if let Some(v) = r? {
                out.push(v);
            }
        }
        Ok(Value::Array(out))
    }

    fn element<'e, 'r>(
        &self,
        keep: Option<&TExpr>,
        body: &'r ObjectRule,
        elements: &mut Vec<&'e Value>,
        path: &mut Vec<Seg<'r>>,
    ) -> Result<Option<Value>, TransformError>
    where
        'a: 'e,
    {
        if let Some(k) = keep {
            let fr = self.frame(elements);
            if !eval_bool(k, &fr).map_err(|e| Self::fail(path, e))? {
                return Ok(None);
            }
        }
        self.object(body, elements, path).map(Some)
    }
}

static NULL: Value = Value::Null;

fn code_text(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    match v {
        Value::String(s) => Some(std::borrow::Cow::Borrowed(s)),
        Value::Number(n) => Some(std::borrow::Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(std::borrow::Cow::Owned(b.to_string())),
        _ => None,
    }
}

/// `one` applied to a value, or to each element of a list with the element's index on the path
/// (leaving out the elements `skip` picks): the per-code half of `translate:` and `map:` rules.
fn per_element<'r>(
    src: &Value,
    path: &mut Vec<Seg<'r>>,
    skip: impl Fn(&Value) -> bool,
    one: impl Fn(&Value, &[Seg<'r>]) -> Result<Value, TransformError>,
) -> Result<Value, TransformError> {
    let Value::Array(items) = src else {
        return one(src, path);
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        if skip(x) {
            continue;
        }
        path.push(Seg::Index(i));
        let r = one(x, path);
        path.pop();
        out.push(r?);
    }
    Ok(Value::Array(out))
}

/// A rule names an option set or value map the deployment does not have (the checker rules it
/// out; an IR built by hand can still say it).
fn no_table(function: &str, what: &str, name: &str) -> ErrorKind {
    ErrorKind::Function {
        function: function.into(),
        reason: format!("no {what} `{name}`"),
    }
}
