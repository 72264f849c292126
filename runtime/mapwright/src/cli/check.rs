//! `mapwright check`: load and check every deployment, print diagnostics.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use mapping_dsl::Checked;
use mapping_dsl::diag::Diagnostic;
use mapping_dsl::source::SourceMap;

use crate::engine::Transforms;
use crate::render::{self, Style};
use crate::specs;
use crate::workflow::{Catalog, LoadedWorkflows, load_dir};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Snippets with the YAML line underlined (for people).
    Human,
    /// One JSON document: every diagnostic with file, line, column, code, labels, hint.
    Json,
}

/// Check the mapping specs (YAML shape, names, paths, types, option-set coverage) and the
/// workflows (`<deployment>/workflows/*.yaml`: steps, operations, transforms, branches), with the
/// same diagnostics `run` and `serve` give.
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
    let workflows = workflows_of(&args.dir, &checked);
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Human => {
            let style = Style {
                color: std::io::stdout().is_terminal(),
                ..Style::default()
            };
            out.write_all(human(&checked, &workflows, &args, style).as_bytes())
        }
        Format::Json => {
            let mut v = render::json_all(&checked);
            v["workflows"] = serde_json::json!({
                "names": workflows.workflows.iter().map(|w| w.name.clone()).collect::<Vec<_>>(),
                "diagnostics": workflows
                    .diagnostics
                    .iter()
                    .map(|d| render::json_one(&workflows.sources, d))
                    .collect::<Vec<_>>(),
            });
            let (e, w) = workflow_counts(&workflows);
            for (key, n) in [("errors", e), ("warnings", w)] {
                v[key] = (v[key].as_u64().unwrap_or(0) + n as u64).into();
            }
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
    let (errors, warnings) = totals(&checked, &workflows);
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The workflows of the deployments under `dir`, checked against the engine's operations and
/// the transforms `checked` holds.
fn workflows_of(dir: &std::path::Path, checked: &[Checked]) -> LoadedWorkflows {
    let names = Transforms::compiled_then_interpreted(checked).names();
    let ops = crate::connectors::signatures();
    load_dir(
        dir,
        &Catalog {
            ops: &ops,
            transforms: &names,
        },
    )
}

fn workflow_counts(w: &LoadedWorkflows) -> (usize, usize) {
    let e = w.diagnostics.iter().filter(|d| d.is_error()).count();
    (e, w.diagnostics.len() - e)
}

/// Errors and warnings of the specs and the workflows.
fn totals(checked: &[Checked], workflows: &LoadedWorkflows) -> (usize, usize) {
    let (e, w) = render::counts(checked);
    let (we, ww) = workflow_counts(workflows);
    (e + we, w + ww)
}

/// `checked 2 deployments: 1 error, 3 warnings`, or with workflows
/// `checked 1 deployment and 2 workflows: 0 errors, 0 warnings`.
fn summary(checked: &[Checked], workflows: &LoadedWorkflows) -> String {
    // Every workflow file read is in the source map, loaded or not.
    let files = workflows.sources.files().count();
    let plural = |n: usize, s: &str| format!("{n} {s}{}", if n == 1 { "" } else { "s" });
    let (e, w) = totals(checked, workflows);
    let what = if files == 0 {
        plural(checked.len(), "deployment")
    } else {
        format!(
            "{} and {}",
            plural(checked.len(), "deployment"),
            plural(files, "workflow")
        )
    };
    format!(
        "checked {what}: {}, {}",
        plural(e, "error"),
        plural(w, "warning")
    )
}

/// Errors in full, then warnings (one line each unless `--verbose`, none with
/// `--errors-only`), then the summary line.
fn human(
    checked: &[Checked],
    workflows: &LoadedWorkflows,
    args: &CheckArgs,
    style: Style,
) -> String {
    let mut out = String::new();
    let all = || {
        checked
            .iter()
            .flat_map(|c| c.diagnostics.iter().map(move |d| (&c.sources, d)))
            .chain(
                workflows
                    .diagnostics
                    .iter()
                    .map(|d| (&workflows.sources, d)),
            )
    };
    for (sources, d) in all().filter(|(_, d)| d.is_error()) {
        out.push_str(&render::human(sources, d, style));
        out.push('\n');
    }
    let warnings: Vec<_> = all().filter(|(_, d)| !d.is_error()).collect();
    if !args.errors_only {
        for (sources, d) in &warnings {
            if args.verbose {
                out.push_str(&render::human(sources, d, style));
                out.push('\n');
            } else {
                out.push_str(&one_line(sources, d));
                out.push('\n');
            }
        }
    }
    out.push_str(&summary(checked, workflows));
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
