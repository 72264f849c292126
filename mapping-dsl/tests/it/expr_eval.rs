//! One-line evaluation tests for every operator and stdlib function, the documented examples of
//! the signature table, and the precedence table. Inputs are JSON; the record type is inferred
//! from the input (`null` fields are `json`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use mapping_dsl::expr::{self, Env, Frame, TranslatePolicy};
use mapping_dsl::ir::{MissingLabel, OptionItem, OptionSet, UnknownCode, ValueMap};
use mapping_dsl::rt::{Context, ErrorKind};
use mapping_dsl::source::{FileId, Span};
use mapping_dsl::stdlib::{Func, signature};
use mapping_dsl::types::{ObjectType, Scalar, Type};
use serde_json::{Value, json};

fn map(s: usize, e: usize) -> Span {
    Span::new(FileId(0), s, e)
}

fn ty_of(v: &Value) -> Type {
    match v {
        Value::Null => Type::Json,
        Value::Bool(_) => Type::BOOL,
        Value::Number(n) if n.is_i64() => Type::INT,
        Value::Number(_) => Type::NUMBER,
        Value::String(_) => Type::STRING,
        Value::Array(a) => Type::List(Box::new(
            a.iter().find(|v| !v.is_null()).map_or(Type::Json, ty_of),
        )),
        Value::Object(o) => Type::Object(ObjectType {
            fields: o.iter().map(|(k, v)| (k.clone(), ty_of(v))).collect(),
        }),
    }
}

fn env_of(input: &Value) -> Env {
    let Type::Object(o) = ty_of(input) else {
        panic!("input must be an object")
    };
    Env::new(o)
        .param("cursor", Scalar::DateTime)
        .option_set(gender())
        .value_map(sex_map())
}

fn gender() -> OptionSet {
    let item = |code: &str, th: &str| OptionItem {
        code: code.into(),
        labels: [
            ("th".to_owned(), th.to_owned()),
            ("en".to_owned(), code.to_uppercase()),
        ]
        .into(),
        span: Span::default(),
    };
    OptionSet {
        name: "gender".into(),
        source: None,
        options: vec![item("male", "ผู้ชาย"), item("female", "ผู้หญิง")],
        span: Span::default(),
        index: Default::default(),
    }
}

fn sex_map() -> ValueMap {
    ValueMap {
        name: "his_sex".into(),
        entries: vec![("1".into(), json!("male")), ("2".into(), json!("female"))],
        default: None,
        value_type: Type::Select {
            set: "gender".into(),
        },
        span: Span::default(),
    }
}

fn ctx() -> Context {
    let now: DateTime<Utc> = "2024-01-31T18:00:00Z".parse().unwrap();
    Context::new(now).with_param("cursor", json!("2024-01-01T00:00:00Z"))
}

fn run_in(src: &str, input: &Value, env: &Env) -> Result<Value, String> {
    let ast = expr::parse(src, &map).map_err(|d| format!("{}: {}", d.code.as_str(), d.message))?;
    let t = expr::check(&ast, env)
        .map_err(|ds| format!("{}: {}", ds[0].code.as_str(), ds[0].message))?;
    let ctx = ctx();
    let sets: BTreeMap<_, _> = env.option_sets.as_ref().clone();
    let maps: BTreeMap<_, _> = env.value_maps.as_ref().clone();
    let frame = Frame::new(input, &ctx).with_tables(&sets, &maps);
    expr::eval(&t, &frame)
        .map(|v| v.into_owned())
        .map_err(|e| format!("run: {e}"))
}

fn run(src: &str, input: &Value) -> Result<Value, String> {
    run_in(src, input, &env_of(input))
}

#[track_caller]
fn assert_eval(src: &str, input: Value, expected: Value) {
    match run(src, &input) {
        Ok(v) => assert_eq!(v, expected, "{src}"),
        Err(e) => panic!("{src}: {e}"),
    }
}

/// The error (check-time code or run-time message) contains `part`.
#[track_caller]
fn assert_err(src: &str, input: Value, part: &str) {
    match run(src, &input) {
        Ok(v) => panic!("{src}: expected an error containing {part:?}, got {v}"),
        Err(e) => assert!(e.contains(part), "{src}: {e:?} does not contain {part:?}"),
    }
}

#[test]
fn literals_and_paths() {
    assert_eval(
        r#""a\"b\n\u0e01\ud83d\ude00""#,
        json!({}),
        json!("a\"b\nก😀"),
    );
    assert_eval("12", json!({}), json!(12));
    assert_eval("-12", json!({}), json!(-12));
    assert_eval("1.5", json!({}), json!(1.5));
    assert_eval("2e3", json!({}), json!(2000.0));
    assert_eval("true", json!({}), json!(true));
    assert_eval("null", json!({}), json!(null));
    assert_eval(
        "a.b[1].c",
        json!({"a": {"b": [{"c": 1}, {"c": 2}]}}),
        json!(2),
    );
    assert_eval("a.b[5].c", json!({"a": {"b": [{"c": 1}]}}), json!(null));
    assert_eval(
        r#"a."weird-name""#,
        json!({"a": {"weird-name": 3}}),
        json!(3),
    );
    assert_eval(
        r#"a["weird-name"]"#,
        json!({"a": {"weird-name": 3}}),
        json!(3),
    );
    assert_eval("x.y", json!({"x": null}), json!(null));
    assert_eval("params.cursor", json!({}), json!("2024-01-01T00:00:00Z"));
    assert_eval("a\n  .b", json!({"a": {"b": 1}}), json!(1));
}

#[test]
fn arithmetic_keeps_ints_and_floats_apart() {
    assert_eval("a + 2", json!({"a": 3}), json!(5));
    assert_eval("a - 5", json!({"a": 3}), json!(-2));
    assert_eval("a * 2", json!({"a": 3}), json!(6));
    assert_eval("a / 2", json!({"a": 3}), json!(1.5));
    assert_eval("a / 3", json!({"a": 3}), json!(1.0));
    assert_eval("a + 0.5", json!({"a": 3}), json!(3.5));
    assert_eval("-a", json!({"a": 3}), json!(-3));
    assert_eval("-a", json!({"a": 1.5}), json!(-1.5));
    assert_eval("a + 1", json!({"a": null}), json!(null));
    assert_err("a * 2", json!({"a": i64::MAX}), "integer overflow");
    assert_err("a / 0", json!({"a": 1}), "division by zero");
    assert_err(r#"a + "1""#, json!({"a": 1}), "E301");
}

#[test]
fn logic_short_circuits_and_reads_null_as_false() {
    assert_eval("a && b", json!({"a": true, "b": false}), json!(false));
    assert_eval("a || b", json!({"a": false, "b": true}), json!(true));
    assert_eval("!a", json!({"a": true}), json!(false));
    assert_eval("!a", json!({"a": null}), json!(true));
    assert_eval("a && b", json!({"a": null, "b": true}), json!(false));
    // The right side would fail (division by zero) if it ran.
    assert_eval("false && 1 / 0 > 1", json!({}), json!(false));
    assert_eval("true || 1 / 0 > 1", json!({}), json!(true));
    assert_err("a && true", json!({"a": "x"}), "E301");
}

#[test]
fn comparisons() {
    assert_eval("a < 18", json!({"a": 12}), json!(true));
    assert_eval("a <= 1.5", json!({"a": 1}), json!(true));
    assert_eval("a == 1.0", json!({"a": 1}), json!(true));
    assert_eval("a != 2", json!({"a": 1}), json!(true));
    assert_eval(
        "a > b",
        json!({"a": "2024-02-01", "b": "2024-01-31"}),
        json!(true),
    );
    assert_eval(r#"a >= "b""#, json!({"a": "a"}), json!(false));
    assert_eval(r#""ก" > a"#, json!({"a": "z"}), json!(true));
    assert_eval("a == null", json!({"a": null}), json!(true));
    assert_eval("a != null", json!({"a": 0}), json!(true));
    assert_eval("a < 1", json!({"a": null}), json!(false));
    assert_eval("a >= 1", json!({"a": null}), json!(false));
    assert_eval(r#"a == "x""#, json!({"a": null}), json!(false));
    assert_eval(r#"a != "x""#, json!({"a": null}), json!(true));
    assert_eval("a == b", json!({"a": true, "b": true}), json!(true));
    assert_eval("(a < b) == true", json!({"a": 1, "b": 2}), json!(true));
    assert_err(r#"a < "x""#, json!({"a": 1}), "E303");
    assert_err("a < b < c", json!({"a": 1, "b": 2, "c": 3}), "E101");
    assert_err("a < null", json!({"a": 1}), "E303");
}

#[test]
fn if_then_else() {
    let src = r#"if age == null then "unknown" else if age < 18 then "child" else "adult""#;
    assert_eval(src, json!({"age": 12}), json!("child"));
    assert_eval(src, json!({"age": 30}), json!("adult"));
    assert_eval(src, json!({"age": null}), json!("unknown"));
    assert_eval("if a then 1 else 2.5", json!({"a": true}), json!(1));
    assert_eval(
        "1 + if a then 1 else 2 * 10",
        json!({"a": false}),
        json!(21),
    );
    assert_err(r#"if a then 1 else "x""#, json!({"a": true}), "E301");
    assert_err("if a then 1 else 2", json!({"a": "yes"}), "E304");
}

#[test]
fn text_functions() {
    assert_eval(
        r#"concat(a, " ", b)"#,
        json!({"a": "x", "b": "y"}),
        json!("x y"),
    );
    assert_eval(
        r#"concat(a, " ", b)"#,
        json!({"a": "x", "b": null}),
        json!("x "),
    );
    assert_eval("trim(a)", json!({"a": "  x\n"}), json!("x"));
    assert_eval("lower(a)", json!({"a": "ÀB"}), json!("àb"));
    assert_eval("upper(a)", json!({"a": "ab"}), json!("AB"));
    assert_eval(
        "substr(a, 0, 10)",
        json!({"a": "2024-01-31T00:00:00Z"}),
        json!("2024-01-31"),
    );
    assert_eval("substr(a, 2)", json!({"a": "ผู้ชาย"}), json!("้ชาย"));
    assert_eval("substr(a, -1, 99)", json!({"a": "abc"}), json!("abc"));
    assert_eval("substr(a, 1, 1)", json!({"a": null}), json!(null));
    assert_eval(
        "digits_only(a)",
        json!({"a": "1-1111-11111-11-3"}),
        json!("1111111111113"),
    );
    assert_eval(
        "digits_only(a)",
        json!({"a": 1111111111113_i64}),
        json!("1111111111113"),
    );
    assert_eval(
        r#"replace(a, "-", "")"#,
        json!({"a": "1-2-3"}),
        json!("123"),
    );
    assert_eval(r#"split(a, ",")"#, json!({"a": "a,b"}), json!(["a", "b"]));
    assert_eval(
        r#"join(l, "|")"#,
        json!({"l": ["a", null, "b"]}),
        json!("a||b"),
    );
    assert_eval(r#"join(l, "|")"#, json!({"l": null}), json!(null));
    assert_eval(r#"contains(a, "b")"#, json!({"a": "abc"}), json!(true));
    assert_eval(r#"contains(l, "b")"#, json!({"l": ["a", "b"]}), json!(true));
    assert_eval("contains(l, 2)", json!({"l": [1, 2.0]}), json!(true));
    assert_eval(r#"contains(a, "z")"#, json!({"a": null}), json!(false));
    assert_eval(r#"starts_with(a, "ab")"#, json!({"a": "abc"}), json!(true));
    assert_eval("len(a)", json!({"a": "ผู้ชาย"}), json!(6));
    assert_eval("len(l)", json!({"l": [1, 2, 3]}), json!(3));
    assert_eval("len(a)", json!({"a": null}), json!(0));
    assert_err("trim(a)", json!({"a": 5}), "E301");
    assert_err("concat(a)", json!({"a": 5}), "E301");
}

#[test]
fn null_functions() {
    assert_eval(
        r#"coalesce(a, b, "z")"#,
        json!({"a": null, "b": "y"}),
        json!("y"),
    );
    assert_eval(
        r#"coalesce(a, b, "z")"#,
        json!({"a": null, "b": null}),
        json!("z"),
    );
    assert_eval(r#"default(a, "none")"#, json!({"a": ""}), json!("none"));
    assert_eval(r#"default(a, "none")"#, json!({"a": "x"}), json!("x"));
    assert_eval("default(l, m)", json!({"l": [], "m": [1]}), json!([1]));
    assert_eval("is_empty(a)", json!({"a": null}), json!(true));
    assert_eval("is_empty(a)", json!({"a": ""}), json!(true));
    assert_eval("is_empty(l)", json!({"l": []}), json!(true));
    assert_eval("is_empty(a)", json!({"a": 0}), json!(false));
    assert_err(r#"coalesce(a, "x")"#, json!({"a": 1}), "E301");
}

#[test]
fn conversions() {
    assert_eval("to_string(a)", json!({"a": 12}), json!("12"));
    assert_eval("to_string(a)", json!({"a": 1.5}), json!("1.5"));
    assert_eval("to_string(a)", json!({"a": true}), json!("true"));
    assert_eval("to_string(a)", json!({"a": null}), json!(null));
    assert_eval("to_number(a)", json!({"a": "12"}), json!(12));
    assert_eval("to_number(a)", json!({"a": " -1.25 "}), json!(-1.25));
    assert_eval("to_number(a)", json!({"a": 3}), json!(3));
    assert_eval("to_number(a) + 1", json!({"a": "2"}), json!(3.0));
    assert_err(
        "to_number(a)",
        json!({"a": "12abc"}),
        "`12abc` is not a number",
    );
    assert_err("to_number(a)", json!({"a": ""}), "is not a number");
    assert_eval("round(a)", json!({"a": 2.5}), json!(3));
    assert_eval("round(a)", json!({"a": 7}), json!(7));
    assert_eval("abs(a)", json!({"a": -7}), json!(7));
    assert_eval("abs(a)", json!({"a": -0.5}), json!(0.5));
    assert_err("round(a)", json!({"a": 1e300}), "out of the int range");
}

#[test]
fn dates() {
    assert_eval(
        "date(a)",
        json!({"a": "2024-02-29T10:00:00Z"}),
        json!("2024-02-29"),
    );
    assert_err("date(a)", json!({"a": "2023-02-29"}), "is not a date");
    assert_eval(
        "datetime(a)",
        json!({"a": "2024-01-01T07:00:00+07:00"}),
        json!("2024-01-01T07:00:00+07:00"),
    );
    assert_err(
        "datetime(a)",
        json!({"a": "soon"}),
        "is not an ISO-8601 datetime",
    );
    assert_eval(
        r#"format_date(a, "%d/%m/%Y")"#,
        json!({"a": "2024-01-31T20:00:00Z"}),
        json!("31/01/2024"),
    );
    assert_eval(
        r#"format_date(a, "%d/%m/%Y", "Asia/Bangkok")"#,
        json!({"a": "2024-01-31T20:00:00Z"}),
        json!("01/02/2024"),
    );
    assert_err(
        r#"format_date(a, "%Q")"#,
        json!({"a": "2024-01-31"}),
        "strftime",
    );
    assert_eval("today()", json!({}), json!("2024-02-01"));
    assert_eval(r#"today("UTC")"#, json!({}), json!("2024-01-31"));
    assert_eval(
        "years_between(b, today())",
        json!({"b": "2010-02-01"}),
        json!(14),
    );
    assert_eval(
        "years_between(b, today())",
        json!({"b": "2010-02-02"}),
        json!(13),
    );
    assert_eval(
        "years_between(b, d)",
        json!({"b": null, "d": "2020-01-01"}),
        json!(null),
    );
    assert_eval(
        "date_closure >= substr(params.cursor, 0, 10)",
        json!({"date_closure": "2024-01-02"}),
        json!(true),
    );
}

#[test]
fn list_functions() {
    let l = json!({"l": [{"n": "b", "a": 12}, {"n": "a", "a": 30}, {"n": "c", "a": null}]});
    assert_eval("first(l).n", l.clone(), json!("b"));
    assert_eval("first(l)", l.clone(), json!({"n": "b", "a": 12}));
    assert_eval("last(l)", l.clone(), json!({"n": "c", "a": null}));
    assert_eval("first(l)", json!({"l": []}), json!(null));
    assert_eval(
        "filter(l, it.a < 18)",
        l.clone(),
        json!([{"n": "b", "a": 12}]),
    );
    assert_eval("find(l, it.a >= 18)", l.clone(), json!({"n": "a", "a": 30}));
    assert_eval(r#"find(l, it.n == "z")"#, l.clone(), json!(null));
    assert_eval("map(l, upper(it.n))", l.clone(), json!(["B", "A", "C"]));
    assert_eval(
        "map(sort_by(l, it.n), it.n)",
        l.clone(),
        json!(["a", "b", "c"]),
    );
    assert_eval(
        "map(sort_by(l, it.a), it.n)",
        l.clone(),
        json!(["b", "a", "c"]),
    );
    assert_eval("len(filter(l, it.a != null))", l.clone(), json!(2));
    // Nested collection functions: the inner `it` is the inner element.
    let nested = json!({"g": [{"xs": [1, 5]}, {"xs": [7]}]});
    assert_eval("map(g, len(filter(it.xs, it > 2)))", nested, json!([1, 1]));
    assert_eval("filter(l, it > 1)", json!({"l": [1, 5, 2]}), json!([5, 2]));
    assert_eval("map(l, it * 2)", json!({"l": null}), json!(null));
    assert_err("filter(l, it.n)", l.clone(), "E304");
    assert_err("filter(a, true)", json!({"a": "x"}), "E301");
}

#[test]
fn steps_on_computed_values() {
    let v = json!({"v": [{"d": "2024-01-02", "anc": [{"w": 1}, {"w": 2}]}, {"d": null, "anc": null}], "s": "a-b"});
    assert_eval("first(v).d", v.clone(), json!("2024-01-02"));
    assert_eval("first(v).anc[1].w", v.clone(), json!(2));
    assert_eval("last(v).anc[0].w", v.clone(), json!(null));
    assert_eval("(first(v)).d", v.clone(), json!("2024-01-02"));
    assert_eval(r#"split(s, "-")[1]"#, v.clone(), json!("b"));
    assert_eval(r#"split(s, "-")[5]"#, v.clone(), json!(null));
    assert_eval("first(filter(v, it.d == null)).anc", v.clone(), json!(null));
    assert_eval("(coalesce(last(v), first(v))).d", v.clone(), json!(null));
    assert_eval("map(v, first(it.anc).w)", v.clone(), json!([1, null]));
    assert_eval("first(v).nope", json!({"v": null}), json!(null));
    // Typed: into the element's object type, into json stays json.
    assert_err("first(v).dd", v.clone(), "E201");
    assert_err("first(v).d.x", v.clone(), "E210");
    assert_err("first(v).d[0]", v.clone(), "E209");
    assert_eval("first(j).a.b", json!({"j": [null]}), json!(null));
}

#[test]
fn lets_read_through_the_frame() {
    let input = json!({"v": [{"d": "x"}]});
    let env = env_of(&input).with_let(
        "w",
        Type::List(Box::new(Type::Object(Env::object([("d", Type::STRING)])))),
    );
    let ast = expr::parse("let.w[0].d", &map).unwrap();
    let t = expr::check(&ast, &env).unwrap();
    assert_eq!(t.ty, Type::STRING);
    let ctx = ctx();
    let lets = [("w", json!([{"d": "y"}]))];
    let frame = Frame::new(&input, &ctx).with_lets(&lets);
    assert_eq!(expr::eval(&t, &frame).unwrap().into_owned(), json!("y"));
    // Not declared: E212 with a suggestion; `let` alone: E212.
    assert_err("let.ww", input.clone(), "E212");
    let d = expr::check(&expr::parse("let.W", &map).unwrap(), &env).unwrap_err();
    assert_eq!(d[0].hint.as_deref(), Some("did you mean `w`?"));
    assert_err("let", input.clone(), "E212");
}

#[test]
fn flatten_and_distinct() {
    let v = json!({"v": [{"anc": [{"w": 1}, {"w": 2}]}, {"anc": null}, {"anc": []}, {"anc": [{"w": 1}]}]});
    assert_eval(
        "flatten(map(v, it.anc))",
        v.clone(),
        json!([{"w": 1}, {"w": 2}, {"w": 1}]),
    );
    assert_eval(
        "distinct(flatten(map(v, it.anc)))",
        v.clone(),
        json!([{"w": 1}, {"w": 2}]),
    );
    assert_eval(
        "map(flatten(map(v, it.anc)), it.w)",
        v.clone(),
        json!([1, 2, 1]),
    );
    assert_eval("flatten(l)", json!({"l": null}), json!(null));
    assert_eval("distinct(l)", json!({"l": null}), json!(null));
    assert_eval(
        "distinct(l)",
        json!({"l": [2, 1, 2.0, null, null]}),
        json!([2, 1, null]),
    );
    assert_err("flatten(l)", json!({"l": [1, 2]}), "E301");
    assert_err("flatten(s)", json!({"s": "x"}), "E301");
    assert_err("flatten(j)", json!({"j": [[1], 2]}), "a list");
}

#[test]
fn translate_and_lookup() {
    let rec = Env::object([
        (
            "sex",
            Type::Select {
                set: "gender".into(),
            },
        ),
        (
            "sexes",
            Type::MultiSelect {
                set: "gender".into(),
            },
        ),
        ("his", Type::STRING),
        ("n", Type::INT),
    ]);
    let env = Env::new(rec).option_set(gender()).value_map(sex_map());
    let input = json!({"sex": "male", "sexes": ["female", "male"], "his": "2", "n": 1});
    let r = |src: &str, input: &Value, env: &Env| run_in(src, input, env);
    assert_eq!(
        r("translate(sex, gender)", &input, &env),
        Ok(json!({"male": "ผู้ชาย"}))
    );
    assert_eq!(
        r(r#"translate(sexes, "gender")"#, &input, &env),
        Ok(json!([{"female": "ผู้หญิง"}, {"male": "ผู้ชาย"}]))
    );
    assert_eq!(
        r("translate(sex, gender)", &json!({"sex": null}), &env),
        Ok(json!(null))
    );
    // `""` is "not answered": null for a select, dropped from a multi select.
    assert_eq!(
        r("translate(sex, gender)", &json!({"sex": ""}), &env),
        Ok(json!(null))
    );
    assert_eq!(
        r(
            "translate(sexes, gender)",
            &json!({"sexes": ["", "male", ""]}),
            &env
        ),
        Ok(json!([{"male": "ผู้ชาย"}]))
    );
    assert!(
        r("translate(sex, gender)", &json!({"sex": "x"}), &env)
            .unwrap_err()
            .contains("unknown code `x`")
    );
    let en = env.clone().translate_policy(TranslatePolicy {
        lang: "en".into(),
        unknown: UnknownCode::KeepCode,
        missing: MissingLabel::Error,
    });
    assert_eq!(
        r("translate(sex, gender)", &json!({"sex": "x"}), &en),
        Ok(json!({"x": "x"}))
    );
    assert_eq!(
        r("translate(sex, gender)", &input, &en),
        Ok(json!({"male": "MALE"}))
    );
    assert_eq!(r("lookup(his, his_sex)", &input, &env), Ok(json!("female")));
    assert_eq!(r("lookup(n, his_sex)", &input, &env), Ok(json!("male")));
    assert!(
        r("lookup(his, his_sex)", &json!({"his": "9"}), &env)
            .unwrap_err()
            .contains("no entry for `9`")
    );
    assert_eq!(
        r("translate(lookup(his, his_sex), gender)", &input, &env),
        Ok(json!({"female": "ผู้หญิง"}))
    );
    assert!(
        r("translate(his, gender)", &input, &env)
            .unwrap_err()
            .starts_with("E305")
    );
}

#[test]
fn unknown_codes_are_counted() {
    let env = Env::new(Env::object([(
        "sex",
        Type::Select {
            set: "gender".into(),
        },
    )]))
    .option_set(gender())
    .translate_policy(TranslatePolicy {
        lang: "th".into(),
        unknown: UnknownCode::Null,
        missing: MissingLabel::Error,
    });
    let t = expr::check(&expr::parse("translate(sex, gender)", &map).unwrap(), &env).unwrap();
    let ctx = ctx();
    let sets = env.option_sets.as_ref().clone();
    let maps = BTreeMap::new();
    let rec = json!({"sex": "zz"});
    let frame = Frame::new(&rec, &ctx).with_tables(&sets, &maps);
    assert_eq!(
        expr::eval(&t, &frame).unwrap().into_owned(),
        json!({"zz": null})
    );
    assert_eq!(
        ctx.counters
            .snapshot()
            .unknown_codes
            .get(&("gender".into(), "zz".into())),
        Some(&1)
    );
}

#[test]
fn each_elements_root_and_eval_bool() {
    let elem = Env::object([("relation", Type::STRING)]);
    let env = Env::new(Env::object([
        ("case_id", Type::STRING),
        ("family", Type::List(Box::new(Type::Object(elem.clone())))),
    ]))
    .each(Type::Object(elem));
    let t = expr::check(
        &expr::parse(r#"concat(root.case_id, ":", relation)"#, &map).unwrap(),
        &env,
    )
    .unwrap();
    let rec = json!({"case_id": "c1", "family": [{"relation": "mother"}]});
    let ctx = ctx();
    let el = [&rec["family"][0]];
    let frame = Frame::new(&rec, &ctx).with_elements(&el);
    assert_eq!(
        expr::eval(&t, &frame).unwrap().into_owned(),
        json!("c1:mother")
    );
    let cond = expr::check_bool(&expr::parse(r#"relation != "his""#, &map).unwrap(), &env).unwrap();
    assert!(expr::eval_bool(&cond, &frame).unwrap());
    let e = expr::eval_bool(&t, &frame).unwrap_err();
    assert_eq!(
        e,
        ErrorKind::WrongType {
            expected: "a bool".into(),
            found: "a string".into()
        }
    );
}

/// Every example in the signature table (shown in the docs) holds.
#[test]
fn documented_examples_hold() {
    let mut n = 0;
    for f in Func::ALL {
        for ex in signature(f).examples {
            let input: Value = serde_json::from_str(ex.input).unwrap();
            let want: Value = serde_json::from_str(ex.output).unwrap();
            assert_eq!(
                run(ex.expr, &input),
                Ok(want),
                "{} example `{}`",
                f.name(),
                ex.expr
            );
            n += 1;
        }
    }
    assert!(n > 40, "only {n} examples");
}

/// Fully parenthesised rendering of the syntax tree, to test precedence.
fn show(e: &expr::ast::Expr) -> String {
    use expr::ast::{ExprKind, Head, Step};
    use mapping_dsl::ir::{BinOp, Lit, UnaryOp};
    match &e.kind {
        ExprKind::Lit(Lit::Int(i)) => i.to_string(),
        ExprKind::Lit(l) => format!("{l:?}"),
        ExprKind::Path(p) => {
            let mut s = match &p.head {
                Head::Field(f) => f.clone(),
                Head::Params => "params".into(),
                Head::Root => "root".into(),
                Head::It => "it".into(),
                Head::Let => "let".into(),
            };
            for st in &p.steps {
                match &st.step {
                    Step::Field(f) => s += &format!(".{f}"),
                    Step::Index(i) => s += &format!("[{i}]"),
                }
            }
            s
        }
        ExprKind::Access(x, steps) => {
            let mut s = format!("<{}>", show(x));
            for st in steps {
                match &st.step {
                    Step::Field(f) => s += &format!(".{f}"),
                    Step::Index(i) => s += &format!("[{i}]"),
                }
            }
            s
        }
        ExprKind::Unary(op, x) => format!(
            "({}{})",
            if *op == UnaryOp::Not { "!" } else { "-" },
            show(x)
        ),
        ExprKind::Binary(op, a, b) => {
            let sym = mapping_dsl::stdlib::ops::op_symbol(*op);
            let _ = BinOp::Add;
            format!("({} {sym} {})", show(a), show(b))
        }
        ExprKind::If(c, a, b) => format!("(if {} then {} else {})", show(c), show(a), show(b)),
        ExprKind::Call { name, args, .. } => format!(
            "{name}({})",
            args.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[test]
fn precedence_table() {
    let cases = [
        ("a || b && c", "(a || (b && c))"),
        ("a && b || c", "((a && b) || c)"),
        ("a == b && c != d", "((a == b) && (c != d))"),
        ("a < b + c", "(a < (b + c))"),
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a / b / c", "((a / b) / c)"),
        ("-a * b", "((-a) * b)"),
        ("!a && b", "((!a) && b)"),
        ("!a == b", "((!a) == b)"),
        ("-a.b[0]", "(-a.b[0])"),
        ("- -a", "(-(-a))"),
        ("a - -1", "(a - -1)"),
        ("(a + b) * c", "((a + b) * c)"),
        ("if a then b else c || d", "(if a then b else (c || d))"),
        (
            "x + if a then b else c + d",
            "(x + (if a then b else (c + d)))",
        ),
        ("f(a, b + c)", "f(a, (b + c))"),
        ("a <= b == true", "E101"),
        ("first(l).date", "<first(l)>.date"),
        ("f(x)[0].a", "<f(x)>[0].a"),
        ("(a).b", "<a>.b"),
        ("(a + b).c", "<(a + b)>.c"),
        ("-first(l).n * 2", "((-<first(l)>.n) * 2)"),
        ("!(a).b", "(!<a>.b)"),
        ("let.week1.questionsList[0]", "let.week1.questionsList[0]"),
        ("(let.w).d", "<let.w>.d"),
        (
            "if a then b else first(l).c",
            "(if a then b else <first(l)>.c)",
        ),
        ("a\n&&\nb", "(a && b)"),
    ];
    for (src, want) in cases {
        let got = match expr::parse(src, &map) {
            Ok(e) => show(&e),
            Err(d) => d.code.as_str().to_owned(),
        };
        assert_eq!(got, want, "{src}");
    }
}
