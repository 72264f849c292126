//! A transform that `cargo gen` cannot compile, reported as the checker reports a spec error:
//! miette's graphical report with the spec file, line and column, the node underlined, and a
//! hint. Code generation has no interpreter fallback, so this report fails the run.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use mapping_dsl::source::SourceMap;

use crate::{CodegenError, NotCompiled};

/// The report of one transform that could not be compiled; `sources` are its deployment's.
pub fn render(sources: &SourceMap, n: &NotCompiled) -> String {
    let hint = match &n.error {
        CodegenError::Internal { .. } => {
            "the checker accepted a construct it should have rejected: a bug in Mapwright"
        }
        _ => {
            "write the rule another way (the language reference lists what compiles), or run it \
             with `mapwright preview`; `cargo gen` does not leave transforms to the interpreter"
        }
    };
    let mut report = Report {
        message: format!(
            "transform `{}` cannot be compiled: {}",
            n.transform,
            n.error.problem()
        ),
        help: hint.to_owned(),
        source: None,
        label: None,
    };
    if let Some(span) = n.error.span()
        && let Some(file) = sources.get(span.file)
    {
        let len = file.text.len();
        let start = (span.start as usize).min(len);
        let end = (span.end as usize).clamp(start, len);
        report.source = Some(NamedSource::new(file.name.clone(), file.text.to_string()));
        report.label = Some(LabeledSpan::new_primary_with_span(
            Some("not compiled".to_owned()),
            SourceSpan::new(start.into(), end - start),
        ));
    }
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering fails only on a formatter error: the one-line message still says it all.
        out = format!("error: {}\n", report.message);
    }
    out
}

#[derive(Debug)]
struct Report {
    message: String,
    help: String,
    source: Option<NamedSource<String>>,
    label: Option<LabeledSpan>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label
            .clone()
            .map(|l| Box::new(std::iter::once(l)) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
}

#[cfg(test)]
mod tests {
    use mapping_dsl::source::{SourceFile, Span};

    use super::*;

    #[test]
    fn an_internal_error_names_the_checker_rule_and_the_line() {
        let mut sources = SourceMap::default();
        let text = "transform: t\nsource: case\nfields:\n  x: 'first(name)'\n";
        let id = sources.add(SourceFile::new("d/transforms/t.yaml", text));
        let at = text.find("first").unwrap_or(0);
        let n = NotCompiled {
            transform: "t".to_owned(),
            deployment: "d".to_owned(),
            error: CodegenError::Internal {
                file: "d/transforms/t.yaml".to_owned(),
                what: "first of a non-list".to_owned(),
                rule: "the checker rejects (E301: an argument of the wrong type)",
                span: Some(Span::new(id, at, at + 11)),
            },
        };
        let r = render(&sources, &n).replace("\n  │ ", " ");
        assert!(r.contains("internal error"), "{r}");
        assert!(r.contains("first of a non-list"), "{r}");
        assert!(r.contains("E301"), "{r}");
        assert!(r.contains("d/transforms/t.yaml:4:7"), "{r}");
        assert!(r.contains("a bug in Mapwright"), "{r}");
    }
}
