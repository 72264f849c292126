//! `mapwright backup <FILE> [--config FILE]`: a consistent copy of the store, safe while `serve`
//! runs (SQLite `VACUUM INTO`), checked after writing. Restore: stop `serve`, put the file in the
//! data directory as `mapwright.db` (removing `mapwright.db-wal` and `-shm`), start again.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::store::SqliteStore;

use super::workflows::ConfigArg;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// The backup file to write (must not exist; created readable by its owner only).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub config: ConfigArg,
}

pub fn run(a: BackupArgs) -> ExitCode {
    super::workflows::with_store(&a.config, |_, store| async move {
        let bytes = match store.backup_to(&a.file).await {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        match SqliteStore::verify_backup(&a.file).await {
            Ok(runs) => {
                println!(
                    "backup {}: {bytes} bytes, {runs} runs, integrity ok",
                    a.file.display()
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
