//! Interpreter semantics of the language additions, one line each: `let:`, steps on computed
//! values, `flatten`, `distinct`, and `""` as a not-answered select code.

use mapping_dsl::source::SourceFile;
use serde_json::{Value, json};

const SCHEMA: &str = "schema: person
fields:
  id: string
  n: string?
  sex: { type: select, options: gender, nullable: true }
  sexes: { type: multi_select, options: gender, nullable: true }
  visits:
    type: list
    nullable: true
    fields:
      date: string?
      anc:
        type: list
        nullable: true
        fields:
          w: int?
";

const GENDER: &str = "option_set: gender
options:
  - { code: male, th: ผู้ชาย }
  - { code: female, th: ผู้หญิง }
";

/// Runs `body` (the lines of a transform after `key: id`) over `input`.
fn run(body: &str, input: Value) -> String {
    let t = format!("transform: t\nsource: person\nkey: id\n{body}\n");
    let files = vec![
        SourceFile::new("d/schemas/person.yaml", SCHEMA),
        SourceFile::new("d/option-sets/gender.yaml", GENDER),
        SourceFile::new("d/transforms/t.yaml", t),
    ];
    crate::support::check_and_run(files, &input)
}

fn visits() -> Value {
    json!({"id": "p1", "n": "7", "visits": [
        {"date": "2024-02-01", "anc": [{"w": 12}, {"w": 20}]},
        {"date": "2024-01-01", "anc": null},
        {"date": "2024-03-01", "anc": [{"w": 30}]}
    ]})
}

#[test]
fn lets_run_in_order_and_later_lets_read_earlier_ones() {
    let body = "let:\n  a: 'concat(id, \"-\")'\n  b: 'concat(let.a, n)'\nfields: { v: let.b }";
    assert_eq!(run(body, visits()), r#"{"v":"p1-7"}"#);
}

#[test]
fn lets_are_record_level_inside_each_and_in_keep() {
    let body = "let:\n  first_date: 'first(sort_by(visits, it.date)).date'\nkeep: 'let.first_date != null'\nfields:\n  rows:\n    each: visits\n    fields: { d: date, first: let.first_date }";
    assert_eq!(
        run(body, visits()),
        r#"{"rows":[{"d":"2024-02-01","first":"2024-01-01"},{"d":"2024-01-01","first":"2024-01-01"},{"d":"2024-03-01","first":"2024-01-01"}]}"#
    );
    assert_eq!(run(body, json!({"id": "p2"})), "dropped");
}

#[test]
fn a_failing_let_fails_the_record_under_its_name_even_when_unread_by_the_output() {
    let body = "let:\n  num: 'to_number(n)'\nkeep: 'let.num > 0 || true'\nfields: { id: id }";
    assert_eq!(run(body, json!({"id": "p1", "n": "5"})), r#"{"id":"p1"}"#);
    let err = run(body, json!({"id": "p1", "n": "x"}));
    assert!(err.starts_with("error: record p1: let.num:"), "{err}");
}

#[test]
fn a_let_used_as_each_source_and_with_steps() {
    let body = "let:\n  ancs: 'flatten(map(visits, it.anc))'\nfields:\n  weeks:\n    each: let.ancs\n    fields: { w: w }\n  last_w: 'last(let.ancs).w'\n  second: 'let.ancs[1].w'\n  n: 'len(let.ancs)'";
    assert_eq!(
        run(body, visits()),
        r#"{"last_w":30,"n":3,"second":20,"weeks":[{"w":12},{"w":20},{"w":30}]}"#
    );
    assert_eq!(
        run(body, json!({"id": "p"})),
        r#"{"last_w":null,"n":0,"second":null,"weeks":null}"#
    );
}

#[test]
fn steps_on_computed_values() {
    assert_eq!(
        run(
            "fields: { d: 'first(sort_by(visits, it.date)).date' }",
            visits()
        ),
        r#"{"d":"2024-01-01"}"#
    );
    assert_eq!(
        run(
            "fields: { w: 'first(filter(visits, it.anc != null)).anc[1].w' }",
            visits()
        ),
        r#"{"w":20}"#
    );
    assert_eq!(
        run("fields: { w: 'first(visits).anc[5].w' }", visits()),
        r#"{"w":null}"#
    );
}

#[test]
fn flatten_and_distinct_in_rules() {
    assert_eq!(
        run(
            "fields: { w: 'map(flatten(map(visits, it.anc)), it.w)' }",
            visits()
        ),
        r#"{"w":[12,20,30]}"#
    );
    let dup = json!({"id": "p", "visits": [{"date": "a"}, {"date": "b"}, {"date": "a"}]});
    assert_eq!(
        run("fields: { d: 'distinct(map(visits, it.date))' }", dup),
        r#"{"d":["a","b"]}"#
    );
}

#[test]
fn an_empty_select_code_reads_as_not_answered() {
    let one = "fields: { sex: { translate: gender } }";
    assert_eq!(run(one, json!({"id": "p", "sex": ""})), r#"{"sex":null}"#);
    let dflt = "fields: { sex: { translate: gender, default: \"-\" } }";
    assert_eq!(run(dflt, json!({"id": "p", "sex": ""})), r#"{"sex":"-"}"#);
    let policy = "policy: { empty: { missing: omit } }\nfields: { sex: { translate: gender } }";
    assert_eq!(run(policy, json!({"id": "p", "sex": ""})), "{}");
    let multi = "fields: { s: { translate: gender, from: sexes } }";
    assert_eq!(
        run(multi, json!({"id": "p", "sexes": ["", "female", ""]})),
        r#"{"s":[{"female":"ผู้หญิง"}]}"#
    );
    assert_eq!(run(multi, json!({"id": "p", "sexes": [""]})), r#"{"s":[]}"#);
    // Any other unknown code still fails the record.
    assert!(run(one, json!({"id": "p", "sex": " "})).contains("unknown code"));
    // translate() the function agrees.
    assert_eq!(
        run(
            "fields: { sex: 'translate(sex, gender)' }",
            json!({"id": "p", "sex": ""})
        ),
        r#"{"sex":null}"#
    );
}
