//! `mapwright worker [--config FILE] [--concurrency N]`: claims and executes queued runs from
//! the store the config names, nothing else (no HTTP, no scheduler). Run any number of them
//! beside one `mapwright serve --workers 0`. Needs the master key, like `serve`. SIGTERM or
//! SIGINT stops claiming; runs in progress get `[serve] shutdown_grace_secs` to finish, then
//! are cancelled and queued again.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::secrets::MasterKey;
use crate::settings;
use crate::worker;

#[derive(Debug, clap::Args)]
pub struct WorkerArgs {
    /// The config file (default: ./mapwright.toml when present); the same file as `serve`'s.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Runs this worker executes at once, all workflows together; default `[serve] workers`.
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
}

pub fn run(a: WorkerArgs) -> ExitCode {
    let (config, serve) = match settings::load(a.config.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let key = match MasterKey::from_env_or_file(serve.master_key_file.as_deref()) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let concurrency = a.concurrency.unwrap_or(serve.workers).max(1);
    let rt = match super::workflows::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    rt.block_on(async move {
        let w = match worker::start(config, serve, key, concurrency).await {
            Ok(w) => w,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        println!(
            "mapwright worker {} claiming queued runs ({concurrency} at once)",
            w.runner.worker
        );
        w.until_stopped().await;
        ExitCode::SUCCESS
    })
}
