//! Expressions in workflow files (edge conditions, filters, step arguments, keys): the mapping
//! language's own expressions ([`mapping_dsl::expr`]: one grammar, one stdlib, one checker with
//! the same diagnostics), over the run's scope.
//!
//! The scope is one JSON object whose top-level names are the roots an expression may start
//! with (`input`, `cursor`, `sync_start`, `run`, `steps`, `error`, and `record` inside
//! `for_each`). The checker sees it as a record of `json` fields, so a bare path `input.data.x`
//! reads from it, `steps.ID` must name a step of the workflow, and everything below the roots is
//! checked at run time, as `json` is in mappings.

use std::borrow::Cow;

use mapping_dsl::diag::{Diagnostic, codes::Code};
use mapping_dsl::expr::{self, Env, Frame};
use mapping_dsl::ir::TExpr;
use mapping_dsl::rt::Context;
use mapping_dsl::source::Span;
use mapping_dsl::types::{ObjectType, Type};
use serde_json::Value;

/// A parsed and checked workflow expression.
#[derive(Debug, Clone)]
pub struct WExpr {
    text: String,
    texpr: TExpr,
}

impl PartialEq for WExpr {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

/// What an expression may read: the scope's roots and the step ids `steps.` may name.
#[derive(Debug, Clone, Copy)]
pub struct ScopeNames<'a> {
    pub roots: &'a [&'a str],
    pub steps: &'a [String],
}

impl ScopeNames<'_> {
    fn record_type(&self) -> ObjectType {
        let steps = Type::Object(ObjectType {
            fields: self.steps.iter().map(|s| (s.clone(), Type::Json)).collect(),
        });
        ObjectType {
            fields: self
                .roots
                .iter()
                .map(|r| {
                    let ty = if *r == "steps" {
                        steps.clone()
                    } else {
                        Type::Json
                    };
                    ((*r).to_owned(), ty)
                })
                .collect(),
        }
    }
}

impl WExpr {
    /// Parses and checks `text`; `map` turns a byte range of `text` into a file span (through the
    /// YAML quoting). `condition` requires a bool (`null` and `json` pass, checked at run time).
    pub fn compile(
        text: &str,
        map: &dyn Fn(usize, usize) -> Span,
        scope: ScopeNames<'_>,
        condition: bool,
    ) -> Result<WExpr, Vec<Diagnostic>> {
        let ast = expr::parse(text, map).map_err(|d| vec![d])?;
        let env = Env::new(scope.record_type());
        let checked = if condition {
            expr::check_bool(&ast, &env)
        } else {
            expr::check(&ast, &env)
        };
        match checked {
            Ok(texpr) => Ok(WExpr {
                text: text.to_owned(),
                texpr,
            }),
            Err(ds) => Err(ds.into_iter().map(|d| out_of_scope(d, scope)).collect()),
        }
    }

    /// An expression the runtime writes itself (`record.id`, the default key).
    pub fn builtin(text: &str, scope: ScopeNames<'_>) -> Result<WExpr, Vec<Diagnostic>> {
        let file = mapping_dsl::source::FileId::default();
        Self::compile(text, &|s, e| Span::new(file, s, e), scope, false)
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The step `ID` when the expression is `steps.ID` alone (the step's output, whole).
    pub fn whole_step(&self) -> Option<&str> {
        let id = self.text.trim().strip_prefix("steps.")?;
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        (!id.is_empty() && id.chars().all(ident)).then_some(id)
    }

    /// Evaluates over `vars`, the scope object.
    pub fn eval(&self, vars: &Value) -> Result<Value, String> {
        let ctx = Context::new(chrono::Utc::now());
        self.eval_ref(vars, &ctx).map(Cow::into_owned)
    }

    /// Evaluates over `vars` without copying what a path reads (`record`, `steps.map`): that
    /// value is borrowed from `vars`.
    pub fn eval_ref<'a>(
        &'a self,
        vars: &'a Value,
        ctx: &'a Context,
    ) -> Result<Cow<'a, Value>, String> {
        let frame = Frame::new(vars, ctx);
        expr::eval(&self.texpr, &frame).map_err(|e| e.to_string())
    }

    /// Evaluates a condition: `null` is false, anything but a bool is an error.
    pub fn eval_bool(&self, vars: &Value) -> Result<bool, String> {
        let ctx = Context::new(chrono::Utc::now());
        let frame = Frame::new(vars, &ctx);
        expr::eval_bool(&self.texpr, &frame).map_err(|e| format!("a condition: {e}"))
    }
}

/// The checker reports an unknown root as an unknown field of "the record"; in a workflow that
/// is a name not in scope (E526), listed with what is.
fn out_of_scope(d: Diagnostic, scope: ScopeNames<'_>) -> Diagnostic {
    let root_miss = d.code == Code::UnknownField
        && d.labels
            .iter()
            .any(|l| l.primary && l.message == "not a field of the record");
    let Some(name) = root_miss
        .then(|| {
            d.message
                .strip_prefix("unknown field `")
                .and_then(|r| r.strip_suffix('`'))
        })
        .flatten()
    else {
        return d;
    };
    let Some(span) = d.labels.iter().find(|l| l.primary).map(|l| l.span) else {
        return d;
    };
    let mut out = Diagnostic::error(
        Code::UnknownScope,
        format!("`{name}` is not available here"),
    )
    .with_primary(span, "not in scope")
    .with_note(format!("available: {}", scope.roots.join(", ")));
    if let Some(h) = d.hint {
        out = out.with_hint(h);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ROOTS: &[&str] = &["input", "steps", "cursor", "run", "error", "record"];

    fn compile(text: &str, steps: &[&str]) -> Result<WExpr, Vec<Diagnostic>> {
        let steps: Vec<String> = steps.iter().map(|s| (*s).to_owned()).collect();
        WExpr::builtin(
            text,
            ScopeNames {
                roots: ROOTS,
                steps: &steps,
            },
        )
    }

    fn ev(text: &str, vars: Value) -> Result<Value, String> {
        compile(text, &["map", "person"])
            .map_err(|d| d[0].message.clone())?
            .eval(&vars)
    }

    #[test]
    fn paths_comparisons_logic_and_the_stdlib() {
        let s = json!({"error": {"kind": "not_found"}, "record": {"a": [1, {"b": "x"}], "d": "2024-02-01"},
            "input": {"data": {"national_id_no": "1-1111-11111-11-3"}}, "steps": {"map": {"n": 2}}});
        assert_eq!(
            ev(r#"error.kind == "not_found""#, s.clone()),
            Ok(json!(true))
        );
        assert_eq!(
            ev(
                r#"record.a[1].b != "x" || !(record.d >= "2024-01-01")"#,
                s.clone()
            ),
            Ok(json!(false))
        );
        assert_eq!(
            ev("record.missing.deeper == null", s.clone()),
            Ok(json!(true))
        );
        assert_eq!(
            ev(r#"if steps.map.n > 1 then "many" else "one""#, s.clone()),
            Ok(json!("many"))
        );
        assert_eq!(
            ev("digits_only(input.data.national_id_no)", s.clone()),
            Ok(json!("1111111111113"))
        );
        assert_eq!(ev(r#"coalesce(input.x, "d")"#, s.clone()), Ok(json!("d")));
        // The whole language, not a subset: arithmetic and functions workflows never had.
        assert_eq!(ev("steps.map.n * 10 + 1", s.clone()), Ok(json!(21)));
        assert_eq!(ev(r#"upper("th")"#, s), Ok(json!("TH")));
    }

    #[test]
    fn conditions_read_null_as_false_and_reject_other_values() {
        let c = compile("steps.person.found", &["person"]).unwrap();
        assert_eq!(c.eval_bool(&json!({"steps": {"person": {}}})), Ok(false));
        assert_eq!(
            c.eval_bool(&json!({"steps": {"person": {"found": true}}})),
            Ok(true)
        );
        assert!(
            c.eval_bool(&json!({"steps": {"person": {"found": "yes"}}}))
                .is_err()
        );
    }

    #[test]
    fn unknown_roots_steps_and_functions_are_diagnostics() {
        let d = compile("inptu.data.x == 1", &[]).unwrap_err();
        assert_eq!(d[0].code, Code::UnknownScope);
        assert_eq!(d[0].message, "`inptu` is not available here");
        assert_eq!(d[0].hint.as_deref(), Some("did you mean `input`?"));
        let d = compile("steps.mapp.x", &["map"]).unwrap_err();
        assert_eq!(d[0].code, Code::UnknownField);
        assert_eq!(d[0].hint.as_deref(), Some("did you mean `map`?"));
        let d = compile("nope(record)", &[]).unwrap_err();
        assert!(d[0].message.contains("nope"), "{:?}", d[0]);
        let d = compile("a == ", &[]).unwrap_err();
        assert_eq!(d[0].code, Code::ExprSyntax);
        assert!(compile(&"(".repeat(200), &[]).is_err());
    }
}
