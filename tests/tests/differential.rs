//! Differential test: for every compiled transform in `mappings/`, the interpreter
//! (`mapping_dsl::interp::run_record`) and the generated code (`generated::find`) give the same
//! output, or both fail at the same field path, on the deployment's sample records and on
//! proptest-generated records shaped after the transform's input (missing fields, nulls, empty
//! strings and lists, unknown codes, wrong JSON types, Thai and emoji text, huge numbers).
//!
//! Also checks that `run_bytes` agrees with `run_value`, and that both engines count the same
//! coercions and unknown codes.

use std::path::{Path, PathBuf};

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use mapping_dsl::ir::{
    Deployment, Expr, InputObject, InputType, Lit, ObjectRule, TExpr, Transform, ValueRule,
};
use mapping_dsl::rt::{Context, CounterMaps, TransformError};
use mapping_dsl::types::Scalar;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value, json};

/// Generated records per transform (the task asks for at least 10,000).
const CASES: u32 = 10_000;

fn mappings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("mappings")
}

fn deployments() -> Vec<Deployment> {
    let checked = codegen::fsio::check_all(&mappings()).expect("mappings/ is readable");
    checked
        .into_iter()
        .filter_map(|(_, c)| c.deployment)
        .collect()
}

/// The run context as a caller builds it: a fixed clock and every param at its default.
fn ctx(t: &Transform) -> Context {
    let now = chrono::DateTime::parse_from_rfc3339("2024-03-01T08:00:00Z")
        .expect("valid")
        .with_timezone(&chrono::Utc);
    let mut c = Context::new(now);
    for p in &t.params {
        if let Some(d) = &p.default {
            c = c.with_param(p.name.clone(), d.clone());
        }
    }
    c
}

/// What one engine made of one record, comparable across engines.
#[derive(Debug, PartialEq)]
enum Outcome {
    Out(Option<Value>),
    /// The field path and the error (the record key is compared too).
    Failed(String, String, Option<String>),
}

fn outcome(r: Result<Option<Value>, TransformError>) -> Outcome {
    match r {
        Ok(v) => Outcome::Out(v),
        // On a wrong input type the interpreter names the record by the raw key value (e.g. the
        // JSON text of a list), the compiled code by the typed key only; compare keys elsewhere.
        Err(e) => {
            let key = if matches!(e.kind, mapping_dsl::rt::ErrorKind::WrongType { .. }) {
                None
            } else {
                e.record
            };
            Outcome::Failed(e.field, e.kind.to_string(), key)
        }
    }
}

/// Runs one record through both engines; `Err` describes the disagreement, `Ok` has the output
/// (when the record was not dropped or failed).
fn compare(
    dep: &Deployment,
    t: &Transform,
    entry: &generated::Entry,
    record: &Value,
) -> Result<Option<Value>, String> {
    let ci = ctx(t);
    let interp = outcome(mapping_dsl::interp::run_record(dep, t, record, &ci));
    let cc = ctx(t);
    let compiled = outcome((entry.run_value)(record, &cc));
    if interp != compiled {
        return Err(format!(
            "{}: interpreter {interp:?}\n  compiled {compiled:?}\n  record {record}",
            t.name
        ));
    }
    // serde_json may read a float back 1 ULP off, so compare run_bytes with run_value on the
    // record as read back from the same bytes.
    let bytes = serde_json::to_vec(record).map_err(|e| e.to_string())?;
    let reread: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    let compiled = outcome((entry.run_value)(&reread, &ctx(t)));
    let cb = ctx(t);
    let via_bytes = outcome(
        (entry.run_bytes)(&bytes, &cb)
            .map(|o| o.map(|b| serde_json::from_slice(&b).unwrap_or(Value::Null))),
    );
    if via_bytes != compiled {
        return Err(format!(
            "{}: run_bytes {via_bytes:?}\n  run_value {compiled:?}\n  record {record}",
            t.name
        ));
    }
    let (a, b): (CounterMaps, CounterMaps) = (ci.counters.snapshot(), cc.counters.snapshot());
    if matches!(interp, Outcome::Out(_)) && a != b {
        return Err(format!(
            "{}: counters differ: interpreter {a:?}, compiled {b:?}\n  record {record}",
            t.name
        ));
    }
    Ok(match interp {
        Outcome::Out(v) => v,
        Outcome::Failed(..) => None,
    })
}

fn compiled_transforms(
    deps: &[Deployment],
) -> Vec<(&Deployment, &Transform, &'static generated::Entry)> {
    let mut out = Vec::new();
    for d in deps {
        for t in &d.transforms {
            if let Some(e) = generated::find(&t.name) {
                out.push((d, t, e));
            }
        }
    }
    out
}

#[test]
fn samples_agree() {
    let deps = deployments();
    let mut checked = 0;
    for (d, t, e) in compiled_transforms(&deps) {
        let dir = mappings().join(&d.name).join("samples");
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
        {
            let text = std::fs::read_to_string(f).expect("sample readable");
            let v: Value = serde_json::from_str(&text).expect("sample is JSON");
            let records = match v {
                Value::Array(a) => a,
                other => vec![other],
            };
            for r in &records {
                if let Err(msg) = compare(d, t, e, r).map(drop) {
                    panic!("{}: {msg}", f.display());
                }
                checked += 1;
            }
        }
    }
    println!("{checked} sample records agree");
}

// ---- generated records ----------------------------------------------------------------------

/// The string literals a transform compares with (question texts, questionnaire codes, …) and
/// the keys of the deployment's value maps: text drawn from them reaches the branches that
/// only a matching value takes.
fn literal_pool(dep: &Deployment, t: &Transform) -> Vec<String> {
    fn expr(e: &TExpr, out: &mut BTreeSet<String>) {
        match &e.kind {
            Expr::Lit(Lit::String(s)) => {
                out.insert(s.clone());
            }
            Expr::Unary(_, a) => expr(a, out),
            Expr::Binary(_, a, b) => {
                expr(a, out);
                expr(b, out);
            }
            Expr::If(c, a, b) => {
                expr(c, out);
                expr(a, out);
                expr(b, out);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| expr(a, out)),
            _ => {}
        }
    }
    fn rules(o: &ObjectRule, out: &mut BTreeSet<String>) {
        for f in &o.fields {
            if let Some(w) = &f.when {
                expr(w, out);
            }
            match &f.value {
                ValueRule::Expr(e)
                | ValueRule::Translate { source: e, .. }
                | ValueRule::Map { source: e, .. } => expr(e, out),
                ValueRule::Object(o) => rules(o, out),
                ValueRule::Each {
                    source, keep, body, ..
                } => {
                    expr(source, out);
                    if let Some(k) = keep {
                        expr(k, out);
                    }
                    rules(body, out);
                }
                ValueRule::Const(_) => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    for e in t.keep.iter().chain(t.key.iter()) {
        expr(e, &mut out);
    }
    rules(&t.output, &mut out);
    for m in dep.value_maps.values() {
        out.extend(m.entries.iter().map(|(k, _)| k.clone()));
    }
    out.into_iter().collect()
}

/// Text: fixed tricky strings, random strings and, when the transform has any, its literals.
fn text(pool: &[String]) -> BoxedStrategy<Value> {
    let fixed = text_fixed();
    if pool.is_empty() {
        return fixed;
    }
    let pool: Vec<Value> = pool.iter().map(|s| json!(s)).collect();
    prop_oneof![
        3 => fixed,
        2 => proptest::sample::select(pool),
    ]
    .boxed()
}

fn text_fixed() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(json!("")),
        Just(json!("ผู้หญิง")),
        Just(json!("สมชาย ใจดี 😀")),
        Just(json!("2023-01-27")),
        Just(json!("2023-01-27T10:11:12.000Z")),
        Just(json!("closed")),
        Just(json!("open")),
        Just(json!(" a\"b\\c\n")),
        "[a-z0-9 _-]{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ]
    .boxed()
}

fn number() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        (0i64..40).prop_map(Value::from),
        Just(json!(1e300)),
        Just(json!(-0.5)),
        Just(json!(12.0)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
    ]
    .boxed()
}

/// Any JSON value of a wrong type (or a right one: the engines decide).
fn junk() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text_fixed(),
        Just(json!("true")),
        Just(json!("12")),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, "x"])),
    ]
    .boxed()
}

fn codes(dep: &Deployment, set: &str, clean: bool) -> BoxedStrategy<Value> {
    let known: Vec<Value> = dep
        .option_sets
        .get(set)
        .map(|s| s.options.iter().map(|o| json!(o.code)).collect())
        .unwrap_or_default();
    if known.is_empty() {
        return prop_oneof![Just(json!("legacy_code")), Just(json!(""))].boxed();
    }
    // Well-typed records use known codes and `""` (not answered): a transform whose policy
    // fails a record on an unknown code (Thailand WF1, 80 selects) would otherwise fail nearly
    // every record. The other half of the records carries unknown codes.
    if clean {
        return prop_oneof![
            9 => proptest::sample::select(known),
            1 => Just(json!("")),
        ]
        .boxed();
    }
    prop_oneof![
        8 => proptest::sample::select(known),
        1 => Just(json!("legacy_code")),
        1 => Just(json!("")),
        1 => Just(json!(7)),
    ]
    .boxed()
}

fn scalar(s: Scalar, pool: &[String], clean: bool) -> BoxedStrategy<Value> {
    match s {
        Scalar::String | Scalar::Date | Scalar::DateTime => text(pool),
        Scalar::Int if clean => prop_oneof![
            4 => (-5i64..120).prop_map(Value::from),
            1 => any::<i64>().prop_map(Value::from),
        ]
        .boxed(),
        // Ints beyond i64 are left out here: see `int_beyond_i64_disagrees` (FIXME).
        Scalar::Int => prop_oneof![
            4 => (-5i64..120).prop_map(Value::from),
            1 => any::<i64>().prop_map(Value::from),
            1 => Just(json!(12.0)),
            1 => Just(json!(1e300)),
        ]
        .boxed(),
        Scalar::Number => number(),
        Scalar::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
    }
}

/// A PLH answer list: free text, or options `{answer, score, checked}`.
fn answers(pool: &[String]) -> BoxedStrategy<Value> {
    let score = prop_oneof![
        4 => (0i64..8).prop_map(Value::from),
        2 => (0i64..8).prop_map(|i| json!(i.to_string())),
        1 => Just(Value::Null),
        1 => junk(),
    ];
    let checked = prop_oneof![4 => Just(json!(true)), 4 => Just(json!(false)), 1 => junk()];
    let option = (text(pool), score, checked)
        .prop_map(|(a, s, c)| json!({"answer": a, "score": s, "checked": c}));
    prop_oneof![
        2 => text(pool),
        6 => proptest::collection::vec(option, 0..5).prop_map(Value::Array),
        1 => junk(),
    ]
    .boxed()
}

/// A question text from the pool, sometimes padded (the rules `trim` some of them).
fn question_text(pool: &[String]) -> BoxedStrategy<Value> {
    prop_oneof![
        4 => text(pool),
        1 => text(pool).prop_map(|v| match v {
            Value::String(s) => json!(format!(" {s} ")),
            other => other,
        }),
        1 => junk(),
    ]
    .boxed()
}

/// `questionsList` in the shapes HIS sends: `[{question, answersList}]` or
/// `[{groupDescription, groupQuestionsList: [{question, answersList}]}]` (or something else).
fn questions_list(pool: &[String]) -> BoxedStrategy<Value> {
    let question = (question_text(pool), answers(pool))
        .prop_map(|(q, a)| json!({"question": q, "answersList": a}));
    let questions = proptest::collection::vec(question, 0..5).prop_map(Value::Array);
    let group = (text(pool), questions.clone())
        .prop_map(|(g, q)| json!({"groupDescription": g, "groupQuestionsList": q}));
    prop_oneof![
        4 => questions,
        4 => proptest::collection::vec(group.clone(), 0..3).prop_map(Value::Array),
        1 => (question_text(pool), group)
            .prop_map(|(q, g)| json!([{"question": q, "answersList": "x"}, g, null, 3])),
        1 => junk(),
    ]
    .boxed()
}

/// A `json` field: a PLH `questionsList` by its name, otherwise any JSON.
fn json_field(name: &str, pool: &[String]) -> BoxedStrategy<Value> {
    if name == "questionsList" {
        return questions_list(pool);
    }
    prop_oneof![
        4 => junk(),
        1 => text(pool),
        1 => (text(pool), number()).prop_map(|(a, b)| json!({"a": a, "b": [b, null]})),
    ]
    .boxed()
}

/// How deep objects and lists nest (HIS: interventions.activities.homeservice.questionnaire).
const MAX_DEPTH: u32 = 6;

fn value(
    dep: &Deployment,
    name: &str,
    ty: &InputType,
    depth: u32,
    pool: &Arc<Vec<String>>,
    clean: bool,
) -> BoxedStrategy<Value> {
    let good = match ty {
        InputType::Scalar(s) => scalar(*s, pool, clean),
        InputType::Select { set } => codes(dep, set, clean),
        InputType::MultiSelect { set } => proptest::collection::vec(codes(dep, set, clean), 0..4)
            .prop_map(Value::Array)
            .boxed(),
        InputType::Object(o) if depth < MAX_DEPTH => object(dep, o, depth + 1, pool, clean),
        InputType::List(o) if depth < MAX_DEPTH && clean => {
            proptest::collection::vec(object(dep, o, depth + 1, pool, clean), 0..4)
                .prop_map(Value::Array)
                .boxed()
        }
        InputType::List(o) if depth < MAX_DEPTH => prop_oneof![
            6 => proptest::collection::vec(object(dep, o, depth + 1, pool, clean), 0..4)
                .prop_map(Value::Array),
            1 => Just(json!([null])),
        ]
        .boxed(),
        InputType::ScalarList(s) => proptest::collection::vec(scalar(*s, pool, clean), 0..4)
            .prop_map(Value::Array)
            .boxed(),
        InputType::Json => json_field(name, pool),
        _ if clean => Just(Value::Null).boxed(),
        _ => junk(),
    };
    if clean {
        return good;
    }
    prop_oneof![8 => good, 1 => junk()].boxed()
}

fn object(
    dep: &Deployment,
    o: &InputObject,
    depth: u32,
    pool: &Arc<Vec<String>>,
    clean: bool,
) -> BoxedStrategy<Value> {
    let fields: Vec<(String, BoxedStrategy<Option<Value>>)> = o
        .fields
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                proptest::option::weighted(0.9, value(dep, &f.name, &f.ty, depth, pool, clean))
                    .boxed(),
            )
        })
        .collect();
    let names: Vec<String> = fields.iter().map(|(n, _)| n.clone()).collect();
    let strategies: Vec<BoxedStrategy<Option<Value>>> =
        fields.into_iter().map(|(_, s)| s).collect();
    strategies
        .prop_map(move |vals| {
            let mut m = Map::new();
            for (n, v) in names.iter().zip(vals) {
                if let Some(v) = v {
                    m.insert(n.clone(), v);
                }
            }
            m.insert("unrelated_field".to_owned(), json!({"x": [1, 2]}));
            Value::Object(m)
        })
        .boxed()
}

#[test]
fn generated_records_agree() {
    let deps = deployments();
    let transforms = compiled_transforms(&deps);
    assert!(
        transforms
            .iter()
            .any(|(_, t, _)| t.name == "bench_reference"),
        "bench_reference is compiled"
    );
    for (d, t, e) in transforms {
        let mut runner = TestRunner::new(Config {
            cases: CASES,
            failure_persistence: None,
            ..Config::default()
        });
        let pool = Arc::new(literal_pool(d, t));
        // Half the records are well typed throughout (nulls, missing keys, empty values and
        // unknown codes, but no wrong JSON type), so they get past the input check and reach
        // the rules; the other half carry wrong-typed values anywhere (about 1 field in 9).
        let strategy = prop_oneof![
            object(d, &t.input, 0, &pool, true),
            object(d, &t.input, 0, &pool, false),
        ];
        // Which output keys the generated records ever fill (not null, "" or []): the
        // generator must reach the branches, or agreement proves little.
        let filled: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
        let outputs = Mutex::new(0u32);
        let result = runner.run(&strategy, |record| {
            let out = compare(d, t, e, &record).map_err(TestCaseError::fail)?;
            if let Some(Value::Object(m)) = out {
                *outputs.lock().expect("lock") += 1;
                let mut f = filled.lock().expect("lock");
                for (k, v) in m {
                    if !mapping_dsl::stdlib::nulls::is_empty(Some(&v)) {
                        f.insert(k);
                    }
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{}: {e}", t.name);
        }
        let keys = t.output.fields.len();
        let filled = filled.into_inner().expect("lock").len();
        let outputs = outputs.into_inner().expect("lock");
        println!(
            "{}: {CASES} generated records agree ({outputs} with an output; {filled} of {keys} output keys filled at least once)",
            t.name
        );
        // The generator must reach the rules, or agreement proves little. Floors set below what
        // it reaches today (bench 32%, example 57%, WF1 24%, WF2 7% of records with an output;
        // 100/100/100/20% of keys): WF2's PLH fields need a matching question text, a checked
        // answer and a score on the scale, which random records rarely line up.
        assert!(
            outputs * 20 >= CASES,
            "{}: only {outputs} of {CASES} generated records got past the input check and keep",
            t.name
        );
        assert!(
            filled * 100 >= keys * 15,
            "{}: only {filled} of {keys} output keys were ever filled",
            t.name
        );
    }
}

/// FIXME: the interpreter reads a JSON integer above i64::MAX as an `int` (it accepts any
/// `u64`), the compiled code reports it as the wrong type. The spec language's `int` is i64;
/// the interpreter's input check should reject it too (asked of the spec team).
#[test]
fn int_beyond_i64_disagrees() {
    let deps = deployments();
    let (d, t, e) = compiled_transforms(&deps)
        .into_iter()
        .find(|(_, t, _)| t.name == "bench_reference")
        .expect("compiled");
    let record = json!({"id": "x", "age": u64::MAX});
    let interp = outcome(mapping_dsl::interp::run_record(d, t, &record, &ctx(t)));
    let compiled = outcome((e.run_value)(&record, &ctx(t)));
    assert!(matches!(interp, Outcome::Out(_)), "{interp:?}");
    assert_eq!(
        compiled,
        Outcome::Failed("age".into(), "expected int, found number".into(), None)
    );
}
