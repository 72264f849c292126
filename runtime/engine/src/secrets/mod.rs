//! Credentials encrypted at rest. Each credential's fields are one JSON object sealed with
//! XChaCha20-Poly1305 under a 32-byte master key that never touches the database: it comes from
//! `MAPWRIGHT_MASTER_KEY` (64 hex digits) or a key file. A known value sealed under the key is
//! stored once, so starting with another key is an error at start, not garbage at run time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;

mod keyring;
pub use keyring::{Keyring, PREVIOUS_KEYS_ENV};

/// The environment variable holding the master key (64 hex digits).
pub const KEY_ENV: &str = "MAPWRIGHT_MASTER_KEY";
/// The environment variable naming a key file (its first line: 64 hex digits).
pub const KEY_FILE_ENV: &str = "MAPWRIGHT_MASTER_KEY_FILE";

const CHECK_PLAINTEXT: &[u8] = b"mapwright master key check v1";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(
        "no master key: set {KEY_ENV} to 64 hex digits (e.g. the output of `openssl rand -hex 32`) or {KEY_FILE_ENV} to a file holding them"
    )]
    Missing,
    #[error("the master key must be 64 hex digits (32 bytes); the value from {0} is not")]
    Malformed(String),
    #[error("cannot read the master key file {path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error(
        "the master key does not match the one the stored credentials were encrypted with (wrong {KEY_ENV} or key file?)"
    )]
    Wrong,
    #[error("a stored credential cannot be decrypted (tampered data or wrong key)")]
    Decrypt,
    #[error("encryption failed")]
    Encrypt,
    #[error(
        "stored data was sealed with key id {0}, which is neither the master key nor one of {PREVIOUS_KEYS_ENV}"
    )]
    UnknownKeyId(String),
}

/// The 32-byte master key. `Debug` never shows it.
#[derive(Clone)]
pub struct MasterKey([u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

/// Encrypted bytes with their nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl MasterKey {
    /// From `MAPWRIGHT_MASTER_KEY`, else `MAPWRIGHT_MASTER_KEY_FILE`, else `file` (from the
    /// settings).
    pub fn from_env_or_file(file: Option<&Path>) -> Result<MasterKey, KeyError> {
        if let Ok(v) = std::env::var(KEY_ENV) {
            return MasterKey::from_hex(&v, KEY_ENV);
        }
        let path = match std::env::var(KEY_FILE_ENV) {
            Ok(p) => PathBuf::from(p),
            Err(_) => match file {
                Some(p) => p.to_path_buf(),
                None => return Err(KeyError::Missing),
            },
        };
        let text = std::fs::read_to_string(&path).map_err(|e| KeyError::File {
            path: path.clone(),
            reason: e.kind().to_string(),
        })?;
        MasterKey::from_hex(
            text.lines().next().unwrap_or(""),
            &path.display().to_string(),
        )
    }

    pub fn from_hex(text: &str, source: &str) -> Result<MasterKey, KeyError> {
        let t = text.trim();
        if t.len() != 64 {
            return Err(KeyError::Malformed(source.to_owned()));
        }
        let mut k = [0u8; 32];
        for (i, byte) in k.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&t[2 * i..2 * i + 2], 16)
                .map_err(|_| KeyError::Malformed(source.to_owned()))?;
        }
        Ok(MasterKey(k))
    }

    /// A fresh random key (the demo, tests).
    pub fn random() -> MasterKey {
        let mut k = [0u8; 32];
        rand::rng().fill_bytes(&mut k);
        MasterKey(k)
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Reads the key kept in `path`, or creates one there (0600, never readable by others).
    pub fn load_or_create_file(path: &Path) -> Result<MasterKey, KeyError> {
        let file_err = |e: std::io::Error| KeyError::File {
            path: path.to_path_buf(),
            reason: e.kind().to_string(),
        };
        match std::fs::read_to_string(path) {
            Ok(t) => {
                crate::store::private_file(path).map_err(file_err)?;
                MasterKey::from_hex(t.lines().next().unwrap_or(""), &path.display().to_string())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let k = MasterKey::random();
                crate::store::write_private(path, k.to_hex().as_bytes()).map_err(file_err)?;
                Ok(k)
            }
            Err(e) => Err(file_err(e)),
        }
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(&self.0))
    }

    pub fn seal(&self, plaintext: &[u8]) -> Result<Sealed, KeyError> {
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = self
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), plaintext)
            .map_err(|_| KeyError::Encrypt)?;
        Ok(Sealed {
            nonce: nonce.to_vec(),
            ciphertext,
        })
    }

    pub fn open(&self, sealed: &Sealed) -> Result<Vec<u8>, KeyError> {
        if sealed.nonce.len() != 24 {
            return Err(KeyError::Decrypt);
        }
        self.cipher()
            .decrypt(
                XNonce::from_slice(&sealed.nonce),
                sealed.ciphertext.as_slice(),
            )
            .map_err(|_| KeyError::Decrypt)
    }

    /// The value stored once to recognise this key later.
    pub fn check_value(&self) -> Result<Sealed, KeyError> {
        self.seal(CHECK_PLAINTEXT)
    }

    /// Whether `check` was sealed by this key.
    pub fn verify(&self, check: &Sealed) -> Result<(), KeyError> {
        match self.open(check) {
            Ok(p) if p == CHECK_PLAINTEXT => Ok(()),
            _ => Err(KeyError::Wrong),
        }
    }

    /// Seals credential fields.
    pub fn seal_fields(&self, fields: &BTreeMap<String, String>) -> Result<Sealed, KeyError> {
        let json = serde_json::to_vec(fields).map_err(|_| KeyError::Encrypt)?;
        self.seal(&json)
    }

    pub fn open_fields(&self, sealed: &Sealed) -> Result<BTreeMap<String, String>, KeyError> {
        let bytes = self.open(sealed)?;
        serde_json::from_slice(&bytes).map_err(|_| KeyError::Decrypt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_tamper_detection() {
        let k = MasterKey::random();
        let mut f = BTreeMap::new();
        f.insert("password".to_owned(), "s3cret".to_owned());
        let mut s = k.seal_fields(&f).unwrap();
        assert!(!String::from_utf8_lossy(&s.ciphertext).contains("s3cret"));
        assert_eq!(k.open_fields(&s).unwrap(), f);
        s.ciphertext[0] ^= 1;
        assert!(matches!(k.open_fields(&s), Err(KeyError::Decrypt)));
    }

    #[test]
    fn wrong_key_is_recognised_and_bad_hex_is_named() {
        let a = MasterKey::random();
        let b = MasterKey::random();
        let check = a.check_value().unwrap();
        assert!(a.verify(&check).is_ok());
        assert!(matches!(b.verify(&check), Err(KeyError::Wrong)));
        let err = MasterKey::from_hex("zz", "MAPWRIGHT_MASTER_KEY")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("64 hex digits") && err.contains("MAPWRIGHT_MASTER_KEY"),
            "{err}"
        );
        let again = MasterKey::from_hex(&a.to_hex(), "x").unwrap();
        assert!(again.verify(&check).is_ok());
        assert_eq!(format!("{a:?}"), "MasterKey(..)");
    }
}
