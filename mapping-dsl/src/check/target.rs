//! E307: a transform's output against its declared `target:` schema. Every output key must be
//! a field of the target (with a "did you mean"), and a nested object or an `each` list must
//! land on a target field of the same shape. Value types are not compared here: the target
//! schemas describe what the receiving system stores, and a translated select, for one, is
//! stored as its `{code: label}` object.

use super::schemas::{SField, SType};
use crate::diag::{Diagnostic, codes::Code};
use crate::ir::{ObjectRule, ValueRule};
use crate::yaml::did_you_mean;

/// Diagnostics for every output key of `output` that `target` (schema `name`) cannot hold.
pub fn check(output: &ObjectRule, target: &[SField], name: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    walk(output, target, name, "", &mut out);
    out
}

fn walk(o: &ObjectRule, fields: &[SField], schema: &str, at: &str, out: &mut Vec<Diagnostic>) {
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
            .with_primary(rule.span, "not in the target schema");
            if let Some(h) = did_you_mean(&rule.name, fields.iter().map(|f| f.name.as_str())) {
                d = d.with_hint(h);
            }
            out.push(d);
            continue;
        };
        match (&rule.value, &field.ty) {
            (ValueRule::Object(inner), SType::Object(sub)) => walk(inner, sub, schema, &path, out),
            (ValueRule::Each { body, .. }, SType::List(sub)) => walk(body, sub, schema, &path, out),
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
            _ => {}
        }
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
