//! Workflow commands: run, history, show, retry, fakes, demo.

use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct RunArgs {}
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {}
#[derive(Debug, clap::Args)]
pub struct ShowArgs {}
#[derive(Debug, clap::Args)]
pub struct RetryArgs {}
#[derive(Debug, clap::Args)]
pub struct FakesArgs {}
#[derive(Debug, clap::Args)]
pub struct DemoArgs {}

pub fn run(_a: RunArgs) -> ExitCode {
    super::not_yet("run")
}
pub fn history(_a: HistoryArgs) -> ExitCode {
    super::not_yet("history")
}
pub fn show(_a: ShowArgs) -> ExitCode {
    super::not_yet("show")
}
pub fn retry(_a: RetryArgs) -> ExitCode {
    super::not_yet("retry")
}
pub fn fakes(_a: FakesArgs) -> ExitCode {
    super::not_yet("fakes")
}
pub fn demo(_a: DemoArgs) -> ExitCode {
    super::not_yet("demo")
}
