//! E307: a transform's output against its declared `target:` schema. Every output key must be
//! a field of the target (with a "did you mean"), a nested object or an `each` list must land
//! on a target field of the same shape, and a value whose type the checker knows must be one the
//! target field can hold (text into a text, date or select field; an int or number into a
//! number field; a list into a list field; …). Values of unknown type (`json`, `null`) and
//! translated selects (stored as their `{code: label}` object) are not compared.

use super::schemas::{SField, SType};
use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{ObjectRule, ValueRule};
use crate::source::Span;
use crate::types::{Scalar, Type};
use crate::yaml::did_you_mean;

/// The target schema: its name, the file that declares it, and where.
pub struct Target<'a> {
    pub name: &'a str,
    pub file: &'a str,
    pub span: Span,
}

/// Diagnostics for every output key of `output` that `target` cannot hold.
pub fn check(output: &ObjectRule, fields: &[SField], target: &Target<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    walk(output, fields, target, "", &mut out);
    out
}

fn walk(o: &ObjectRule, fields: &[SField], t: &Target<'_>, at: &str, out: &mut Vec<Diagnostic>) {
    let schema = t.name;
    for rule in &o.fields {
        let path = if at.is_empty() {
            rule.name.clone()
        } else {
            format!("{at}.{}", rule.name)
        };
        let Some(field) = fields.iter().find(|f| f.name == rule.name) else {
            let mut d = Diagnostic::error(
                Code::TargetMismatch,
                format!("`{path}` is not a field of the target schema `{schema}`"),
            )
            .with_primary(rule.span, "not in the target schema")
            .with_secondary(t.span, "the target schema");
            let add = format!("add it to the target schema `{schema}` in {}", t.file);
            d = match did_you_mean(&rule.name, fields.iter().map(|f| f.name.as_str())) {
                Some(h) => d.with_hint(format!("{h} If `{path}` is a new field, {add}")),
                None => d.with_hint(format!("a new field? {add}")),
            };
            out.push(d);
            continue;
        };
        match (&rule.value, &field.ty) {
            (ValueRule::Object(inner), SType::Object(sub)) => walk(inner, sub, t, &path, out),
            (ValueRule::Each { body, .. }, SType::List(sub)) => walk(body, sub, t, &path, out),
            (ValueRule::Object(_), _) | (ValueRule::Each { .. }, _) => {
                let (made, wanted) = match rule.value {
                    ValueRule::Object(_) => ("an object", describe(&field.ty)),
                    _ => ("a list of objects", describe(&field.ty)),
                };
                out.push(
                    Diagnostic::error(
                        Code::TargetMismatch,
                        format!(
                            "`{path}` is {made} here but {wanted} in the target schema `{schema}`"
                        ),
                    )
                    .with_primary(rule.span, made)
                    .with_secondary(field.span, format!("declared as {wanted}")),
                );
            }
            (ValueRule::Expr(e), ty) => {
                if let Some(made) = kind_of_type(&e.ty).filter(|k| !accepts(ty, *k)) {
                    out.push(value_mismatch(
                        &path, made, ty, schema, rule.span, field.span,
                    ));
                }
            }
            (ValueRule::Const(v), ty) => {
                if let Some(made) = kind_of_json(v).filter(|k| !accepts(ty, *k)) {
                    out.push(value_mismatch(
                        &path, made, ty, schema, rule.span, field.span,
                    ));
                }
            }
            _ => {}
        }
    }
}

/// The kind of an output value, where the checker knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Int,
    Number,
    Bool,
    List,
    Object,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Int => "an int",
            Kind::Number => "a number",
            Kind::Bool => "a bool",
            Kind::List => "a list",
            Kind::Object => "an object",
        }
    }
}

fn kind_of_type(t: &Type) -> Option<Kind> {
    Some(match t {
        Type::Scalar(Scalar::String | Scalar::Date | Scalar::DateTime) | Type::Select { .. } => {
            Kind::Text
        }
        Type::Scalar(Scalar::Int) => Kind::Int,
        Type::Scalar(Scalar::Number) => Kind::Number,
        Type::Scalar(Scalar::Bool) => Kind::Bool,
        Type::MultiSelect { .. } | Type::List(_) => Kind::List,
        Type::Object(_) => Kind::Object,
        Type::Null | Type::Json | Type::Translated => return None,
    })
}

fn kind_of_json(v: &serde_json::Value) -> Option<Kind> {
    use serde_json::Value;
    Some(match v {
        Value::String(_) => Kind::Text,
        Value::Number(n) if n.is_f64() => Kind::Number,
        Value::Number(_) => Kind::Int,
        Value::Bool(_) => Kind::Bool,
        Value::Array(_) => Kind::List,
        Value::Object(_) => Kind::Object,
        Value::Null => return None,
    })
}

/// Whether a target field of type `t` can hold a value of kind `k`.
fn accepts(t: &SType, k: Kind) -> bool {
    match t {
        SType::Json => true,
        SType::Scalar(Scalar::String | Scalar::Date | Scalar::DateTime) | SType::Select(_) => {
            k == Kind::Text
        }
        // An integral number is common (`round(x)`, arithmetic): only its kind is known here.
        SType::Scalar(Scalar::Int | Scalar::Number) => matches!(k, Kind::Int | Kind::Number),
        SType::Scalar(Scalar::Bool) => k == Kind::Bool,
        SType::MultiSelect(_) | SType::ScalarList(_) | SType::List(_) => k == Kind::List,
        SType::Object(_) => k == Kind::Object,
    }
}

fn value_mismatch(
    path: &str,
    made: Kind,
    ty: &SType,
    schema: &str,
    at: crate::source::Span,
    declared: crate::source::Span,
) -> Diagnostic {
    let wanted = target_name(ty);
    Diagnostic::error(
        Code::TargetMismatch,
        format!(
            "`{path}` is {} here but {wanted} in the target schema `{schema}`",
            made.name()
        ),
    )
    .with_primary(at, format!("{} value", made.name()))
    .with_secondary(declared, format!("declared as {wanted}"))
    .with_hint(match ty {
        SType::Scalar(Scalar::String | Scalar::Date | Scalar::DateTime) | SType::Select(_) => {
            "convert the value to text (`to_string(x)`) or fix the target schema"
        }
        SType::Scalar(Scalar::Int | Scalar::Number) => {
            "convert the value to a number (`to_number(x)`) or fix the target schema"
        }
        _ => "change the value or fix the target schema",
    })
}

/// A target field's type, for messages.
fn target_name(t: &SType) -> &'static str {
    match t {
        SType::Scalar(Scalar::String) => "text",
        SType::Scalar(Scalar::Date) => "a date",
        SType::Scalar(Scalar::DateTime) => "a datetime",
        SType::Scalar(Scalar::Int) => "an int",
        SType::Scalar(Scalar::Number) => "a number",
        SType::Scalar(Scalar::Bool) => "a bool",
        other => describe(other),
    }
}

fn describe(t: &SType) -> &'static str {
    match t {
        SType::Scalar(_) => "a scalar",
        SType::Select(_) => "a select",
        SType::MultiSelect(_) => "a multi select",
        SType::Object(_) => "an object",
        SType::List(_) => "a list of objects",
        SType::ScalarList(_) => "a list of scalars",
        SType::Json => "any JSON",
    }
}
