//! `mapwright prune [--config FILE]`: applies `[retention]` now (what `serve` does hourly) and
//! prints what it deleted.

use std::process::ExitCode;

use super::workflows::ConfigArg;

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    #[command(flatten)]
    pub config: ConfigArg,
}

pub fn run(a: PruneArgs) -> ExitCode {
    super::workflows::with_store(&a.config, |cfg, store| async move {
        match store.prune(&cfg.retention, chrono::Utc::now()).await {
            Ok(p) => {
                println!(
                    "kept: {}\ndeleted: {} runs, {} log lines, {} step outputs, {} inputs",
                    cfg.retention.describe(),
                    p.runs,
                    p.log_lines,
                    p.step_outputs,
                    p.inputs
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    })
}
