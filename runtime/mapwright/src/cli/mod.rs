//! Command-line interface. Each subcommand lives in its own module with its own `Args`.
//!
//! Exit codes of the spec commands: 0 clean, 1 errors found (or a record failed), 2 usage or
//! I/O error. Workflow runs use the run exit codes documented in the README.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub mod admin;
pub mod backup;
pub mod check;
pub mod config_check;
pub mod docs;
pub mod drift;
pub mod explain;
pub mod import;
pub mod json_schema;
pub mod keys;
pub mod log;
pub mod memory;
pub mod preview;
pub mod prune;
pub mod serve;
pub mod sheet;
pub mod transform;
pub mod worker;
pub mod workflows;
pub(crate) mod workflows_view;

/// Declarative mappings compiled to typed Rust, and the runtime that syncs with them.
#[derive(Debug, Parser)]
#[command(name = "mapwright", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub log: log::LogArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every spec under mappings/ (or one deployment) and report diagnostics.
    Check(check::CheckArgs),
    /// Explain a diagnostic code (`mapwright explain E401`), or list them all.
    Explain(explain::ExplainArgs),
    /// Run a transform through the interpreter over one record, a JSON array or NDJSON.
    Preview(preview::PreviewArgs),
    /// Stream records through a compiled transform (constant memory, rejects file).
    Transform(transform::TransformArgs),
    /// Import a schema from a Primero export.
    #[command(subcommand)]
    Schema(import::SchemaCommand),
    /// Import option sets from Primero exports.
    #[command(subcommand)]
    Options(import::OptionsCommand),
    /// Write a readable mapping document per transform (Markdown or HTML).
    Docs(docs::DocsArgs),
    /// The mappings as a spreadsheet for analysts, and their edited labels back into the YAML.
    #[command(subcommand)]
    Sheet(sheet::SheetCommand),
    /// Compare the mappings with what Primero and Child Shield say now; propose the edits.
    Drift(drift::DriftArgs),
    /// Run a workflow once.
    Run(workflows::RunArgs),
    /// List past runs.
    History(workflows::HistoryArgs),
    /// Show one run: steps, timings, logs and per-record outcomes.
    Show(workflows::ShowArgs),
    /// Run a past run again with the same input.
    Retry(workflows::RetryArgs),
    /// Start the fake Primero, HIS and Child Shield servers.
    Fakes(workflows::FakesArgs),
    /// Start the fakes, run both Thailand workflows, print what happened.
    Demo(workflows::DemoArgs),
    /// Serve webhooks, the scheduler and the admin page (and, unless `--workers 0`, the runs).
    Serve(serve::ServeArgs),
    /// Claim and execute queued runs only (beside `serve --workers 0`).
    Worker(worker::WorkerArgs),
    /// Copy the store to a file, consistently, even while `serve` runs.
    Backup(backup::BackupArgs),
    /// Apply `[retention]` now: delete old runs, log lines, step outputs and inputs.
    Prune(prune::PruneArgs),
    /// Check the config file (`mapwright config check`).
    #[command(subcommand)]
    Config(config_check::ConfigCommand),
    /// Re-seal the stored personal data and credentials under the current master key.
    RotateKey(keys::RotateKeyArgs),
    /// Account recovery from the command line.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let serves = matches!(
        cli.command,
        Command::Serve(_) | Command::Worker(_) | Command::Demo(_) | Command::Fakes(_)
    );
    if serves || matches!(cli.command, Command::Run(_) | Command::Retry(_)) {
        memory::bound();
    }
    log::init(&cli.log, if serves { "info" } else { "warn" });
    if !serves && !matches!(cli.command, Command::Run(_) | Command::Retry(_)) {
        log::quiet_on_closed_stdout();
    }
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Preview(a) => preview::run(a),
        Command::Transform(a) => transform::run(a),
        Command::Schema(c) => import::run_schema(c),
        Command::Options(c) => import::run_options(c),
        Command::Docs(a) => docs::run(a),
        Command::Sheet(c) => sheet::run(c),
        Command::Drift(a) => drift::run(a),
        Command::Run(a) => workflows::run(a),
        Command::History(a) => workflows::history(a),
        Command::Show(a) => workflows::show(a),
        Command::Retry(a) => workflows::retry(a),
        Command::Fakes(a) => workflows::fakes(a),
        Command::Demo(a) => workflows::demo(a),
        Command::Serve(a) => serve::run(a),
        Command::Worker(a) => worker::run(a),
        Command::Config(c) => config_check::run(c),
        Command::Backup(a) => backup::run(a),
        Command::Prune(a) => prune::run(a),
        Command::RotateKey(a) => keys::run(a),
        Command::Admin(c) => admin::run(c),
    }
}

/// Placeholder for a command that is not built yet: says so and exits 2.
#[allow(dead_code)] // every command is built today; kept for the next placeholder
pub(crate) fn not_yet(command: &str) -> ExitCode {
    eprintln!("error: `mapwright {command}` is not implemented yet");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every argument of every subcommand explains itself in `--help`.
    #[test]
    fn every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} <{id}>"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "mapwright", &mut missing);
        assert!(missing.is_empty(), "arguments without help: {missing:#?}");
    }
}
