//! `mapwright explain`: every diagnostic code has a page, and every page whose example is a spec
//! is checked: the broken example reports exactly that code (and the message the page shows),
//! the fixed example reports nothing.

use std::collections::{BTreeMap, BTreeSet};

use mapping_dsl::diag::codes::Code;
use mapping_dsl::diag::explain::{self, ExampleFile, Role};
use mapping_dsl::diag::{Diagnostic, Severity};
use mapping_dsl::source::SourceFile;
use mapping_dsl::{Checked, check_deployment};

/// Codes whose example is not a spec the checker can be given: I/O (E001, E002), an empty
/// folder (E012), a code reserved but not reported (E503), and workflow codes, which the runtime
/// workflow loader reports (tested in `runtime/mapwright/tests/cli_explain.rs`).
const NOT_A_SPEC: &[&str] = &[
    "E001", "E002", "E012", "E503", "E520", "E521", "E522", "E523", "E524", "E525", "E526",
];

fn check(layers: &[&[ExampleFile]]) -> Checked {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for f in explain::examples(explain::BASE) {
        files.insert(f.path, f.text);
    }
    for layer in layers {
        for f in *layer {
            files.insert(f.path.clone(), f.text.clone());
        }
    }
    let files = files
        .into_iter()
        .map(|(p, t)| SourceFile::new(format!("case/{p}"), t))
        .collect();
    check_deployment("case", files)
}

fn headline(d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!("{sev}[{}]: {}", d.code.as_str(), d.message)
}

#[test]
fn the_base_is_clean() {
    let c = check(&[]);
    let got: Vec<_> = c.diagnostics.iter().map(headline).collect();
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn every_code_has_a_page_with_its_summary() {
    let mut missing = Vec::new();
    for c in Code::ALL {
        match explain::page(*c) {
            None => missing.push(c.as_str().to_owned()),
            Some(p) => {
                let head = format!("# {}: {}", c.as_str(), c.summary());
                assert_eq!(p.lines().next(), Some(head.as_str()), "{}", c.as_str());
                assert!(p.contains("\nFix"), "{}: the page has no Fix", c.as_str());
            }
        }
    }
    assert!(missing.is_empty(), "codes without a page: {missing:?}");
}

#[test]
fn every_spec_example_reports_its_code_and_its_fix_is_clean() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for c in Code::ALL {
        let Some(page) = explain::page(*c) else {
            continue;
        };
        if NOT_A_SPEC.contains(&c.as_str()) {
            continue;
        }
        let all = explain::examples(page);
        let (broken, fixed): (Vec<_>, Vec<_>) =
            all.into_iter().partition(|f| f.role == Role::Broken);
        if broken.is_empty() || fixed.is_empty() {
            failures.push(format!(
                "{}: needs a broken and a fixed example",
                c.as_str()
            ));
            continue;
        }
        let b = check(&[&broken]);
        let codes: BTreeSet<&str> = b.diagnostics.iter().map(|d| d.code.as_str()).collect();
        let lines: Vec<String> = b.diagnostics.iter().map(headline).collect();
        if std::env::var_os("EXPLAIN_PRINT").is_some() {
            // What a page shows: `EXPLAIN_PRINT=1 cargo test -p mapping-dsl --test it explain:: -- --nocapture`.
            eprintln!("== {}", c.as_str());
            for d in &b.diagnostics {
                let at = d.primary_span().and_then(|s| {
                    let f = b.sources.get(s.file)?;
                    let (l, col) = f.line_col(s.start);
                    Some(format!(
                        "{}:{l}:{col}: ",
                        f.name.trim_start_matches("case/")
                    ))
                });
                eprintln!("{}{}", at.unwrap_or_default(), headline(d));
                for n in &d.notes {
                    eprintln!("  = note: {n}");
                }
                if let Some(h) = &d.hint {
                    eprintln!("  = hint: {h}");
                }
            }
            eprintln!("==");
        }
        if codes != BTreeSet::from([c.as_str()]) {
            failures.push(format!("{}: broken example reports {lines:#?}", c.as_str()));
        }
        let shown = explain::outputs(page).join("");
        for l in &lines {
            if !shown.contains(l.as_str()) {
                failures.push(format!("{}: the page does not show `{l}`", c.as_str()));
            }
        }
        let f = check(&[&broken, &fixed]);
        let left: Vec<String> = f.diagnostics.iter().map(headline).collect();
        if !left.is_empty() {
            failures.push(format!(
                "{}: fixed example still reports {left:#?}",
                c.as_str()
            ));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked, Code::ALL.len() - NOT_A_SPEC.len());
}
