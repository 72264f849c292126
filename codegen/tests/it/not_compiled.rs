//! `cargo gen` never leaves a transform to the interpreter: every construct the checker accepts
//! but code generation does not compile fails the run, named, at its YAML line. One small spec
//! per such exit of the emitter (the exits the checker already rules out are internal errors,
//! not tested here: no checked spec reaches them).

use std::path::Path;

const CASE: &str = include_str!("../fixtures/_common/case.yaml");
const GENDER: &str = include_str!("../fixtures/_common/gender.yaml");
const SEX_CODE: &str =
    "value_map: sex_code\nentries:\n  male: \"1\"\n  female: \"2\"\ndefault: \"9\"\n";
const VISIT: &str = "schema: visit\nfields:\n  cid: string\n  forms:\n    type: list\n    nullable: true\n    fields:\n      code: string?\n      questionsList: string?\n";

/// Writes `mappings/d/` with the common schemas and sets and `transforms/t.yaml` holding
/// `transform: t` and `body` (`source: case` first unless `body` names its source).
fn mappings(dir: &Path, body: &str) -> std::path::PathBuf {
    let d = dir.join("mappings").join("d");
    for (sub, name, text) in [
        ("schemas", "case.yaml", CASE),
        ("schemas", "visit.yaml", VISIT),
        ("option-sets", "gender.yaml", GENDER),
        ("option-sets", "sex_code.yaml", SEX_CODE),
    ] {
        std::fs::create_dir_all(d.join(sub)).expect("set up");
        std::fs::write(d.join(sub).join(name), text).expect("set up");
    }
    let source = if body.starts_with("source:") {
        ""
    } else {
        "source: case\n"
    };
    std::fs::create_dir_all(d.join("transforms")).expect("set up");
    std::fs::write(
        d.join("transforms").join("t.yaml"),
        format!("transform: t\n{source}{body}"),
    )
    .expect("set up");
    dir.join("mappings")
}

/// The report with miette's wrapped lines joined (a long message wraps at the margin).
fn unwrap_lines(r: &str) -> String {
    r.replace("\n  │ ", " ")
}

/// `cargo gen`'s report for `body`, which must fail as not compiled.
fn report(body: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    match codegen::fsio::generate_from(&mappings(dir.path(), body)) {
        Err(codegen::fsio::FsError::NotCompiled(r)) => unwrap_lines(&r),
        Err(other) => panic!("not a code generation failure: {other}\n{body}"),
        Ok(_) => panic!("compiled, but should not:\n{body}"),
    }
}

/// `(spec body, construct named, line of the node)`. A one-field body puts the field on line 4.
const CASES: &[(&str, &str, u32)] = &[
    // expressions
    (
        "params:\n  n: { type: int, default: 3 }\nfields:\n  x: params.n\n",
        "a param of type int",
        6,
    ),
    ("fields:\n  x: '-extra'\n", "this unary operator", 4),
    (
        "fields:\n  x: 'if consent then extra else name_first'\n",
        "branches of different types",
        4,
    ),
    (
        "fields:\n  x: 'riskmodel == extra'\n",
        "comparing an object",
        4,
    ),
    (
        "fields:\n  x: 'extra + 1'\n",
        "arithmetic on these types",
        4,
    ),
    (
        "source: visit\nkey: cid\nlet:\n  w1: 'first(forms)'\nquestionnaires:\n  cc:\n    code: CC\n    weeks: { 1: let.w1 }\n    questions:\n      why: { text: \"Why?\", form: text }\nfields:\n  why: { answer: cc.why, week: 1 }\n",
        "a questionnaire that is not `json`",
        13,
    ),
    (
        "let:\n  a: 'null'\nfields:\n  x: let.a\n",
        "a let that is always null",
        4,
    ),
    (
        "key: tags\nfields:\n  x: id\n",
        "a list or object as the record key",
        3,
    ),
    // function calls
    (
        "fields:\n  x: 'contains(tags, age)'\n",
        "contains() of list of text, int",
        4,
    ),
    (
        "fields:\n  x: 'coalesce(extra, name_first)'\n",
        "coalesce() of json, text",
        4,
    ),
    (
        "fields:\n  x: 'join(tags, extra)'\n",
        "join() of list of text, json",
        4,
    ),
    (
        "fields:\n  x: 'join(map(family_details_section, it.relation_age), \",\")'\n",
        "join() of list of int, text",
        4,
    ),
    (
        "fields:\n  x: 'distinct(family_details_section)'\n",
        "distinct() of list of object",
        4,
    ),
    (
        "fields:\n  x: 'contains(extra, \"x\")'\n",
        "contains() of json, text",
        4,
    ),
    (
        "fields:\n  x: 'to_string(tags)'\n",
        "to_string() of list of text",
        4,
    ),
    (
        "fields:\n  x: 'to_number(extra)'\n",
        "to_number() of json",
        4,
    ),
    ("fields:\n  x: 'round(extra)'\n", "round() of json", 4),
    ("fields:\n  x: 'abs(extra)'\n", "abs() of json", 4),
    (
        "fields:\n  x: 'translate(sex, gender)'\n",
        "the function translate()",
        4,
    ),
    ("fields:\n  x: 'map(tags, null)'\n", "map() to null", 4),
    (
        "fields:\n  x: 'sort_by(tags, null)'\n",
        "sort_by() with a key that is not text or a number",
        4,
    ),
    // output rules
    (
        "fields:\n  x: riskmodel\n",
        "an input object as an output value",
        4,
    ),
    (
        "fields:\n  x: { translate: gender, from: extra }\n",
        "a path to something other than a typed field",
        4,
    ),
    (
        "fields:\n  x: { translate: gender, from: 'map(family_details_section, it.relation)' }\n",
        "translating a computed multi_select",
        4,
    ),
    (
        "fields:\n  x: { translate: gender, from: tags }\n",
        "translating this value as a multi_select",
        4,
    ),
    (
        "fields:\n  x: { translate: gender, from: 'first(extra)' }\n",
        "translating a non-text value",
        4,
    ),
    (
        "fields:\n  x:\n    each: tags\n    fields:\n      y: \"1\"\n",
        "`each` over something that is not a subform",
        4,
    ),
    (
        "fields:\n  x:\n    each: 'filter(extra, true)'\n    fields:\n      y: \"1\"\n",
        "`each` over a list of non-objects",
        4,
    ),
    (
        "fields:\n  x:\n    each: 'first(null)'\n    fields:\n      y: \"1\"\n",
        "`each` over a non-list",
        4,
    ),
];

#[test]
fn every_construct_codegen_cannot_compile_fails_cargo_gen_at_its_line() {
    assert!(CASES.len() >= 29, "cases: {}", CASES.len());
    let mut seen = std::collections::BTreeSet::new();
    for (body, construct, line) in CASES {
        let r = report(body);
        assert!(
            r.contains(&format!("{construct} is not supported by code generation")),
            "the report does not name `{construct}`:\n{r}"
        );
        assert!(
            r.contains(&format!("d/transforms/t.yaml:{line}:")),
            "`{construct}` is not reported at line {line}:\n{r}"
        );
        assert!(r.contains("transform `t` cannot be compiled"), "{r}");
        assert!(!r.contains("internal error"), "{r}");
        seen.insert(*construct);
    }
    // Each case is about another exit.
    assert_eq!(seen.len(), CASES.len());
}

#[test]
fn every_transform_that_cannot_be_compiled_is_named_and_nothing_is_generated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = mappings(dir.path(), "fields:\n  x: 'round(extra)'\n");
    let t2 = "transform: t2\nsource: case\nfields:\n  ok: id\n  y: 'abs(extra)'\n";
    std::fs::write(root.join("d/transforms/t2.yaml"), t2).expect("set up");
    let Err(codegen::fsio::FsError::NotCompiled(r)) = codegen::fsio::generate_from(&root) else {
        panic!("two transforms that cannot be compiled were generated");
    };
    let r = unwrap_lines(&r);
    assert!(r.contains("transform `t` cannot be compiled"), "{r}");
    assert!(r.contains("d/transforms/t.yaml:4:"), "{r}");
    assert!(r.contains("transform `t2` cannot be compiled"), "{r}");
    assert!(r.contains("d/transforms/t2.yaml:5:"), "{r}");
    assert!(r.contains("2 transform(s) cannot be compiled"), "{r}");
    // The snippet shows the rule, and the hint says there is no fallback.
    assert!(r.contains("round(extra)"), "{r}");
    assert!(
        r.contains("does not leave transforms to the interpreter"),
        "{r}"
    );
}

#[test]
fn a_transform_that_compiles_is_generated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = mappings(dir.path(), "fields:\n  x: 'round(score)'\n");
    let g = codegen::fsio::generate_from(&root).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        g.files.iter().any(|f| f.path == "d/t.rs"),
        "{:?}",
        g.files.len()
    );
}
