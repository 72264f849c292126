//! `mapwright admin reset-password <user>`: recovers access from the command line. Prints a
//! new one-time password (the user must choose their own at the next login); the user's
//! sessions end and their API tokens are revoked. On a store with no user yet (a first start
//! that failed), it creates the user as an admin.

use std::process::ExitCode;

use crate::cli::workflows::ConfigArg;
use crate::server;
use crate::settings;

#[derive(Debug, clap::Subcommand)]
pub enum AdminCommand {
    /// Give a user a new one-time password (printed once).
    ResetPassword(ResetArgs),
}

#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    /// The user name (`admin` for the first admin).
    pub user: String,
    #[command(flatten)]
    pub config: ConfigArg,
}

pub fn run(c: AdminCommand) -> ExitCode {
    match c {
        AdminCommand::ResetPassword(a) => reset_password(a),
    }
}

fn reset_password(a: ResetArgs) -> ExitCode {
    let (config, _) = match settings::load(a.config.config.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = match config.data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let Ok(rt) = super::workflows::runtime() else {
        return ExitCode::from(2);
    };
    rt.block_on(async {
        let store = match crate::store::SqliteStore::open_at(config.store_url().as_deref(), &dir).await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        match server::reset_password(&store, &a.user).await {
            Ok(p) => {
                println!(
                    "one-time password for `{}`: {p}\nit works for one login, which asks for a new password; the user's API tokens were revoked",
                    a.user
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        }
    })
}
