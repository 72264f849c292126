//! `mapwright preview`.

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct PreviewArgs {}

pub fn run(_args: PreviewArgs) -> ExitCode {
    super::not_yet("preview")
}
