//! `mapwright config check [--config FILE]`: reads the config file as every command does
//! (`[serve]` included), loads the mappings and their workflows, and checks that every workflow's
//! endpoints and credentials resolve and that `serve` has its master key and webhook secrets.
//! Starts nothing; prints no secret. Exit 0 ready, 1 problems found, 2 the file or the mappings
//! cannot be read.

use std::process::ExitCode;

use crate::app::App;
use crate::secrets::MasterKey;
use crate::settings::{self, ServeSettings, resolve_plain};

use super::workflows::ConfigArg;

#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// Validate the config file and the credentials it names, without starting anything.
    Check(ConfigCheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct ConfigCheckArgs {
    #[command(flatten)]
    pub config: ConfigArg,
}

pub fn run(c: ConfigCommand) -> ExitCode {
    match c {
        ConfigCommand::Check(a) => check(a),
    }
}

/// Problems of `[serve]` that only `serve` meets: the master key and the webhook secrets
/// (`credential:` secrets live in the store and are checked when the page is used).
fn serve_problems(serve: &ServeSettings) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = MasterKey::from_env_or_file(serve.master_key_file.as_deref()) {
        out.push(format!("serve: {e}"));
    }
    for (path, auth) in &serve.webhooks {
        if auth.secret.starts_with("credential:") {
            continue;
        }
        if let Err(e) = resolve_plain(&auth.secret) {
            out.push(format!("serve: webhook `{path}`: its secret: {e}"));
        }
    }
    out
}

fn check(a: ConfigCheckArgs) -> ExitCode {
    let path = a.config.config.as_deref();
    let (config, serve) = match settings::load(path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let shown = path.map_or_else(
        || crate::config::DEFAULT_FILE.to_owned(),
        |p| p.display().to_string(),
    );
    println!("config {shown}: readable, every key known");
    let Ok(rt) = super::workflows::runtime() else {
        return ExitCode::from(2);
    };
    rt.block_on(async move {
        let app = match App::open(config).await {
            Ok(app) => app.with_env_key().await,
            Err(e) => Err(e),
        };
        let app = match app {
            Ok(app) => app,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        let problems = app.preflight().await;
        for wf in &app.workflows.workflows {
            let mine: Vec<&str> = problems
                .iter()
                .filter(|p| p.workflow == wf.name)
                .map(|p| p.message.as_str())
                .collect();
            if mine.is_empty() {
                println!("workflow {}: ready", wf.name);
            } else {
                println!("workflow {}: NOT READY", wf.name);
                for m in &mine {
                    println!("  - {m}");
                }
            }
        }
        let serve = serve_problems(&serve);
        for p in &serve {
            println!("{p}");
        }
        if problems.is_empty() && serve.is_empty() {
            println!("ready");
            ExitCode::SUCCESS
        } else {
            println!("{} problem(s)", problems.len() + serve.len());
            ExitCode::from(1)
        }
    })
}
