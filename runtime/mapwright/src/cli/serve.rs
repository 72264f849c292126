//! `mapwright serve [--config FILE] [--workers N]`: the HTTP server, the scheduler and N
//! workers in one process (`--workers 0`: web only, `mapwright worker` processes run the
//! queued runs). Needs the master key (`MAPWRIGHT_MASTER_KEY` or a key file); prints the first
//! admin's one-time password on the very first start. SIGTERM or SIGINT stops it gracefully.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::secrets::MasterKey;
use crate::server;
use crate::settings;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The config file (default: ./mapwright.toml when present); `[serve]` holds the server's
    /// settings.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Listen address, overriding `[serve] listen` (e.g. 0.0.0.0:8080).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Runs this process executes at once, overriding `[serve] workers` (default 8); 0 serves
    /// and queues only (webhooks, Run now, the scheduler), for `mapwright worker` processes.
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
}

pub fn run(a: ServeArgs) -> ExitCode {
    let (config, mut serve) = match settings::load(a.config.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(l) = a.listen {
        serve.listen = l;
    }
    if let Some(n) = a.workers {
        serve.workers = n;
    }
    let key = match MasterKey::from_env_or_file(serve.master_key_file.as_deref()) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let rt = match super::workflows::runtime() {
        Ok(rt) => rt,
        Err(code) => return code,
    };
    rt.block_on(async move {
        let running = match server::start(config, serve, key).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        println!("mapwright serving on http://{}", running.addr);
        if let Some(p) = &running.first_admin_password {
            println!("first start: log in as `{}` with the one-time password {p} (it works once and asks for a new password; `mapwright admin reset-password admin` makes another)", server::FIRST_ADMIN);
        }
        running.until_stopped().await;
        ExitCode::SUCCESS
    })
}
