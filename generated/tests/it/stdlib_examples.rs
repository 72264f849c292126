//! Issue 15 item 4: the stdlib's documented examples hold in compiled code, as they do in the
//! interpreter (`mapping-dsl/tests/it/expr_eval.rs::documented_examples_hold`). `cargo gen`
//! compiles each example as a transform of its own (`generated::stdlib_examples`, outside the
//! registry); each runs here on its input, from a parsed value and from bytes.

use chrono::{DateTime, Utc};
use generated::stdlib_examples::{CURSOR, EXAMPLES, FIELD, NOT_COMPILED, NOW};
use mapping_dsl::stdlib::{Func, signature};
use mapwright_rt::Context;
use serde_json::{Value, json};

/// The examples code generation does not compile, with what `cargo gen` says: the known gaps.
/// A new gap, or a gap closed, fails the test below until this list says so.
const KNOWN_GAPS: &[(&str, &str)] = &[
    // `a` is null in the example, so its type is `json`; `b` and `3` are ints.
    ("coalesce(a, b, 3)", "coalesce() of json, int, int"),
    // Generated code reads input objects into typed structs, which it does not write out; the
    // interpreter writes the input's JSON as it is.
    (
        "find(l, it.k == \"b\")",
        "an input object as an output value",
    ),
    ("sort_by(l, it.n)", "an input object as an output value"),
    (
        "flatten(map(v, it.anc))",
        "an input object as an output value",
    ),
];

fn ctx() -> Context {
    let now: DateTime<Utc> = NOW.parse().expect("the examples' clock");
    Context::new(now).with_param("cursor", json!(CURSOR))
}

fn parse(what: &str, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{what} {text}: {e}"))
}

#[test]
fn documented_examples_hold_in_compiled_code() {
    let ctx = ctx();
    let mut ran = 0;
    for ex in EXAMPLES {
        let input = parse("input", ex.input);
        let want = json!({ FIELD: parse("output", ex.output) });
        let what = format!("{} example `{}` on {}", ex.func, ex.expr, ex.input);
        let got = (ex.run_value)(&input, &ctx).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got, Some(want.clone()), "{what}");
        let bytes = (ex.run_bytes)(ex.input.as_bytes(), &ctx)
            .unwrap_or_else(|e| panic!("{what}: {e}"))
            .unwrap_or_else(|| panic!("{what}: dropped"));
        assert_eq!(
            parse("output", &String::from_utf8_lossy(&bytes)),
            want,
            "{what}"
        );
        ran += 1;
    }
    assert!(ran >= 40, "only {ran} examples ran");
    let documented: usize = Func::ALL.iter().map(|f| signature(*f).examples.len()).sum();
    assert_eq!(
        ran + NOT_COMPILED.len(),
        documented,
        "examples run or known not to compile"
    );

    let gaps: Vec<(&str, &str)> = NOT_COMPILED.iter().map(|g| (g.expr, g.why)).collect();
    assert_eq!(gaps.len(), KNOWN_GAPS.len(), "not compiled: {gaps:#?}");
    for ((expr, why), (known, reason)) in gaps.iter().zip(KNOWN_GAPS) {
        assert_eq!(expr, known, "not compiled: {gaps:#?}");
        assert!(why.contains(reason), "`{expr}`: {why}");
    }
}

/// The compiled examples and the known gaps are exactly the signature table's examples, in its
/// order: none is left out, none is stale.
#[test]
fn the_compiled_examples_are_the_signature_tables() {
    let table: Vec<(&str, &str, &str, &str)> = Func::ALL
        .iter()
        .flat_map(|f| {
            let sig = signature(*f);
            sig.examples
                .iter()
                .map(|ex| (sig.name, ex.expr, ex.input, ex.output))
        })
        .collect();
    let compiled: Vec<(&str, &str, &str, &str)> = EXAMPLES
        .iter()
        .map(|ex| (ex.func, ex.expr, ex.input, ex.output))
        .collect();
    let gaps: Vec<(&str, &str)> = NOT_COMPILED.iter().map(|g| (g.func, g.expr)).collect();
    let expected: Vec<(&str, &str, &str, &str)> = table
        .iter()
        .copied()
        .filter(|(f, e, _, _)| !gaps.contains(&(*f, *e)))
        .collect();
    assert_eq!(compiled, expected);
    assert_eq!(compiled.len() + gaps.len(), table.len());
}

/// The examples are compiled for this test only: the binary lists and runs the registry, and
/// none of them is in it.
#[test]
fn the_examples_are_not_in_the_registry() {
    assert!(!generated::registry().is_empty());
    for e in generated::registry() {
        assert_ne!(e.deployment, "stdlib_examples", "{}", e.name);
    }
    for name in ["abs_1", "concat_1", "uuid_cut_2"] {
        assert!(generated::find(name).is_none(), "{name} is in the registry");
    }
}
