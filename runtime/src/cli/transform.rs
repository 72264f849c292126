//! `mapwright transform`.

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct TransformArgs {}

pub fn run(_args: TransformArgs) -> ExitCode {
    super::not_yet("transform")
}
