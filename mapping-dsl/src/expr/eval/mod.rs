//! The evaluator: a checked [`TExpr`] over JSON. Paths borrow from the record; only computed
//! values are allocated. Arithmetic follows the static type (int op int is int, anything with a
//! number is f64), so results match generated code, which works from the same types.

mod call;
mod text;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Number, Value};

use crate::ir::{
    Answer, AnswerForm, BinOp, Deployment, Expr, Lit, OptionSet, Path, PathRoot, Step, TExpr,
    UnaryOp, ValueMap,
};
use crate::rt::{Context, ErrorKind};
use crate::stdlib::json::{self, wrong};
use crate::stdlib::{ops, questionnaire};
use crate::types::Type;

pub(crate) static NULL: Value = Value::Null;
static NO_SETS: BTreeMap<String, OptionSet> = BTreeMap::new();
static NO_MAPS: BTreeMap<String, ValueMap> = BTreeMap::new();

/// What an expression runs over. Cheap to copy: every field is a reference.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    pub record: &'a Value,
    /// Elements of the enclosing `each` rules, outermost first (`PathRoot::Element(d)`).
    pub elements: &'a [&'a Value],
    /// Elements bound to `it` by enclosing collection functions, outermost first.
    pub its: &'a [&'a Value],
    pub ctx: &'a Context,
    pub option_sets: &'a BTreeMap<String, OptionSet>,
    pub value_maps: &'a BTreeMap<String, ValueMap>,
    /// The record's let values so far, in declaration order (`let.NAME`).
    pub lets: &'a [(&'a str, Value)],
}

impl<'a> Frame<'a> {
    /// A frame over one record, without option sets or value maps.
    pub fn new(record: &'a Value, ctx: &'a Context) -> Frame<'a> {
        Frame {
            record,
            elements: &[],
            its: &[],
            ctx,
            option_sets: &NO_SETS,
            value_maps: &NO_MAPS,
            lets: &[],
        }
    }

    pub fn with_deployment(self, dep: &'a Deployment) -> Frame<'a> {
        Frame {
            option_sets: &dep.option_sets,
            value_maps: &dep.value_maps,
            ..self
        }
    }

    pub fn with_tables(
        self,
        option_sets: &'a BTreeMap<String, OptionSet>,
        value_maps: &'a BTreeMap<String, ValueMap>,
    ) -> Frame<'a> {
        Frame {
            option_sets,
            value_maps,
            ..self
        }
    }

    /// With the record's let values (`let.NAME`), in declaration order.
    pub fn with_lets(self, lets: &'a [(&'a str, Value)]) -> Frame<'a> {
        Frame { lets, ..self }
    }

    /// Inside `each`: `elements` is the stack of current elements, outermost first.
    pub fn with_elements(self, elements: &'a [&'a Value]) -> Frame<'a> {
        Frame { elements, ..self }
    }
}

/// Evaluates `e`. Failures are the record's failure (the caller adds the field path).
pub fn eval<'a>(e: &'a TExpr, f: &Frame<'a>) -> Result<Cow<'a, Value>, ErrorKind> {
    match &e.kind {
        Expr::Lit(l) => Ok(Cow::Owned(lit_value(l))),
        Expr::Path(p) => Ok(Cow::Borrowed(path(p, f))),
        Expr::Param(name) => Ok(Cow::Borrowed(f.ctx.params.get(name).unwrap_or(&NULL))),
        Expr::Unary(UnaryOp::Not, x) => Ok(Cow::Owned(Value::Bool(!eval_bool(x, f)?))),
        Expr::Unary(UnaryOp::Neg, x) => neg(&*eval(x, f)?, &e.ty).map(Cow::Owned),
        Expr::Binary(BinOp::And, a, b) => Ok(Cow::Owned(Value::Bool(
            eval_bool(a, f)? && eval_bool(b, f)?,
        ))),
        Expr::Binary(BinOp::Or, a, b) => Ok(Cow::Owned(Value::Bool(
            eval_bool(a, f)? || eval_bool(b, f)?,
        ))),
        Expr::Binary(op, a, b) if ops::is_comparison(*op) => {
            Ok(Cow::Owned(Value::Bool(compare(*op, a, b, f)?)))
        }
        Expr::Binary(op, a, b) => arith(*op, &e.ty, &*eval(a, f)?, &*eval(b, f)?).map(Cow::Owned),
        Expr::If(c, a, b) => {
            if eval_bool(c, f)? {
                eval(a, f)
            } else {
                eval(b, f)
            }
        }
        Expr::Call(func, args) => call::call(*func, args, &e.ty, f),
        Expr::Let(name) => Ok(Cow::Borrowed(
            f.lets
                .iter()
                .find(|(n, _)| *n == name.as_str())
                .map_or(&NULL, |(_, v)| v),
        )),
        Expr::Access(inner, steps) => Ok(access(eval(inner, f)?, steps)),
        Expr::Answer(a) => answer(a, f),
    }
}

/// An `answer:` rule's value, through the shared [`questionnaire`] functions.
fn answer<'a>(a: &'a Answer, f: &Frame<'a>) -> Result<Cow<'a, Value>, ErrorKind> {
    let lists = a
        .sources
        .iter()
        .map(|s| eval(&s.questions, f))
        .collect::<Result<Vec<_>, _>>()?;
    let sources: Vec<questionnaire::Source> = a
        .sources
        .iter()
        .zip(&lists)
        .map(|(s, l)| questionnaire::Source {
            questions: Some(l.as_ref()).filter(|v| !v.is_null()),
            group: s.group.as_deref(),
            text: &s.text,
        })
        .collect();
    let v = match a.form {
        AnswerForm::Score => questionnaire::score(&sources)?.cloned(),
        AnswerForm::Text => questionnaire::free_text(&sources)?.cloned(),
        AnswerForm::CountScore => questionnaire::count_score(&sources)?.map(Value::String),
        AnswerForm::Number => questionnaire::leading_number(&sources)?.map(Value::from),
    };
    Ok(Cow::Owned(v.unwrap_or(Value::Null)))
}

/// Steps on a computed value; a missing step is null. A borrowed value stays borrowed, an owned
/// one gives up the part the steps reach.
fn access<'a>(v: Cow<'a, Value>, steps: &[Step]) -> Cow<'a, Value> {
    match v {
        Cow::Borrowed(v) => Cow::Borrowed(walk(v, steps)),
        Cow::Owned(mut v) => {
            for s in steps {
                v = match (s, v) {
                    (Step::Field(n), Value::Object(mut m)) => m.remove(n).unwrap_or(Value::Null),
                    (Step::Index(i), Value::Array(mut a)) if *i < a.len() => a.swap_remove(*i),
                    _ => return Cow::Borrowed(&NULL),
                };
            }
            Cow::Owned(v)
        }
    }
}

fn walk<'a>(mut v: &'a Value, steps: &[Step]) -> &'a Value {
    for s in steps {
        v = match (s, v) {
            (Step::Field(n), Value::Object(m)) => m.get(n).unwrap_or(&NULL),
            (Step::Index(i), Value::Array(a)) => a.get(*i).unwrap_or(&NULL),
            _ => return &NULL,
        };
    }
    v
}

/// Evaluates a condition: `null` is false; anything but a bool fails.
pub fn eval_bool(e: &TExpr, f: &Frame<'_>) -> Result<bool, ErrorKind> {
    match &e.kind {
        Expr::Binary(op, a, b) if ops::is_comparison(*op) => compare(*op, a, b, f),
        Expr::Binary(BinOp::And, a, b) => Ok(eval_bool(a, f)? && eval_bool(b, f)?),
        Expr::Binary(BinOp::Or, a, b) => Ok(eval_bool(a, f)? || eval_bool(b, f)?),
        Expr::Unary(UnaryOp::Not, x) => Ok(!eval_bool(x, f)?),
        _ => json::bool_of(&*eval(e, f)?),
    }
}

pub(crate) fn lit_value(l: &Lit) -> Value {
    match l {
        Lit::Null => Value::Null,
        Lit::Bool(b) => Value::Bool(*b),
        Lit::Int(i) => Value::from(*i),
        Lit::Number(x) => Number::from_f64(*x).map_or(Value::Null, Value::Number),
        Lit::String(s) => Value::String(s.clone()),
    }
}

/// A missing step reads as null.
fn path<'a>(p: &Path, f: &Frame<'a>) -> &'a Value {
    let v: &'a Value = match p.root {
        PathRoot::Record => f.record,
        PathRoot::Element(d) => f.elements.get(d as usize).copied().unwrap_or(&NULL),
        PathRoot::It(d) => f.its.get(d as usize).copied().unwrap_or(&NULL),
    };
    walk(v, &p.steps)
}

fn neg(v: &Value, ty: &Type) -> Result<Value, ErrorKind> {
    match v {
        Value::Null => Ok(Value::Null),
        Value::Number(n) => match n.as_i64() {
            Some(i) if !n.is_f64() && *ty != Type::NUMBER => ops::neg_int(i).map(Value::from),
            _ => Ok(n
                .as_f64()
                .and_then(|x| Number::from_f64(-x))
                .map_or(Value::Null, Value::Number)),
        },
        other => Err(wrong("a number", other)),
    }
}

fn arith(op: BinOp, ty: &Type, a: &Value, b: &Value) -> Result<Value, ErrorKind> {
    let (x, y) = match (a, b) {
        (Value::Null, _) | (_, Value::Null) => return Ok(Value::Null),
        (Value::Number(x), Value::Number(y)) => (x, y),
        (Value::Number(_), other) | (other, _) => return Err(wrong("a number", other)),
    };
    let ints = match ty {
        Type::Json => x.as_i64().zip(y.as_i64()).filter(|_| op != BinOp::Div),
        t if *t == Type::INT => x.as_i64().zip(y.as_i64()),
        _ => None,
    };
    if let Some((x, y)) = ints {
        return ops::arith_int(op, x, y).map(Value::from);
    }
    let (Some(x), Some(y)) = (x.as_f64(), y.as_f64()) else {
        return Err(wrong("a number", a));
    };
    let r = ops::arith_number(op, x, y)?;
    Ok(Number::from_f64(r).map_or(Value::Null, Value::Number))
}

fn compare<'a>(op: BinOp, a: &'a TExpr, b: &'a TExpr, f: &Frame<'a>) -> Result<bool, ErrorKind> {
    if a.ty.is_text() && b.ty.is_text() {
        return Ok(ops::compare(
            op,
            text::text(a, f)?.as_deref(),
            text::text(b, f)?.as_deref(),
        ));
    }
    Ok(ops::compare_values(op, &*eval(a, f)?, &*eval(b, f)?))
}
