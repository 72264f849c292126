//! Diagnostics at the edge: miette's graphical report for people (file, line, column, code,
//! message, labelled snippet, notes and hint) and JSON for machines.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use serde_json::{Value, json};

use mapping_dsl::Checked;
use mapping_dsl::diag::{Diagnostic, Severity};
use mapping_dsl::source::{FileId, SourceMap};

/// How human output looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// One diagnostic rendered by miette. Labels in other files than the primary one are rendered
/// as related reports, each with its own snippet.
pub fn human(sources: &SourceMap, d: &Diagnostic, style: Style) -> String {
    let report = Report::new(sources, d);
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering can only fail on a formatter error; fall back to one line.
        out = format!("{}[{}]: {}\n", sev(d.severity), d.code.as_str(), d.message);
    }
    out
}

/// Every diagnostic of every deployment, then a summary line.
pub fn human_all(checked: &[Checked], style: Style) -> String {
    let mut out = String::new();
    for c in checked {
        for d in &c.diagnostics {
            out.push_str(&human(&c.sources, d, style));
            out.push('\n');
        }
    }
    out.push_str(&summary(checked));
    out.push('\n');
    out
}

/// `checked 2 deployments: 1 error, 3 warnings`.
pub fn summary(checked: &[Checked]) -> String {
    let (e, w) = counts(checked);
    let plural = |n: usize, s: &str| {
        if n == 1 {
            format!("{n} {s}")
        } else {
            format!("{n} {s}s")
        }
    };
    format!(
        "checked {}: {}, {}",
        plural(checked.len(), "deployment"),
        plural(e, "error"),
        plural(w, "warning")
    )
}

pub fn counts(checked: &[Checked]) -> (usize, usize) {
    let all = checked.iter().flat_map(|c| &c.diagnostics);
    let e = all.clone().filter(|d| d.is_error()).count();
    (e, all.count() - e)
}

fn sev(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// One diagnostic as JSON: code, severity, message, the primary location (file, line, column,
/// 1-based, columns in characters), every label, notes and hint.
pub fn json_one(sources: &SourceMap, d: &Diagnostic) -> Value {
    let loc = |id: FileId, off: u32| -> Value {
        match sources.get(id) {
            Some(f) => {
                let (l, c) = f.line_col(off);
                json!({ "file": f.name, "line": l, "column": c })
            }
            None => Value::Null,
        }
    };
    let primary = d.primary_span();
    let labels: Vec<Value> = d
        .labels
        .iter()
        .map(|l| {
            json!({
                "start": loc(l.span.file, l.span.start),
                "end": loc(l.span.file, l.span.end),
                "message": l.message,
                "primary": l.primary,
            })
        })
        .collect();
    let (file, line, column) = match primary.and_then(|s| sources.get(s.file).map(|f| (f, s))) {
        Some((f, s)) => {
            let (l, c) = f.line_col(s.start);
            (Value::from(f.name.clone()), Value::from(l), Value::from(c))
        }
        None => (Value::Null, Value::Null, Value::Null),
    };
    json!({
        "code": d.code.as_str(),
        "severity": sev(d.severity),
        "message": d.message,
        "file": file,
        "line": line,
        "column": column,
        "labels": labels,
        "notes": d.notes,
        "hint": d.hint,
    })
}

/// The whole check as one JSON document.
pub fn json_all(checked: &[Checked]) -> Value {
    let (e, w) = counts(checked);
    let deployments: Vec<Value> = checked
        .iter()
        .map(|c| {
            json!({
                "name": c.deployment.as_ref().map(|d| d.name.clone()),
                "ok": !c.has_errors(),
                "transforms": c.deployment.as_ref().map(|d| d.transforms.iter().map(|t| t.name.clone()).collect::<Vec<_>>()),
                "diagnostics": c.diagnostics.iter().map(|d| json_one(&c.sources, d)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "errors": e, "warnings": w, "deployments": deployments })
}

/// Our diagnostic as a miette report over one file.
#[derive(Debug)]
struct Report {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl Report {
    fn new(sources: &SourceMap, d: &Diagnostic) -> Report {
        let primary_file = d.primary_span().map(|s| s.file);
        let mut help = Vec::new();
        for n in &d.notes {
            help.push(format!("note: {n}"));
        }
        if let Some(h) = &d.hint {
            help.push(h.clone());
        }
        let severity = match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        };
        // The code goes in the first line (`× E201: unknown field`): miette would put it on a line
        // of its own above the report.
        let mut r = Report {
            message: format!("{}: {}", d.code.as_str(), d.message),
            code: String::new(),
            severity,
            help: (!help.is_empty()).then(|| help.join("\n")),
            source: None,
            labels: Vec::new(),
            related: Vec::new(),
        };
        let Some(pf) = primary_file else { return r };
        r.source = named(sources, pf);
        r.labels = labels_in(d, pf, sources);
        // Other files: one related report each, in order of first appearance.
        let mut others: Vec<FileId> = Vec::new();
        for l in &d.labels {
            if l.span.file != pf && !others.contains(&l.span.file) {
                others.push(l.span.file);
            }
        }
        for f in others {
            r.related.push(Report {
                message: "see also".to_owned(),
                code: String::new(),
                severity: miette::Severity::Advice,
                help: None,
                source: named(sources, f),
                labels: labels_in(d, f, sources),
                related: Vec::new(),
            });
        }
        r
    }
}

fn named(sources: &SourceMap, id: FileId) -> Option<NamedSource<String>> {
    sources
        .get(id)
        .map(|f| NamedSource::new(f.name.clone(), f.text.to_string()))
}

fn labels_in(d: &Diagnostic, file: FileId, sources: &SourceMap) -> Vec<LabeledSpan> {
    let len = sources.get(file).map_or(0, |f| f.text.len());
    d.labels
        .iter()
        .filter(|l| l.span.file == file)
        .map(|l| {
            let start = (l.span.start as usize).min(len);
            let end = (l.span.end as usize).clamp(start, len);
            let span = SourceSpan::new(start.into(), end - start);
            if l.primary {
                LabeledSpan::new_primary_with_span(Some(l.message.clone()), span)
            } else {
                LabeledSpan::new_with_span(Some(l.message.clone()), span)
            }
        })
        .collect()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty())
            .then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        (!self.related.is_empty()).then(|| {
            Box::new(self.related.iter().map(|r| r as &dyn miette::Diagnostic))
                as Box<dyn Iterator<Item = _>>
        })
    }
}
