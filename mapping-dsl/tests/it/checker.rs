//! The checker's diagnostics corpus: every file in `tests/checker/` is one broken spec (the
//! mistakes analysts make), rendered into one insta snapshot. Adding a case = adding a file.
//!
//! A case file holds one or more spec files, each after a `## file: PATH` line; they are laid
//! over `tests/checker/_base/` (a clean deployment), replacing base files of the same path.
//! A case whose first line is `## expect: clean` must check without any diagnostic.

use std::collections::BTreeMap;
use std::path::Path;

use mapping_dsl::diag::{Diagnostic, Severity};
use mapping_dsl::source::{SourceFile, SourceMap};
use mapping_dsl::{Checked, check_deployment};

/// Diagnostics as plain text: `file:line:col: severity[CODE]: message`, the source line with the
/// primary span underlined, secondary labels, notes and hint.
pub fn render(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut labels = d.labels.clone();
        labels.sort_by_key(|l| !l.primary);
        let head = labels
            .first()
            .and_then(|l| sources.get(l.span.file).map(|f| (f, l.span)));
        match head {
            Some((f, s)) => {
                let (line, col) = f.line_col(s.start);
                out.push_str(&format!(
                    "{}:{line}:{col}: {sev}[{}]: {}\n",
                    f.name,
                    d.code.as_str(),
                    d.message
                ));
            }
            None => out.push_str(&format!("{sev}[{}]: {}\n", d.code.as_str(), d.message)),
        }
        for l in &labels {
            let Some(f) = sources.get(l.span.file) else {
                continue;
            };
            let (line, col) = f.line_col(l.span.start);
            let text = f.text.lines().nth(line - 1).unwrap_or("");
            let end_col = if l.span.end > l.span.start {
                let (el, ec) = f.line_col(l.span.end);
                if el == line {
                    ec
                } else {
                    text.chars().count() + 1
                }
            } else {
                col + 1
            };
            let width = end_col.saturating_sub(col).max(1);
            out.push_str(&format!("  {}:{line} | {text}\n", f.name));
            let pad = " ".repeat(f.name.len() + format!("{line}").len() + 4);
            let mark = if l.primary { "^" } else { "-" };
            out.push_str(&format!(
                "  {pad}{}{} {}\n",
                " ".repeat(col - 1),
                mark.repeat(width),
                l.message
            ));
        }
        for n in &d.notes {
            out.push_str(&format!("  = note: {n}\n"));
        }
        if let Some(h) = &d.hint {
            out.push_str(&format!("  = hint: {h}\n"));
        }
    }
    out
}

fn read_dir(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            read_dir(root, &p, out);
        } else if let Ok(text) = std::fs::read_to_string(&p) {
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, text);
        }
    }
}

/// Splits a case file into `(path, text)` sections.
fn sections(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(p) = line.strip_prefix("## file: ") {
            out.push((p.trim().to_owned(), String::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push_str(line);
        }
    }
    out
}

pub fn check_case(case: &str) -> Checked {
    let base_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/checker/_base");
    let mut files = BTreeMap::new();
    read_dir(&base_dir, &base_dir, &mut files);
    for (p, t) in sections(case) {
        files.insert(p, t);
    }
    let files = files
        .into_iter()
        .map(|(p, t)| SourceFile::new(format!("case/{p}"), t))
        .collect();
    check_deployment("case", files)
}

#[test]
fn base_is_clean() {
    let c = check_case("");
    assert!(
        c.diagnostics.is_empty(),
        "{}",
        render(&c.sources, &c.diagnostics)
    );
    assert!(c.deployment.is_some());
}

#[test]
fn example_deployment_is_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mappings/example");
    let mut files = BTreeMap::new();
    read_dir(&dir, &dir, &mut files);
    let files = files
        .into_iter()
        .filter(|(p, _)| p.ends_with(".yaml"))
        .map(|(p, t)| SourceFile::new(format!("example/{p}"), t))
        .collect();
    let c = check_deployment("example", files);
    assert!(
        c.diagnostics.is_empty(),
        "{}",
        render(&c.sources, &c.diagnostics)
    );
    let dep = c.deployment.expect("no deployment");
    assert_eq!(dep.transforms.len(), 1);
}

#[test]
fn corpus() {
    let mut n = 0;
    insta::glob!("../checker", "*.yaml", |path| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let c = check_case(&text);
        let rendered = render(&c.sources, &c.diagnostics);
        if text.starts_with("## expect: clean") {
            assert!(c.diagnostics.is_empty(), "{}: {rendered}", path.display());
        } else {
            assert!(
                !c.diagnostics.is_empty(),
                "{}: no diagnostic",
                path.display()
            );
        }
        insta::assert_snapshot!(rendered);
        n += 1;
    });
    assert!(n >= 30, "only {n} cases");
}
