use serde::Deserialize;

use super::*;
use crate::source::{FileId, SourceFile};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    name: Sp<String>,
    #[serde(default)]
    fields: Option<Vec<Sp<String>>>,
}

const F: FileId = FileId(0);

fn err(text: &str) -> (String, (usize, usize)) {
    let d = load_yaml::<Doc>(F, text).unwrap_err();
    let sf = SourceFile::new("t.yaml", text);
    let at = sf.line_col(d.primary_span().unwrap().start);
    (format!("{} {}", d.code.as_str(), d.message), at)
}

#[test]
fn spans_point_at_values() {
    let text = "name: hello\nfields: [a, 'b c']\n";
    let d: Doc = load_yaml(F, text).unwrap();
    let s = span_of(F, &d.name);
    assert_eq!(&text[s.start as usize..s.end as usize], "hello");
    let f = d.fields.unwrap();
    let s = span_of(F, &f[1]);
    assert_eq!(&text[s.start as usize..s.end as usize], "'b c'");
}

#[test]
fn unknown_key_has_code_location_and_hint() {
    let text = "name: x\nfeilds: [a]\n";
    let d = load_yaml::<Doc>(F, text).unwrap_err();
    assert_eq!(d.code.as_str(), "E006");
    assert_eq!(d.hint.as_deref(), Some("did you mean `fields`?"));
    let s = d.primary_span().unwrap();
    assert_eq!(&text[s.start as usize..s.end as usize], "feilds");
}

#[test]
fn duplicate_missing_tab() {
    assert_eq!(
        err("name: a\nname: b\n"),
        (
            "E005 the key `name` appears twice in this mapping".into(),
            (2, 1)
        )
    );
    assert_eq!(
        err("fields: [a]\n").0,
        "E007 the required key `name` is missing"
    );
    assert_eq!(
        err("name: a\nfields:\n\t- a\n"),
        ("E004 a tab is used for indentation".into(), (3, 1))
    );
    assert_eq!(
        err("name: 'abc\n").0.split(':').next().unwrap(),
        "E003 invalid YAML"
    );
    assert_eq!(
        err("name: [a]\n").0,
        "E008 expected a single value (text) here"
    );
}

#[test]
fn alias_bomb_is_refused() {
    let mut t = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        t.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let start = std::time::Instant::now();
    let d = load_yaml::<serde_json::Value>(F, &t).unwrap_err();
    assert_eq!(d.code.as_str(), "E009", "{d:?}");
    assert!(start.elapsed().as_secs() < 5);
}

#[test]
fn deep_nesting_is_refused() {
    let t = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let d = load_yaml::<serde_json::Value>(F, &t).unwrap_err();
    assert!(matches!(d.code.as_str(), "E009" | "E003"), "{d:?}");
    let mut t = String::new();
    for i in 0..1000 {
        t.push_str(&" ".repeat(i));
        t.push_str("a:\n");
    }
    let d = load_yaml::<serde_json::Value>(F, &t).unwrap_err();
    assert_eq!(d.code.as_str(), "E009", "{d:?}");
}

/// The value of `k:` in `text` through the offsets: returns the file text under value bytes.
fn under(text: &str, value_part: &str) -> String {
    #[derive(Deserialize)]
    struct K {
        k: Sp<String>,
    }
    let k: K = load_yaml(F, text).unwrap();
    let s = span_of(F, &k.k);
    let offs = expr_offsets(text, s.start as usize, s.len(), &k.k.value);
    assert!(
        offs.is_exact(),
        "not exact for {text:?} (value {:?})",
        k.k.value
    );
    let i = k.k.value.find(value_part).unwrap();
    let sp = offs.span(F, i, i + value_part.len());
    text[sp.start as usize..sp.end as usize].to_owned()
}

#[test]
fn scalar_offsets_follow_quoting() {
    assert_eq!(under("k: a == \"x\"\n", "\"x\""), "\"x\"");
    assert_eq!(under("k: 'concat(a, \"b\")'\n", "\"b\""), "\"b\"");
    assert_eq!(under("k: 'it''s + b'\n", "b"), "b");
    assert_eq!(under("k: \"a == \\\"x\\\" && b\"\n", "b"), "b");
    assert_eq!(under("k: \"a == \\\"x\\\"\"\n", "\"x\""), "\\\"x\\\"");
    assert_eq!(under("k: >-\n  a &&\n  bad_name\n", "bad_name"), "bad_name");
    assert_eq!(
        under("k: |\n  a &&\n    bad_name\n", "bad_name"),
        "bad_name"
    );
    assert_eq!(under("k: a &&\n  bad_name\n", "bad_name"), "bad_name");
    assert_eq!(under("k: 'a &&\n   ผู้ชาย'\n", "ผู้ชาย"), "ผู้ชาย");
}
