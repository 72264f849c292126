//! `mapwright check`: load and check every deployment, print diagnostics.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use mapping_dsl::Checked;
use mapping_dsl::diag::Diagnostic;
use mapping_dsl::source::SourceMap;

use crate::render::{self, Style};
use crate::specs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Snippets with the YAML line underlined (for people).
    Human,
    /// One JSON document: every diagnostic with file, line, column, code, labels, hint.
    Json,
}

/// Check the mapping specs: YAML shape, names, paths, types, option-set coverage.
///
/// Exit status: 0 clean (warnings allowed), 1 errors found (or warnings with --deny-warnings),
/// 2 usage or I/O error.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  mapwright check\n  mapwright check --dir mappings/thailand --errors-only\n  mapwright check --verbose\n  mapwright check --format json --deny-warnings\n\n`mapwright explain CODE` explains a diagnostic code with an example and its fix."
)]
pub struct CheckArgs {
    /// The mappings root (every deployment under it) or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Treat warnings as errors (exit 1 when there is any warning).
    #[arg(long)]
    pub deny_warnings: bool,
    /// Show errors only (warnings are still counted in the summary line).
    #[arg(long)]
    pub errors_only: bool,
    /// Show each warning in full, with its snippet (by default a warning is one line).
    #[arg(long, short)]
    pub verbose: bool,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let checked = match specs::load_mappings(&args.dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Human => {
            let style = Style {
                color: std::io::stdout().is_terminal(),
                ..Style::default()
            };
            out.write_all(human(&checked, &args, style).as_bytes())
        }
        Format::Json => {
            let mut v = render::json_all(&checked);
            if args.errors_only {
                errors_only_json(&mut v);
            }
            serde_json::to_writer_pretty(&mut out, &v)
                .map_err(std::io::Error::other)
                .and_then(|()| out.write_all(b"\n"))
        }
    };
    if written.is_err() {
        return ExitCode::from(2);
    }
    let (errors, warnings) = render::counts(&checked);
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Errors in full, then warnings (one line each unless `--verbose`, none with
/// `--errors-only`), then the summary line.
fn human(checked: &[Checked], args: &CheckArgs, style: Style) -> String {
    let mut out = String::new();
    let all = || {
        checked
            .iter()
            .flat_map(|c| c.diagnostics.iter().map(move |d| (c, d)))
    };
    for (c, d) in all().filter(|(_, d)| d.is_error()) {
        out.push_str(&render::human(&c.sources, d, style));
        out.push('\n');
    }
    let warnings: Vec<_> = all().filter(|(_, d)| !d.is_error()).collect();
    if !args.errors_only {
        for (c, d) in &warnings {
            if args.verbose {
                out.push_str(&render::human(&c.sources, d, style));
                out.push('\n');
            } else {
                out.push_str(&one_line(&c.sources, d));
                out.push('\n');
            }
        }
    }
    out.push_str(&render::summary(checked));
    if !warnings.is_empty() && args.errors_only {
        out.push_str(" (warnings not shown)");
    } else if !warnings.is_empty() && !args.verbose {
        out.push_str(" (--verbose shows the warnings in full)");
    }
    out.push('\n');
    out
}

/// `warning[W604] thailand/option-sets/x.yaml:3:5: option set `x` has 1 option(s) with an
/// empty label: `a``.
fn one_line(sources: &SourceMap, d: &Diagnostic) -> String {
    let at = d
        .primary_span()
        .and_then(|s| sources.get(s.file).map(|f| (f, s)))
        .map(|(f, s)| {
            let (l, c) = f.line_col(s.start);
            format!(" {}:{l}:{c}", f.name)
        })
        .unwrap_or_default();
    format!("warning[{}]{at}: {}", d.code.as_str(), d.message)
}

/// Drops the warnings from `render::json_all`'s document (`deployments[].diagnostics[]`).
fn errors_only_json(v: &mut serde_json::Value) {
    let lists = v
        .get_mut("deployments")
        .and_then(|d| d.as_array_mut())
        .into_iter()
        .flatten()
        .filter_map(|d| d.get_mut("diagnostics").and_then(|x| x.as_array_mut()));
    for list in lists {
        list.retain(|d| d.get("severity").and_then(|s| s.as_str()) != Some("warning"));
    }
}
