//! Records for the differential test, generated from a transform's input type: missing
//! fields, nulls, empty strings and lists, unknown codes, wrong JSON types, Thai and emoji text,
//! huge numbers, and the values the rules look for ([`Literals`]) so the branches are reached.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use mapping_dsl::ir::{
    BinOp, Deployment, Expr, InputObject, InputType, Lit, ObjectRule, Step, TExpr, Transform,
    ValueRule,
};
use mapping_dsl::stdlib::Func;
use mapping_dsl::types::Scalar;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// What a transform's rules look for in its input, so that generated records reach the
/// branches only a matching value takes.
pub struct Literals {
    /// Every string literal of the transform (lets, keep, key, fields) and every key of the
    /// deployment's value maps.
    pub all: Vec<String>,
    /// Literals compared with a field by its name: `it.question == "…"` files "…" under
    /// `question`, `it.questionnaire_code == "CC"` files "CC" under `questionnaire_code`.
    pub by_field: BTreeMap<String, Vec<String>>,
    /// Fields read as dates: the first argument of `date`, `datetime`, `format_date` or
    /// `years_between`.
    pub dates: BTreeSet<String>,
    /// Other fields read inside a `datetime(...)` (the time in `concat(date, "T", time)`).
    pub times: BTreeSet<String>,
}

impl Literals {
    pub fn of(dep: &Deployment, t: &Transform) -> Literals {
        let mut w = Walk {
            maps: dep
                .value_maps
                .iter()
                .map(|(n, m)| {
                    (
                        n.clone(),
                        m.entries.iter().map(|(k, _)| k.clone()).collect(),
                    )
                })
                .collect(),
            ..Walk::default()
        };
        for l in &t.lets {
            w.expr(&l.expr);
        }
        for e in t.keep.iter().chain(t.key.iter()) {
            w.expr(e);
        }
        w.rules(&t.output);
        for m in dep.value_maps.values() {
            w.all.extend(m.entries.iter().map(|(k, _)| k.clone()));
        }
        Literals {
            all: w.all.into_iter().collect(),
            by_field: w
                .by_field
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect(),
            times: w.times.difference(&w.dates).cloned().collect(),
            dates: w.dates,
        }
    }

    /// The literals compared with this field, if any.
    fn field(&self, name: &str) -> Option<&[String]> {
        self.by_field.get(name).map(Vec::as_slice)
    }
}

#[derive(Default)]
struct Walk {
    /// The deployment's value maps' keys, by map name.
    maps: BTreeMap<String, Vec<String>>,
    all: BTreeSet<String>,
    by_field: BTreeMap<String, BTreeSet<String>>,
    dates: BTreeSet<String>,
    times: BTreeSet<String>,
}

impl Walk {
    fn expr(&mut self, e: &TExpr) {
        match &e.kind {
            Expr::Lit(Lit::String(s)) => {
                self.all.insert(s.clone());
            }
            Expr::Unary(_, a) => self.expr(a),
            Expr::Binary(op, a, b) => {
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    for (x, y) in [(a, b), (b, a)] {
                        if let (Some(f), Expr::Lit(Lit::String(s))) = (field_of(x), &y.kind) {
                            self.by_field.entry(f).or_default().insert(s.clone());
                        }
                    }
                }
                self.expr(a);
                self.expr(b);
            }
            Expr::If(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            Expr::Call(func, args) => {
                if matches!(
                    func,
                    Func::Date | Func::DateTime | Func::FormatDate | Func::YearsBetween
                ) {
                    self.dates.extend(args.iter().filter_map(field_of));
                }
                if matches!(func, Func::DateTime) {
                    args.iter().for_each(|a| fields_in(a, &mut self.times));
                }
                args.iter().for_each(|a| self.expr(a));
            }
            Expr::Access(inner, _) => self.expr(inner),
            // An answer looks its question up by text (and group): records carry those texts
            // where the questionnaire has them.
            Expr::Answer(a) => {
                for src in &a.sources {
                    self.expr(&src.questions);
                    let mut file = |field: &str, text: &str| {
                        self.all.insert(text.to_owned());
                        self.by_field
                            .entry(field.to_owned())
                            .or_default()
                            .insert(text.to_owned());
                    };
                    file("question", &src.text);
                    if let Some(g) = &src.group {
                        file("groupDescription", g);
                    }
                }
            }
            Expr::Path(_) | Expr::Param(_) | Expr::Let(_) | Expr::Lit(_) => {}
        }
    }

    fn rules(&mut self, o: &ObjectRule) {
        for f in &o.fields {
            if let Some(w) = &f.when {
                self.expr(w);
            }
            match &f.value {
                ValueRule::Map { source, map, .. } => {
                    // The field a map reads is looked for among the map's keys.
                    if let (Some(f), Some(m)) = (field_of(source), self.maps.get(map)) {
                        self.by_field
                            .entry(f)
                            .or_default()
                            .extend(m.iter().cloned());
                    }
                    self.expr(source)
                }
                ValueRule::Expr(e) | ValueRule::Translate { source: e, .. } => self.expr(e),
                ValueRule::Object(o) => self.rules(o),
                ValueRule::Each {
                    source, keep, body, ..
                } => {
                    self.expr(source);
                    if let Some(k) = keep {
                        self.expr(k);
                    }
                    self.rules(body);
                }
                ValueRule::Const(_) => {}
            }
        }
    }
}

/// The input field an expression reads, seen through one-argument text calls (`trim(x)`).
fn field_of(e: &TExpr) -> Option<String> {
    let last = |steps: &[Step]| match steps.last() {
        Some(Step::Field(f)) => Some(f.clone()),
        _ => None,
    };
    match &e.kind {
        Expr::Path(p) => last(&p.steps),
        Expr::Access(_, steps) => last(steps),
        Expr::Call(Func::Trim | Func::Lower, args) => args.first().and_then(field_of),
        _ => None,
    }
}

/// Every field an expression reads, at any depth.
fn fields_in(e: &TExpr, out: &mut BTreeSet<String>) {
    out.extend(field_of(e));
    match &e.kind {
        Expr::Unary(_, a) | Expr::Access(a, _) => fields_in(a, out),
        Expr::Binary(_, a, b) => {
            fields_in(a, out);
            fields_in(b, out);
        }
        Expr::If(c, a, b) => [c, a, b].into_iter().for_each(|x| fields_in(x, out)),
        Expr::Call(_, args) => args.iter().for_each(|a| fields_in(a, out)),
        Expr::Answer(a) => a.sources.iter().for_each(|s| fields_in(&s.questions, out)),
        Expr::Lit(_) | Expr::Path(_) | Expr::Param(_) | Expr::Let(_) => {}
    }
}

/// A field's value: a literal the rules compare it with (`weight` in `weight + 1` draws), else
/// `fallback`.
fn keyed(
    lits: &Literals,
    name: &str,
    weight: u32,
    fallback: BoxedStrategy<Value>,
) -> BoxedStrategy<Value> {
    match lits.field(name) {
        Some(l) if !l.is_empty() => {
            let l: Vec<Value> = l.iter().map(|s| json!(s)).collect();
            prop_oneof![weight => proptest::sample::select(l), 1 => fallback].boxed()
        }
        _ => fallback,
    }
}

/// A time of day in a well-formed record: `HH:MM:SS` or empty.
fn time_text() -> BoxedStrategy<Value> {
    prop_oneof![
        4 => (0u32..24, 0u32..60, 0u32..60)
            .prop_map(|(h, m, s)| json!(format!("{h:02}:{m:02}:{s:02}"))),
        1 => Just(json!("")),
    ]
    .boxed()
}

/// A date-like text in a well-formed record: a date, an ISO instant or empty.
fn date_text() -> BoxedStrategy<Value> {
    prop_oneof![
        4 => (2019u32..2027, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| json!(format!("{y}-{m:02}-{d:02}"))),
        2 => (2019u32..2027, 1u32..13, 1u32..29, 0u32..24, 0u32..60)
            .prop_map(|(y, m, d, h, mi)| json!(format!("{y}-{m:02}-{d:02}T{h:02}:{mi:02}:00.000Z"))),
        1 => Just(json!("")),
    ]
    .boxed()
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
        Scalar::Int => prop_oneof![
            4 => (-5i64..120).prop_map(Value::from),
            1 => any::<i64>().prop_map(Value::from),
            1 => ((i64::MAX as u64 + 1)..=u64::MAX).prop_map(Value::from),
            1 => Just(json!(12.0)),
            1 => Just(json!(1e300)),
        ]
        .boxed(),
        Scalar::Number => number(),
        Scalar::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
    }
}

/// `junk()` in one draw of `1 + weight`, or never in a well-formed (`clean`) record.
fn or_junk(clean: bool, weight: u32, good: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    if clean {
        good
    } else {
        prop_oneof![weight => good, 1 => junk()].boxed()
    }
}

/// A PLH answer list: free text, or options `{answer, score, checked}`.
fn answers(lits: &Literals, clean: bool) -> BoxedStrategy<Value> {
    let pool = &lits.all;
    let score = or_junk(
        clean,
        7,
        prop_oneof![
            4 => (0i64..8).prop_map(Value::from),
            2 => (0i64..8).prop_map(|i| json!(i.to_string())),
            1 => Just(Value::Null),
        ]
        .boxed(),
    );
    let checked = or_junk(clean, 8, any::<bool>().prop_map(Value::Bool).boxed());
    let option = (keyed(lits, "answer", 1, text(pool)), score, checked)
        .prop_map(|(a, s, c)| json!({"answer": a, "score": s, "checked": c}));
    // Scored questions are read as option lists: free text is rarer in well-formed records.
    let good = prop_oneof![
        1 => text(pool),
        if clean { 9 } else { 3 } => proptest::collection::vec(option, 0..5).prop_map(Value::Array),
    ]
    .boxed();
    or_junk(clean, 8, good)
}

/// A question text from the pool, sometimes padded (the rules `trim` some of them).
fn question_text(lits: &Literals, clean: bool) -> BoxedStrategy<Value> {
    let text = || keyed(lits, "question", 4, text(&lits.all));
    let good = prop_oneof![
        4 => text(),
        1 => text().prop_map(|v| match v {
            Value::String(s) => json!(format!(" {s} ")),
            other => other,
        }),
    ]
    .boxed();
    or_junk(clean, 5, good)
}

/// `questionsList` in the shapes HIS sends: `[{question, answersList}]` or
/// `[{groupDescription, groupQuestionsList: [{question, answersList}]}]` (or, in records that
/// are not `clean`, something else).
fn questions_list(lits: &Literals, clean: bool) -> BoxedStrategy<Value> {
    let question = (question_text(lits, clean), answers(lits, clean))
        .prop_map(|(q, a)| json!({"question": q, "answersList": a}));
    // Real questionnaires hold 7 to 18 questions; a rule reads one of ~120 question texts, so
    // long lists are what make a generated question match.
    let questions = proptest::collection::vec(question, 0..16).prop_map(Value::Array);
    let group = (
        keyed(lits, "groupDescription", 4, text(&lits.all)),
        questions.clone(),
    )
        .prop_map(|(g, q)| json!({"groupDescription": g, "groupQuestionsList": q}));
    let groups = proptest::collection::vec(group.clone(), 0..3).prop_map(Value::Array);
    if clean {
        return prop_oneof![questions, groups].boxed();
    }
    prop_oneof![
        4 => questions,
        4 => groups,
        1 => (question_text(lits, clean), group)
            .prop_map(|(q, g)| json!([{"question": q, "answersList": "x"}, g, null, 3])),
        1 => junk(),
    ]
    .boxed()
}

/// A `json` field: a PLH `questionsList` by its name, otherwise any JSON.
fn json_field(name: &str, lits: &Literals, clean: bool) -> BoxedStrategy<Value> {
    if name == "questionsList" {
        return questions_list(lits, clean);
    }
    let pool = &lits.all;
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
    lits: &Arc<Literals>,
    clean: bool,
) -> BoxedStrategy<Value> {
    let good = match ty {
        InputType::Scalar(s) => {
            let texty = matches!(s, Scalar::String | Scalar::Date | Scalar::DateTime);
            let datey = lits.dates.contains(name) || matches!(s, Scalar::Date | Scalar::DateTime);
            if !texty {
                scalar(*s, &lits.all, clean)
            } else if clean && datey {
                keyed(lits, name, 3, date_text())
            } else if clean && lits.times.contains(name) {
                time_text()
            } else {
                keyed(lits, name, 3, scalar(*s, &lits.all, clean))
            }
        }
        InputType::Select { set } => codes(dep, set, clean),
        InputType::MultiSelect { set } => proptest::collection::vec(codes(dep, set, clean), 0..4)
            .prop_map(Value::Array)
            .boxed(),
        InputType::Object(o) if depth < MAX_DEPTH => object(dep, o, depth + 1, lits, clean),
        InputType::List(o) if depth < MAX_DEPTH && clean => {
            proptest::collection::vec(object(dep, o, depth + 1, lits, clean), 0..4)
                .prop_map(Value::Array)
                .boxed()
        }
        InputType::List(o) if depth < MAX_DEPTH => prop_oneof![
            6 => proptest::collection::vec(object(dep, o, depth + 1, lits, clean), 0..4)
                .prop_map(Value::Array),
            1 => Just(json!([null])),
        ]
        .boxed(),
        InputType::ScalarList(s) => proptest::collection::vec(scalar(*s, &lits.all, clean), 0..4)
            .prop_map(Value::Array)
            .boxed(),
        InputType::Json => json_field(name, lits, clean),
        _ if clean => Just(Value::Null).boxed(),
        _ => junk(),
    };
    if clean {
        return good;
    }
    prop_oneof![8 => good, 1 => junk()].boxed()
}

pub fn object(
    dep: &Deployment,
    o: &InputObject,
    depth: u32,
    lits: &Arc<Literals>,
    clean: bool,
) -> BoxedStrategy<Value> {
    let fields: Vec<(String, BoxedStrategy<Option<Value>>)> = o
        .fields
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                proptest::option::weighted(0.9, value(dep, &f.name, &f.ty, depth, lits, clean))
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
