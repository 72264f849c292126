//! Personal data at rest: what the store keeps of trigger inputs, step outputs and outcome
//! reasons is sealed with the [`Keyring`] (see [`crate::secrets::Keyring`]); national ids and
//! record ids in an input are indexed by keyed hash only, so the history search works without
//! plaintext.
//!
//! The keys: the master key once the caller gives it ([`SqliteStore::use_keys`]), with the
//! previous keys. A store used without a master key (the CLI's runs without
//! `MAPWRIGHT_MASTER_KEY`) seals with a key file kept in the data directory, `store.key` (0600),
//! created on first use; it protects a copied database file, not a copied data directory, and
//! stays readable once a master key is configured (until `mapwright rotate-key`).
//!
//! Inputs are also minimised before they are sealed: a workflow's registered input paths (the
//! `input.…` paths its expressions read) are all that is kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};

use serde_json::Value;

use super::{SqliteStore, StoreError};
use crate::secrets::{KeyError, Keyring, MasterKey};

/// The key file a store used without a master key seals with.
pub const LOCAL_KEY_FILE: &str = "store.key";

/// What replaces a sealed text that cannot be opened with the keys in hand.
pub const SEALED_TEXT: &str = "[sealed: needs the master key it was stored with]";

#[derive(Debug, Default)]
pub(crate) struct Vault {
    keys: RwLock<Keys>,
    /// Per workflow: the input paths kept (`None` for a workflow not registered: all).
    inputs: RwLock<HashMap<String, Vec<Vec<String>>>>,
}

#[derive(Debug, Default)]
struct Keys {
    ring: Option<Keyring>,
    /// The data directory, where the local key lives (none for an in-memory store).
    dir: Option<PathBuf>,
    /// The local key, when its file exists.
    local: Option<MasterKey>,
}

impl Vault {
    /// A vault for a store in `dir`: the local key when its file exists.
    pub(crate) fn in_dir(dir: &Path) -> Result<Vault, StoreError> {
        let file = dir.join(LOCAL_KEY_FILE);
        let local = if file.is_file() {
            Some(MasterKey::load_or_create_file(&file)?)
        } else {
            None
        };
        Ok(Vault {
            keys: RwLock::new(Keys {
                ring: local.as_ref().map(Keyring::new),
                dir: Some(dir.to_path_buf()),
                local,
            }),
            inputs: RwLock::default(),
        })
    }

    /// A vault with a random key (an in-memory store lives as long as its key).
    pub(crate) fn ephemeral() -> Vault {
        let v = Vault::default();
        v.set_ring(Keyring::new(&MasterKey::random()));
        v
    }

    fn set_ring(&self, ring: Keyring) {
        self.keys
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .ring = Some(ring);
    }

    /// The keyring, creating the local key when no master key was given.
    fn ring(&self) -> Result<Keyring, StoreError> {
        if let Some(r) = &self
            .keys
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .ring
        {
            return Ok(r.clone());
        }
        let mut k = self.keys.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(r) = &k.ring {
            return Ok(r.clone());
        }
        let dir = k.dir.clone().ok_or(KeyError::Missing)?;
        let key = MasterKey::load_or_create_file(&dir.join(LOCAL_KEY_FILE))?;
        tracing::warn!(
            "no master key: personal data in the store is sealed with {} (set {} to use the master key)",
            dir.join(LOCAL_KEY_FILE).display(),
            crate::secrets::KEY_ENV
        );
        let ring = Keyring::new(&key);
        k.local = Some(key);
        k.ring = Some(ring.clone());
        Ok(ring)
    }

    /// The keyring if one is in hand (reading never creates a key).
    fn ring_if_any(&self) -> Option<Keyring> {
        self.keys
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .ring
            .clone()
    }

    pub(crate) fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        Ok(self.ring()?.seal(plaintext)?)
    }

    pub(crate) fn open(&self, blob: &[u8]) -> Result<Vec<u8>, StoreError> {
        match self.ring_if_any() {
            Some(r) => Ok(r.open(blob)?),
            None => Err(KeyError::UnknownKeyId(
                Keyring::blob_key_id(blob).unwrap_or("?").to_owned(),
            )
            .into()),
        }
    }

    /// A sealed text, or [`SEALED_TEXT`] when the keys in hand cannot open it (a page or
    /// `mapwright show` still lists the rest).
    pub(crate) fn open_text(&self, blob: &[u8]) -> String {
        self.open(blob)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_else(|| SEALED_TEXT.to_owned())
    }

    /// The hash of `term` under the current key (creating the local key if needed).
    pub(crate) fn index_hash(&self, term: &str) -> Result<String, StoreError> {
        Ok(self.ring()?.index_hash(term))
    }

    /// The hashes of `term` under every key in hand (none: nothing was indexed).
    pub(crate) fn search_hashes(&self, term: &str) -> Vec<String> {
        self.ring_if_any()
            .map(|r| r.index_hashes(term))
            .unwrap_or_default()
    }

    pub(crate) fn is_current(&self, blob: &[u8]) -> bool {
        self.ring_if_any().is_some_and(|r| r.is_current(blob))
    }

    /// `body` as a workflow's input is kept: only the registered paths.
    pub(crate) fn minimise(&self, workflow: &str, body: &Value) -> Value {
        match self
            .inputs
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(workflow)
        {
            Some(paths) => crate::workflow::project_input(body, paths),
            None => body.clone(),
        }
    }
}

impl SqliteStore {
    /// Seals with `master` from now on; `previous` keys (and the local key, if one was used)
    /// still open what they sealed.
    pub fn use_keys(&self, master: &MasterKey, previous: &[MasterKey]) {
        let local = self
            .vault
            .keys
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .local
            .clone();
        let ring = Keyring::new(master).with_previous(previous.iter().chain(local.as_ref()));
        self.vault.set_ring(ring);
    }

    /// Keeps only `paths` (each a list of object keys under the input) of `workflow`'s inputs
    /// from now on (see [`crate::workflow::Workflow::input_paths`]).
    pub fn keep_input_paths(&self, workflow: &str, paths: Vec<Vec<String>>) {
        self.vault
            .inputs
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(workflow.to_owned(), paths);
    }
}

/// The search terms of an input: every national id (13 digits once dashes and spaces are
/// removed, written as a string or a number) as `nid:<digits>`, and the string values of keys
/// ending in `id` as `id:<value>`.
pub fn search_terms(body: &Value) -> Vec<String> {
    fn walk(v: &Value, key: Option<&str>, out: &mut Vec<String>) {
        match v {
            Value::String(s) => {
                if let Some(n) = super::history::as_national_id(s) {
                    out.push(format!("nid:{n}"));
                } else if key.is_some_and(|k| k.ends_with("id")) && !s.is_empty() && s.len() <= 100
                {
                    out.push(format!("id:{s}"));
                }
            }
            Value::Number(n) => {
                if let Some(n) = super::history::as_national_id(&n.to_string()) {
                    out.push(format!("nid:{n}"));
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
            Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, Some(k), out)),
            Value::Bool(_) | Value::Null => {}
        }
    }
    let mut out = Vec::new();
    walk(body, None, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The search term a history query `q` looks for.
pub fn query_term(q: &str) -> String {
    match super::history::as_national_id(q) {
        Some(n) => format!("nid:{n}"),
        None => format!("id:{}", q.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_ids_are_found_however_written() {
        let body = serde_json::json!({"data": {
            "record_id": "c-1", "national_id_no": "1-2345-67890-12-1",
            "other": 1234567890121u64, "name": "Somchai", "phone": "081-234-5678"
        }});
        let t = search_terms(&body);
        assert_eq!(t, vec!["id:c-1", "nid:1234567890121"]);
        assert_eq!(query_term("1234567890121"), "nid:1234567890121");
        assert_eq!(query_term("1 2345 67890 12 1"), "nid:1234567890121");
        assert_eq!(query_term(" c-1 "), "id:c-1");
    }
}
