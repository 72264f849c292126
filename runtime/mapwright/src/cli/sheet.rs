//! `mapwright sheet export|import`: the mappings as a workbook for analysts, and their edited
//! labels back into the YAML.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::sheet;

#[derive(Debug, clap::Subcommand)]
pub enum SheetCommand {
    /// Write a workbook: `Fields` (every transform's target fields, sources, rules and option
    /// sets) and `Options` (every option set's codes and labels, one column per language).
    #[command(after_help = "Example:\n  mapwright sheet export -o mapping.xlsx")]
    Export(ExportArgs),
    /// Apply the labels edited in the workbook's `Options` sheet to the option set files, in
    /// place (comments and layout kept), then check the mappings.
    ///
    /// Exit status: 0 applied and the mappings check, 1 a problem in the workbook (nothing
    /// written) or check errors after the import, 2 usage or I/O error.
    #[command(after_help = "Example:\n  mapwright sheet import mapping.xlsx")]
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The mappings root (every deployment under it) or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// The workbook to write (.xlsx).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The mappings root (every deployment under it) or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// The workbook to read (.xlsx, as `sheet export` wrote it, labels edited).
    #[arg(value_name = "FILE")]
    pub workbook: PathBuf,
}

pub fn run(c: SheetCommand) -> ExitCode {
    match c {
        SheetCommand::Export(a) => export(a),
        SheetCommand::Import(a) => import(a),
    }
}

fn export(a: ExportArgs) -> ExitCode {
    let all = match sheet::load(&a.dir) {
        Ok(all) => all,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match sheet::export(&all, &a.output) {
        Ok(n) => {
            eprintln!(
                "wrote {} ({} field row(s), {} option row(s))",
                a.output.display(),
                n.fields,
                n.options
            );
            ExitCode::SUCCESS
        }
        Err(e @ sheet::ExportError::NotChecked(_)) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn import(a: ImportArgs) -> ExitCode {
    let all = match sheet::load(&a.dir) {
        Ok(all) => all,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let report = match sheet::import(&all, &a.workbook) {
        Ok(r) => r,
        Err(e @ (sheet::SheetError::Read { .. } | sheet::SheetError::Write { .. })) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    for c in &report.changes {
        println!(
            "{}:{}: {} `{}` {}: {:?} -> {:?}",
            c.file, c.line, c.set, c.code, c.lang, c.old, c.new
        );
    }
    println!(
        "{} label(s) changed in {} file(s)",
        report.changes.len(),
        report.files_written
    );
    // The result is checked as `mapwright check --errors-only` would.
    super::check::run(super::check::CheckArgs {
        dir: a.dir,
        format: super::check::Format::Human,
        deny_warnings: false,
        errors_only: true,
        verbose: false,
    })
}
