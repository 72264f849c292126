//! `mapwright rotate-key`: re-seals what the store keeps sealed (trigger inputs, step outputs,
//! outcome reasons, the search index, the credentials and the key check) under the master key
//! in `MAPWRIGHT_MASTER_KEY` (or its key file), opening the old data with the keys of
//! `MAPWRIGHT_PREVIOUS_MASTER_KEYS` (and the data directory's `store.key` of runs made without
//! a master key). Rows an older version kept in plaintext are sealed too. One transaction.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::secrets::{KeyError, Keyring, MasterKey};
use crate::store::{SqliteStore, StoreError};

#[derive(Debug, clap::Args)]
pub struct RotateKeyArgs {
    /// The config file (default: ./mapwright.toml when present); `[serve] master_key_file` is
    /// read as `serve` reads it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

pub fn run(a: RotateKeyArgs) -> ExitCode {
    match rotate(a) {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn rotate(a: RotateKeyArgs) -> Result<String, String> {
    let (config, serve) = crate::settings::load(a.config.as_deref()).map_err(|e| e.to_string())?;
    let new =
        MasterKey::from_env_or_file(serve.master_key_file.as_deref()).map_err(|e| e.to_string())?;
    let previous = Keyring::previous_from_env().map_err(|e| e.to_string())?;
    let dir = config.data_dir().map_err(|e| e.to_string())?;
    let rt =
        super::workflows::runtime().map_err(|_| "cannot start the async runtime".to_owned())?;
    rt.block_on(async move {
        let store = SqliteStore::open_at(config.store_url().as_deref(), &dir)
            .await
            .map_err(|e| e.to_string())?;
        let old = credentials_key(&store, &new, &previous).await?;
        store.use_keys(&new, &previous);
        let done = store
            .rotate_keys(old.as_ref(), &new)
            .await
            .map_err(|e| e.to_string())?;
        Ok(format!(
            "sealed under key {}: {} inputs, {} step outputs, {} outcome reasons, {} credentials",
            Keyring::new(&new).current_id(),
            done.inputs,
            done.outputs,
            done.reasons,
            done.credentials
        ))
    })
}

/// The key the stored credentials are sealed with: `None` when it is `new` already (or none
/// is stored), else the previous key that opens them.
async fn credentials_key(
    store: &SqliteStore,
    new: &MasterKey,
    previous: &[MasterKey],
) -> Result<Option<MasterKey>, String> {
    match store.check_key(new).await {
        Ok(()) => return Ok(None),
        Err(StoreError::Key(KeyError::Wrong)) => {}
        Err(e) => return Err(e.to_string()),
    }
    for p in previous {
        if store.check_key(p).await.is_ok() {
            return Ok(Some(p.clone()));
        }
    }
    Err(format!(
        "the stored credentials are sealed with a key that is neither the master key nor one of {}",
        crate::secrets::PREVIOUS_KEYS_ENV
    ))
}
