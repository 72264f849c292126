//! `mapwright check`: load and check every deployment, print diagnostics.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    after_help = "Examples:\n  mapwright check\n  mapwright check --dir mappings/thailand\n  mapwright check --format json --deny-warnings"
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
            out.write_all(render::human_all(&checked, style).as_bytes())
        }
        Format::Json => {
            let v = render::json_all(&checked);
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
