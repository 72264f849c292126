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
    let c = Coercer { coercions, ctx };
    match c.object(input, record, Path::Root)? {
        Some(v) => Ok(Cow::Owned(v)),
        None => Ok(Cow::Borrowed(record)),
    }
}

struct Coercer<'c> {
    coercions: &'c [Coercion],
    ctx: &'c Context,
}

/// Where a value is in the record: written out (`a.b[2].c`) only for an error or a coercion's
/// count, where a path string built for every field and list element cost the interpreter ~5 %
/// of a bench record (a `write!` per element).
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Path::Index(parent, i) => {
                parent.write(out);
                let _ = write!(out, "[{i}]");
            }
        }
    }
}

fn wrong(path: Path<'_>, expected: impl Into<String>, v: &Value) -> TransformError {
    TransformError::new(
        path.render(),
        ErrorKind::WrongType {
            expected: expected.into(),
            found: crate::stdlib::json::type_name(v).to_owned(),
        },
    )
}

impl Coercer<'_> {
    fn allowed(&self, c: Coercion, path: Path<'_>) -> bool {
        if self.coercions.contains(&c) {
            self.ctx.counters.coercion(&path.render(), c.name());
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
        path: Path<'_>,
    ) -> Result<Option<Value>, TransformError> {
        let Value::Object(m) = v else {
            if v.is_null() {
                return Ok(None);
            }
            return Err(if path.render().is_empty() {
                TransformError::new("", ErrorKind::NotAnObject)
            } else {
                wrong(path, "object", v)
            });
        };
        let mut changed: Option<Map<String, Value>> = None;
        for f in &o.fields {
            let Some(x) = m.get(&f.name) else { continue };
            if let Some(nv) = self.field(f, x, Path::Field(&path, &f.name))? {
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
        path: Path<'_>,
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
        path: Path<'_>,
        each: impl Fn(&Self, &Value, Path<'_>) -> Result<Option<Value>, TransformError>,
    ) -> Result<Option<Value>, TransformError> {
        let Value::Array(items) = v else {
            return Err(wrong(path, "list", v));
        };
        let mut changed: Option<Vec<Value>> = None;
        for (i, x) in items.iter().enumerate() {
            if let Some(nv) = each(self, x, Path::Index(&path, i))? {
                changed.get_or_insert_with(|| items.clone())[i] = nv;
            }
        }
        Ok(changed.map(Value::Array))
    }

    /// An option code: text; a number or a boolean only by coercion.
    fn code(&self, v: &Value, path: Path<'_>) -> Result<Option<Value>, TransformError> {
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

    fn scalar(
        &self,
        s: Scalar,
        v: &Value,
        path: Path<'_>,
    ) -> Result<Option<Value>, TransformError> {
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `{"id": int, "family": [{"age": int, "phones": [string]}]}`.
    fn input() -> InputObject {
        let member = InputObject {
            fields: vec![
                InputField::nullable("age", InputType::Scalar(Scalar::Int)),
                InputField::nullable("phones", InputType::ScalarList(Scalar::String)),
            ],
        };
        InputObject {
            fields: vec![
                InputField::nullable("id", InputType::Scalar(Scalar::Int)),
                InputField::nullable("family", InputType::List(member)),
            ],
        }
    }

    /// The paths are written only where they are used; they read as they did when built for
    /// every field: `a.b[2].c`, nothing before a top-level key.
    #[test]
    fn errors_and_coercion_counts_name_the_value_by_its_path() {
        let ctx = Context::new(chrono::Utc::now());
        let record = json!({"id": 1, "family": [{"age": 3}, {"age": 4, "phones": ["a", 7]}]});
        let err = prepare(&input(), &[], &record, &ctx).expect_err("7 is not a string");
        assert_eq!(err.field, "family[1].phones[1]");

        let coerced =
            prepare(&input(), &[Coercion::NumberToString], &record, &ctx).expect("7 becomes \"7\"");
        assert_eq!(coerced["family"][1]["phones"][1], json!("7"));
        let counted: Vec<(String, String)> =
            ctx.counters.snapshot().coercions.into_keys().collect();
        assert_eq!(
            counted,
            [(
                "family[1].phones[1]".to_owned(),
                "number_to_string".to_owned()
            )]
        );

        let err = prepare(&input(), &[], &json!({"id": "x"}), &ctx).expect_err("not an int");
        assert_eq!(err.field, "id");
        let err = prepare(&input(), &[], &json!([1]), &ctx).expect_err("not an object");
        assert_eq!(err.field, "");
        assert!(matches!(err.kind, ErrorKind::NotAnObject));
        let err = prepare(&input(), &[], &json!({"family": [5]}), &ctx).expect_err("not one");
        assert_eq!(err.field, "family[0]");
    }
}
