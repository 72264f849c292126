//! Input validation and coercion per the source schema's policy, over only the fields the
//! transform reads. Borrowed when nothing changes (the common case): the record is cloned only
//! when a coercion applies, and every applied coercion is counted in `ctx.counters`.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde_json::{Map, Value};

use crate::ir::{Coercion, InputField, InputObject, InputType};
use crate::rt::{Context, ErrorKind, TransformError};
use crate::types::Scalar;

/// Checks (and, under `coercion: lenient`, converts) `record` against `input`.
pub fn prepare<'a>(
    input: &InputObject,
    coercions: &[Coercion],
    record: &'a Value,
    ctx: &Context,
) -> Result<Cow<'a, Value>, TransformError> {
    let mut path = String::new();
    let c = Coercer { coercions, ctx };
    match c.object(input, record, &mut path)? {
        Some(v) => Ok(Cow::Owned(v)),
        None => Ok(Cow::Borrowed(record)),
    }
}

struct Coercer<'c> {
    coercions: &'c [Coercion],
    ctx: &'c Context,
}

fn wrong(path: &str, expected: impl Into<String>, v: &Value) -> TransformError {
    TransformError::new(
        path,
        ErrorKind::WrongType {
            expected: expected.into(),
            found: crate::stdlib::json::type_name(v).to_owned(),
        },
    )
}

impl Coercer<'_> {
    fn allowed(&self, c: Coercion, path: &str) -> bool {
        if self.coercions.contains(&c) {
            self.ctx.counters.coercion(path, c.name());
            true
        } else {
            false
        }
    }

    /// `Ok(None)`: valid as is. `Ok(Some(v))`: the coerced value.
    fn object(
        &self,
        o: &InputObject,
        v: &Value,
        path: &mut String,
    ) -> Result<Option<Value>, TransformError> {
        let Value::Object(m) = v else {
            if v.is_null() {
                return Ok(None);
            }
            return Err(if path.is_empty() {
                TransformError::new("", ErrorKind::NotAnObject)
            } else {
                wrong(path, "object", v)
            });
        };
        let mut changed: Option<Map<String, Value>> = None;
        for f in &o.fields {
            let Some(x) = m.get(&f.name) else { continue };
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&f.name);
            let r = self.field(f, x, path);
            let r = match r {
                Ok(r) => r,
                Err(e) => {
                    path.truncate(len);
                    return Err(e);
                }
            };
            path.truncate(len);
            if let Some(nv) = r {
                changed
                    .get_or_insert_with(|| m.clone())
                    .insert(f.name.clone(), nv);
            }
        }
        Ok(changed.map(Value::Object))
    }

    fn field(
        &self,
        f: &InputField,
        v: &Value,
        path: &mut String,
    ) -> Result<Option<Value>, TransformError> {
        if v.is_null() {
            return Ok(None);
        }
        match &f.ty {
            InputType::Scalar(s) => self.scalar(*s, v, path),
            InputType::Select { .. } => self.code(v, path),
            InputType::MultiSelect { .. } => self.list(v, path, |c, x, p| c.code(x, p)),
            InputType::Object(o) => self.object(o, v, path),
            InputType::List(o) => self.list(v, path, |c, x, p| c.object(o, x, p)),
            InputType::ScalarList(s) => self.list(v, path, |c, x, p| {
                if x.is_null() {
                    Ok(None)
                } else {
                    c.scalar(*s, x, p)
                }
            }),
            InputType::Json => Ok(None),
        }
    }

    fn list(
        &self,
        v: &Value,
        path: &mut String,
        each: impl Fn(&Self, &Value, &mut String) -> Result<Option<Value>, TransformError>,
    ) -> Result<Option<Value>, TransformError> {
        let Value::Array(items) = v else {
            return Err(wrong(path, "list", v));
        };
        let mut changed: Option<Vec<Value>> = None;
        for (i, x) in items.iter().enumerate() {
            let len = path.len();
            // Written into the path in place (no string allocated per element).
            let _ = write!(path, "[{i}]");
            let r = each(self, x, path);
            path.truncate(len);
            if let Some(nv) = r? {
                changed.get_or_insert_with(|| items.clone())[i] = nv;
            }
        }
        Ok(changed.map(Value::Array))
    }

    /// An option code: text; a number or a boolean only by coercion.
    fn code(&self, v: &Value, path: &str) -> Result<Option<Value>, TransformError> {
        match v {
            Value::String(_) => Ok(None),
            Value::Number(n) if self.allowed(Coercion::NumberToString, path) => {
                Ok(Some(Value::String(n.to_string())))
            }
            Value::Bool(b) if self.allowed(Coercion::BoolToString, path) => {
                Ok(Some(Value::String(b.to_string())))
            }
            _ => Err(wrong(path, "an option code (string)", v)),
        }
    }

    fn scalar(&self, s: Scalar, v: &Value, path: &str) -> Result<Option<Value>, TransformError> {
        match (s, v) {
            // `""` where a number, bool or date is expected: no value (HIS sends it for "none").
            (
                Scalar::Int | Scalar::Number | Scalar::Bool | Scalar::Date | Scalar::DateTime,
                Value::String(t),
            ) if t.trim().is_empty() && self.allowed(Coercion::EmptyToNull, path) => {
                Ok(Some(Value::Null))
            }
            (Scalar::String | Scalar::Date | Scalar::DateTime, Value::String(_)) => Ok(None),
            // `int` is i64: a larger integer is the wrong type (as in generated code).
            (Scalar::Int, Value::Number(n)) if n.is_i64() => Ok(None),
            (Scalar::Number, Value::Number(_)) => Ok(None),
            (Scalar::Bool, Value::Bool(_)) => Ok(None),
            (Scalar::String, Value::Number(n)) if self.allowed(Coercion::NumberToString, path) => {
                Ok(Some(Value::String(n.to_string())))
            }
            (Scalar::String, Value::Bool(b)) if self.allowed(Coercion::BoolToString, path) => {
                Ok(Some(Value::String(b.to_string())))
            }
            (Scalar::Int, Value::String(t)) => match t.trim().parse::<i64>() {
                Ok(i) if self.allowed(Coercion::StringToNumber, path) => Ok(Some(Value::from(i))),
                _ => Err(wrong(path, "int", v)),
            },
            (Scalar::Number, Value::String(t)) => match t
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
            {
                Some(n) if self.allowed(Coercion::StringToNumber, path) => {
                    Ok(Some(Value::Number(n)))
                }
                _ => Err(wrong(path, "number", v)),
            },
            (Scalar::Bool, Value::String(t))
                if (t == "true" || t == "false") && self.allowed(Coercion::StringToBool, path) =>
            {
                Ok(Some(Value::Bool(t == "true")))
            }
            _ => Err(wrong(path, s.name(), v)),
        }
    }
}
