//! `mapwright docs`.

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct DocsArgs {}

pub fn run(_args: DocsArgs) -> ExitCode {
    super::not_yet("docs")
}
