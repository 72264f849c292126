//! One transform file -> `ir::Transform`: source schema, params (E306), policies, key, keep,
//! the output rules, unused params (W605) and the input object.

use std::collections::BTreeMap;

use super::exprs::{Exprs, Uses, is_false};
use super::policy;
use super::reads::input_object;
use super::rules::Rules;
use super::schemas::{Schema, object_type as schema_object};
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::{Env, TranslatePolicy};
use crate::ir::{EmptyPolicy, MissingLabel, OptionSet, Param, Transform, UnknownCode, ValueMap};
use crate::source::FileId;
use crate::spec::transform::TransformFile;
use crate::types::Scalar;
use crate::yaml::{did_you_mean, span_of};

pub struct Inputs<'a> {
    pub file: FileId,
    pub file_name: &'a str,
    pub text: &'a str,
    /// Every file of the deployment (for naming the target schema's file in hints).
    pub sources: &'a crate::source::SourceMap,
    pub schemas: &'a BTreeMap<String, Schema>,
    pub sets: &'a BTreeMap<String, OptionSet>,
    pub maps: &'a BTreeMap<String, ValueMap>,
    pub env_sets: std::sync::Arc<BTreeMap<String, OptionSet>>,
    pub env_maps: std::sync::Arc<BTreeMap<String, ValueMap>>,
}

/// Checks one transform. Returns it (when it has no error), the diagnostics, and what it used.
pub fn transform(i: &Inputs<'_>, t: &TransformFile) -> (Option<Transform>, Vec<Diagnostic>, Uses) {
    let file = i.file;
    let mut diags = Vec::new();
    let Some(schema) = i.schemas.get(&t.source.value) else {
        let mut d = Diagnostic::error(
            Code::UnknownSchema,
            format!("no schema is named `{}`", t.source.value),
        )
        .with_primary(span_of(file, &t.source), "unknown source schema");
        if let Some(h) = did_you_mean(&t.source.value, i.schemas.keys().map(String::as_str)) {
            d = d.with_hint(h);
        }
        return (None, vec![d], Uses::default());
    };
    if let Some(target) = &t.target
        && !i.schemas.contains_key(&target.value)
    {
        diags.push(
            Diagnostic::error(
                Code::UnknownSchema,
                format!("no schema is named `{}`", target.value),
            )
            .with_primary(span_of(file, target), "unknown target schema"),
        );
    }
    let params = params(file, t, &mut diags);
    // Policies.
    let mut fail_unmatched = false;
    let (mut lang, mut unknown, mut missing, mut empty) = (
        "th".to_owned(),
        UnknownCode::Error,
        MissingLabel::Error,
        EmptyPolicy::default(),
    );
    if let Some(p) = &t.policy {
        let p = &p.value;
        if let Some(l) = &p.lang {
            lang = l.value.clone();
        }
        if let Some(c) = &p.unknown_code {
            match policy::unknown(file, c, "policy.unknown_code") {
                Ok(v) => unknown = v,
                Err(d) => diags.push(d),
            }
        }
        if let Some(c) = &p.missing_label {
            match policy::missing(file, c, "policy.missing_label") {
                Ok(v) => missing = v,
                Err(d) => diags.push(d),
            }
        }
        if let Some(e) = &p.empty {
            empty = policy::empty(file, empty, e, &mut diags);
        }
        if let Some(u) = &p.unmatched_question {
            match u.value.as_str() {
                "warn" => {}
                "fail" => fail_unmatched = true,
                other => diags.push(
                    Diagnostic::error(
                        Code::BadPolicy,
                        format!("`{other}` is not a value of `policy.unmatched_question`"),
                    )
                    .with_primary(span_of(file, u), "not allowed here")
                    .with_note("allowed: warn, fail"),
                ),
            }
        }
    }
    let mut env = Env {
        record: schema_object(&schema.fields),
        elements: Vec::new(),
        bare_root: crate::ir::PathRoot::Record,
        params: params.iter().map(|p| (p.name.clone(), p.ty)).collect(),
        option_sets: i.env_sets.clone(),
        value_maps: i.env_maps.clone(),
        translate: TranslatePolicy {
            lang: lang.clone(),
            unknown,
            missing,
        },
        lets: Vec::new(),
        let_reads: BTreeMap::new(),
    };
    let mut r = Rules {
        ex: Exprs {
            file,
            text: i.text,
            diags: Vec::new(),
            uses: Uses::default(),
        },
        sets: i.sets,
        maps: i.maps,
        lang,
        unknown,
        missing,
        depth: 0,
        tables: Default::default(),
    };
    // `key:` names a record in errors, also when a let fails: it cannot read lets.
    let key = t.key.as_ref().and_then(|k| r.ex.compile(k, &env, false));
    let lets = super::lets::compile(file, &t.lets, &mut env, &mut r.ex);
    r.tables = super::questionnaire::tables(&t.questionnaires, &env, &mut r.ex);
    let keep = t.keep.as_ref().and_then(|k| {
        let c = r.ex.compile(k, &env, true);
        if let Some(c) = &c
            && is_false(c)
        {
            r.ex.diags.push(
                Diagnostic::error(
                    Code::UnreachableRule,
                    "`keep: false`: every record is dropped",
                )
                .with_primary(c.span, "always false"),
            );
        }
        c
    });
    let rows = super::answers::rules(file, &t.questionnaires, &r.tables, &mut r.ex.diags);
    let output = r.object_with(&t.copy, &t.fields, &rows, &env, empty);
    diags.append(&mut r.ex.diags);
    if let Some(target) = t.target.as_ref().and_then(|n| i.schemas.get(&n.value)) {
        let at = super::target::Target {
            name: &target.name,
            file: i.sources.get(target.file).map_or("", |f| &*f.name),
            span: target.span,
        };
        diags.extend(super::target::check(&output, &target.fields, &at));
    }
    let uses = r.ex.uses;
    let r_tables = r.tables;
    for p in &params {
        if !uses.params.contains(&p.name)
            && let Some((k, _)) = t.params.entries.iter().find(|(k, _)| k.value == p.name)
        {
            diags.push(
                Diagnostic::error(
                    Code::UnusedParam,
                    format!("the parameter `{}` is never used", p.name),
                )
                .with_primary(span_of(file, k), "declared here"),
            );
        }
    }
    if !diags.iter().any(Diagnostic::is_error) {
        // Only for a transform that checks: a let read by a broken expression is not unused.
        diags.extend(super::lets::unused(file, &t.lets, &uses));
    }
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags, uses);
    }
    let tr = Transform {
        name: t.transform.value.clone(),
        description: t.description.clone(),
        file: i.file_name.to_owned(),
        source_schema: schema.name.clone(),
        target_schema: t.target.as_ref().map(|x| x.value.clone()),
        coercions: schema.coercions.clone(),
        input: input_object(&schema.fields, &uses.reads),
        params,
        key,
        lets,
        keep,
        output,
        questionnaires: r_tables.to_ir(),
        fail_unmatched_question: fail_unmatched,
    };
    (Some(tr), diags, uses)
}

fn params(file: FileId, t: &TransformFile, diags: &mut Vec<Diagnostic>) -> Vec<Param> {
    let mut out = Vec::new();
    for (k, p) in &t.params.entries {
        let whole = span_of(file, p);
        let tspan = super::schemas::pick(span_of(file, &p.value.ty), whole);
        let Some(ty) = Scalar::parse(&p.value.ty.value) else {
            diags.push(
                Diagnostic::error(
                    Code::TypeMismatch,
                    format!("`{}` is not a parameter type", p.value.ty.value),
                )
                .with_primary(tspan, "unknown type")
                .with_note("parameter types: string, int, number, bool, date, datetime"),
            );
            continue;
        };
        let default = p.value.default.as_ref().map(|d| d.value.clone());
        if let (Some(d), Some(dsp)) = (&default, &p.value.default)
            && let Err(why) = param_value_ok(ty, d)
        {
            diags.push(
                Diagnostic::error(
                    Code::BadParamValue,
                    format!("the default of `{}` is not a {}: {why}", k.value, ty.name()),
                )
                .with_primary(span_of(file, dsp), "this default")
                .with_secondary(tspan, format!("declared {}", ty.name())),
            );
        }
        out.push(Param {
            name: k.value.clone(),
            ty,
            default,
        });
    }
    out
}

/// Whether `v` is a value of `ty` (parameters come as JSON or text: `--param k=v`).
pub fn param_value_ok(ty: Scalar, v: &serde_json::Value) -> Result<(), String> {
    use serde_json::Value as V;
    match (ty, v) {
        (_, V::Null) => Ok(()),
        (Scalar::String, V::String(_)) => Ok(()),
        (Scalar::Int, V::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        (Scalar::Number, V::Number(_)) => Ok(()),
        (Scalar::Bool, V::Bool(_)) => Ok(()),
        (Scalar::Date, V::String(s)) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|_| ())
            .map_err(|_| format!("`{s}` is not a date (YYYY-MM-DD)")),
        (Scalar::DateTime, V::String(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .map(|_| ())
            .or_else(|_| {
                chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f").map(|_| ())
            })
            .map_err(|_| format!("`{s}` is not an ISO-8601 date-time")),
        (_, other) => Err(format!("found {}", crate::check::rules::json_type(other))),
    }
}
