//! Hostile or broken input: each gives a clean diagnostic with a location, and none panics or
//! hangs (every case runs on a thread with a deadline).

use std::sync::mpsc;
use std::time::Duration;

use mapping_dsl::source::SourceFile;
use mapping_dsl::{Checked, check_deployment};

/// Checks `files` on a thread; fails the test if it takes more than 20 seconds or panics.
fn check_bounded(files: Vec<(&str, String)>) -> Checked {
    let files: Vec<SourceFile> = files
        .into_iter()
        .map(|(n, t)| SourceFile::new(n, t))
        .collect();
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(check_deployment("bad", files));
        })
        .expect("thread");
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(c) => c,
        Err(e) => panic!("the checker hung or panicked: {e}"),
    }
}

/// The code and `file:line:col` of the first diagnostic.
fn first(c: &Checked) -> (String, String) {
    let d = c.diagnostics.first().expect("a diagnostic");
    let s = d.primary_span().expect("a location");
    let f = c.sources.get(s.file).expect("a file");
    let (l, col) = f.line_col(s.start);
    (d.code.as_str().to_owned(), format!("{}:{l}:{col}", f.name))
}

#[test]
fn fifty_megabytes_of_yaml() {
    let mut t = String::from("schema: big\nfields:\n");
    while t.len() < 50 * 1024 * 1024 {
        t.push_str("  # padding padding padding padding padding padding padding padding\n");
    }
    let c = check_bounded(vec![("bad/schemas/big.yaml", t)]);
    assert_eq!(
        first(&c),
        ("E009".into(), "bad/schemas/big.yaml:1:1".into())
    );
}

#[test]
fn hundred_thousand_deep_nesting() {
    // `default:` takes any JSON value, so only the depth limit stops this.
    let flow = format!(
        "value_map: deep\nentries: {{}}\ndefault: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let c = check_bounded(vec![("bad/option-sets/deep.yaml", flow)]);
    let (code, at) = first(&c);
    assert!(code == "E009" || code == "E003", "{code}");
    assert!(at.starts_with("bad/option-sets/deep.yaml:3:"), "{at}");

    let mut block = String::from("value_map: deep\nentries: {}\ndefault:\n");
    for i in 1..2000 {
        block.push_str(&" ".repeat(i * 2));
        block.push_str("a:\n");
    }
    let c = check_bounded(vec![("bad/option-sets/deep.yaml", block)]);
    assert_eq!(first(&c).0, "E009");
}

#[test]
fn billion_laughs() {
    let mut t =
        String::from("schema: lol\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = i - 1;
        t.push_str(&format!(
            "x{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    t.push_str("fields: *a9\n");
    let c = check_bounded(vec![("bad/schemas/lol.yaml", t)]);
    let (code, at) = first(&c);
    assert!(code == "E009" || code == "E006", "{code} at {at}");
    assert!(at.starts_with("bad/schemas/lol.yaml:"), "{at}");
}

#[test]
fn billion_laughs_inside_a_known_key() {
    let mut t = String::from("option_set: lol\noptions:\n  - &a0 { code: a, th: b }\n");
    t.push_str("  - &l1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n");
    for i in 2..12 {
        let p = i - 1;
        t.push_str(&format!(
            "  - &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
        ));
    }
    let c = check_bounded(vec![("bad/option-sets/lol.yaml", t)]);
    let (code, at) = first(&c);
    assert!(code == "E009" || code == "E008", "{code} at {at}");
}

#[test]
fn self_referencing_schema() {
    let s =
        "schema: tree\nfields:\n  id: string\n  children: { type: list, items: tree }\n".to_owned();
    let c = check_bounded(vec![("bad/schemas/tree.yaml", s)]);
    assert_eq!(
        first(&c),
        ("E211".into(), "bad/schemas/tree.yaml:4:34".into())
    );
}

#[test]
fn deeply_nested_expression_and_long_lines() {
    let schema = "schema: s\nfields:\n  a: int?\n".to_owned();
    let expr = format!("{}a{}", "(".repeat(50_000), ")".repeat(50_000));
    let t = format!("transform: t\nsource: s\nfields:\n  x: '{expr}'\n");
    let c = check_bounded(vec![
        ("bad/schemas/s.yaml", schema),
        ("bad/transforms/t.yaml", t),
    ]);
    let (code, at) = first(&c);
    assert!(code.starts_with("E1"), "{code}");
    assert!(at.starts_with("bad/transforms/t.yaml:4:"), "{at}");
}

#[test]
fn garbage_and_empty_files() {
    for text in [
        "",
        "\0\0\0",
        "- a\n- b\n",
        "schema:\n",
        ": : :",
        "schema: [x\n",
        "\u{feff}schema: s\nfields: {}\n",
    ] {
        let c = check_bounded(vec![("bad/schemas/x.yaml", text.to_owned())]);
        // Every case is reported (or checks clean) without a panic; errors carry a location.
        for d in &c.diagnostics {
            if d.code.as_str() != "E012" {
                assert!(d.primary_span().is_some(), "{text:?}: {d:?}");
            }
        }
    }
}

/// Found by the `expr_parse` fuzz target (a 957-byte expression took 22 s of CPU): an `if(`
/// that is not followed by `then … else` was parsed a second time as a call of a function `if`,
/// so the work doubled with each such `if` (2^30 here, without the fix). Now linear.
#[test]
fn thirty_unfinished_ifs_fail_fast() {
    use mapping_dsl::source::{FileId, Span};
    let text: String = (0..30).map(|_| "- if(a.b > c && d) ").collect();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let r = mapping_dsl::expr::parse(&text, &|s, e| Span::new(FileId(0), s, e));
        let _ = tx.send((r.is_err(), started.elapsed()));
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok((failed, took)) => {
            assert!(failed, "`if` without `then` is a syntax error");
            assert!(took < Duration::from_secs(2), "took {took:?}");
        }
        Err(_) => panic!("parsing 30 unfinished `if`s did not end within 20 s"),
    }
}
