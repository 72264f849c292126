//! Interpreter semantics, one line each: (transform body, input record) -> output or error.
//! The deployment around the body: the schema and option sets below.

use mapping_dsl::interp::{BatchOptions, Outcome, run_batch};
use mapping_dsl::rt::Context;
use mapping_dsl::source::SourceFile;
use serde_json::{Value, json};

const SCHEMA: &str = "schema: case
coercion: lenient
accept: [number_to_string, string_to_number]
fields:
  id: string
  age: int?
  name: string?
  status: string?
  sex: { type: select, options: gender, nullable: true }
  concerns: { type: multi_select, options: concern, nullable: true }
  sex_his: string?
  phone: string?
  fam:
    type: list
    nullable: true
    fields:
      rel: string?
      sex: { type: select, options: gender, nullable: true }
      src: string?
  address:
    type: object
    nullable: true
    fields:
      city: string?
";

const GENDER: &str = "option_set: gender
options:
  - { code: male, en: Male, th: ผู้ชาย }
  - { code: female, en: Female, th: ผู้หญิง }
  - { code: other, en: Other }
";

const CONCERN: &str = "option_set: concern
options:
  - { code: abuse, th: การทารุณกรรม }
  - { code: neglect, th: การละเลย }
";

const MAP: &str = "value_map: his_sex
entries:
  \"1\": male
  \"2\": female
";

/// Runs `body` (the lines of a transform after `source: case`) over `input`.
fn run(body: &str, input: Value) -> String {
    let policy = if body.contains("policy:") {
        ""
    } else {
        "policy: { missing_label: keep_code }\n"
    };
    let t = format!("transform: t\nsource: case\nkey: id\n{policy}{body}\n");
    let files = vec![
        SourceFile::new("d/schemas/case.yaml", SCHEMA),
        SourceFile::new("d/option-sets/gender.yaml", GENDER),
        SourceFile::new("d/option-sets/concern.yaml", CONCERN),
        SourceFile::new("d/option-sets/his_sex.yaml", MAP),
        SourceFile::new("d/transforms/t.yaml", t),
    ];
    crate::support::check_and_run(files, &input)
}

#[test]
fn expressions_and_copy() {
    assert_eq!(
        run("copy: [id, age]", json!({"id": "a", "age": 3})),
        r#"{"age":3,"id":"a"}"#
    );
    assert_eq!(run("copy: [age]", json!({"id": "a"})), r#"{"age":null}"#);
    assert_eq!(
        run(
            "fields: { n: 'concat(name, \"!\")' }",
            json!({"id": "a", "name": "x"})
        ),
        r#"{"n":"x!"}"#
    );
    assert_eq!(
        run("fields: { a: { from: age } }", json!({"id": "a", "age": 5})),
        r#"{"a":5}"#
    );
    assert_eq!(
        run("fields: { age: {} }", json!({"id": "a", "age": 5})),
        r#"{"age":5}"#
    );
    assert_eq!(
        run("fields: { v: { const: [1, 2] } }", json!({"id": "a"})),
        r#"{"v":[1,2]}"#
    );
    assert_eq!(
        run(
            "fields: { c: address.city }",
            json!({"id": "a", "address": {"city": "BKK"}})
        ),
        r#"{"c":"BKK"}"#
    );
}

#[test]
fn translate_rules() {
    assert_eq!(
        run(
            "fields: { sex: { translate: gender } }",
            json!({"id": "a", "sex": "male"})
        ),
        r#"{"sex":{"male":"ผู้ชาย"}}"#
    );
    assert_eq!(
        run("fields: { sex: { translate: gender } }", json!({"id": "a"})),
        r#"{"sex":null}"#
    );
    assert_eq!(
        run(
            "fields: { c: { translate: concern, from: concerns } }",
            json!({"id": "a", "concerns": ["neglect", "abuse", "neglect"]})
        ),
        r#"{"c":[{"neglect":"การละเลย"},{"abuse":"การทารุณกรรม"},{"neglect":"การละเลย"}]}"#
    );
    assert_eq!(
        run(
            "fields: { sex: { translate: gender } }",
            json!({"id": "a", "sex": "other"})
        ),
        r#"{"sex":{"other":"other"}}"#
    );
    assert_eq!(
        run(
            "fields: { sex: { translate: gender } }",
            json!({"id": "r1", "sex": "x"})
        ),
        "error: record r1: sex: unknown code `x` for option set `gender`"
    );
    assert_eq!(
        run(
            "fields: { sex: { translate: gender, unknown: null } }",
            json!({"id": "a", "sex": "x"})
        ),
        r#"{"sex":{"x":null}}"#
    );
    assert_eq!(
        run(
            "fields: { sex: { translate: gender, lang: en } }",
            json!({"id": "a", "sex": "female"})
        ),
        r#"{"sex":{"female":"Female"}}"#
    );
}

#[test]
fn value_maps() {
    assert_eq!(
        run(
            "fields: { s: { map: his_sex, from: sex_his, unknown: null } }",
            json!({"id": "a", "sex_his": "2"})
        ),
        r#"{"s":"female"}"#
    );
    assert_eq!(
        run(
            "fields: { s: { map: his_sex, from: sex_his } }",
            json!({"id": "a", "sex_his": "9"})
        ),
        "error: record a: s: no entry for `9` in value map `his_sex`"
    );
    assert_eq!(
        run(
            "fields: { s: { map: his_sex, from: sex_his, unknown: keep_code } }",
            json!({"id": "a", "sex_his": "9"})
        ),
        r#"{"s":"9"}"#
    );
}

#[test]
fn each_keep_when_default_empty() {
    let fam = json!({"id": "a", "fam": [{"rel": "x", "sex": "male", "src": "his"}, {"rel": "y", "sex": "female"}, {"rel": "z", "sex": "bad"}]});
    assert_eq!(
        run(
            "fields: { f: { each: fam, keep: 'src != \"his\" && rel != \"z\"', copy: [rel], fields: { id: root.id } } }",
            fam.clone()
        ),
        r#"{"f":[{"id":"a","rel":"y"}]}"#
    );
    assert_eq!(
        run(
            "fields: { f: { each: fam, fields: { s: { translate: gender, from: sex } } } }",
            fam
        ),
        "error: record a: f[2].s: unknown code `bad` for option set `gender`"
    );
    assert_eq!(
        run(
            "fields: { f: { each: fam, copy: [rel] } }",
            json!({"id": "a"})
        ),
        r#"{"f":null}"#
    );
    assert_eq!(
        run(
            "fields: { a: { from: age, when: 'age > 10' } }",
            json!({"id": "a", "age": 5})
        ),
        r#"{}"#
    );
    assert_eq!(
        run(
            "fields: { a: { from: age, when: 'age > 10' } }",
            json!({"id": "a", "age": 50})
        ),
        r#"{"a":50}"#
    );
    assert_eq!(
        run(
            "fields: { a: { from: name, default: \"none\" } }",
            json!({"id": "a"})
        ),
        r#"{"a":"none"}"#
    );
    assert_eq!(
        run(
            "fields: { a: { from: name, empty: { missing: omit } } }",
            json!({"id": "a"})
        ),
        r#"{}"#
    );
    assert_eq!(
        run(
            "fields: { a: { from: name, empty: { empty_string: null } } }",
            json!({"id": "a", "name": ""})
        ),
        r#"{"a":null}"#
    );
    assert_eq!(
        run(
            "policy: { missing_label: keep_code, empty: { missing: \"\" } }\ncopy: [name]",
            json!({"id": "a"})
        ),
        r#"{"name":""}"#
    );
    assert_eq!(
        run(
            "keep: 'status != \"closed\"'\ncopy: [id]",
            json!({"id": "a", "status": "closed"})
        ),
        "dropped"
    );
    assert_eq!(
        run(
            "fields: { o: { copy: [name], fields: { x: { const: 1 } } } }",
            json!({"id": "a", "name": "n"})
        ),
        r#"{"o":{"name":"n","x":1}}"#
    );
}

#[test]
fn input_coercion_is_counted_and_strictness_holds() {
    // number_to_string is accepted by the schema: 1111 -> "1111", counted.
    assert_eq!(
        run("copy: [phone]", json!({"id": "a", "phone": 1111})),
        r#"{"phone":"1111"}"#
    );
    assert_eq!(
        run("copy: [age]", json!({"id": "a", "age": "12"})),
        r#"{"age":12}"#
    );
    // empty_to_null is not in this schema's `accept:` list: "" is not an int here.
    assert_eq!(
        run("copy: [age]", json!({"id": "a", "age": ""})),
        "error: record a: age: expected int, found string"
    );
    // string_to_bool is not accepted, and bool_to_string neither.
    assert_eq!(
        run("copy: [name]", json!({"id": "a", "name": true})),
        "error: record a: name: expected string, found bool"
    );
    assert_eq!(
        run("copy: [id]", json!([1])),
        "error: : the record is not a JSON object"
    );
    // Fields the transform does not read are not validated.
    assert_eq!(
        run("copy: [id]", json!({"id": "a", "age": {"x": 1}})),
        r#"{"id":"a"}"#
    );
}

#[test]
fn counters_and_batches() {
    let files = vec![
        SourceFile::new("d/schemas/case.yaml", SCHEMA),
        SourceFile::new("d/option-sets/gender.yaml", GENDER),
        SourceFile::new("d/option-sets/concern.yaml", CONCERN),
        SourceFile::new(
            "d/transforms/t.yaml",
            "transform: t\nsource: case\nkey: id\npolicy: { missing_label: null }\ncopy: [phone]\nfields: { s: { translate: gender, from: sex, unknown: keep_code } }\n",
        ),
    ];
    let c = mapping_dsl::check_deployment("d", files);
    assert!(c.deployment.is_some(), "{:?}", c.diagnostics);
    let dep = c.deployment.unwrap();
    let ctx = Context::new(chrono::Utc::now());
    let recs = [
        json!({"id": "1", "phone": 5}),
        json!({"id": "2", "phone": []}),
        json!({"id": "3", "sex": "zz"}),
    ];
    let mut seen = Vec::new();
    let failed = run_batch(
        &dep,
        &dep.transforms[0],
        recs.iter(),
        &ctx,
        BatchOptions::default(),
        |i, o| seen.push((i, matches!(o, Outcome::Failed(_)))),
    );
    assert_eq!(failed, 1);
    assert_eq!(seen, vec![(0, false), (1, true), (2, false)]);
    let snap = ctx.counters.snapshot();
    assert_eq!(
        snap.coercions
            .get(&("phone".into(), "number_to_string".into())),
        Some(&1)
    );
    assert_eq!(
        snap.unknown_codes.get(&("gender".into(), "zz".into())),
        Some(&1)
    );
    let mut n = 0;
    let stop = BatchOptions {
        stop_at_first_error: true,
    };
    run_batch(&dep, &dep.transforms[0], recs.iter(), &ctx, stop, |_, _| {
        n += 1
    });
    assert_eq!(n, 2);
}
