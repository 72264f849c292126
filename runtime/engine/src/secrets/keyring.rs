//! The keys that seal personal data at rest (trigger inputs, step outputs, outcome reasons) and
//! the keyed hashes that index them for search.
//!
//! Each master key yields two sub-keys (HMAC-SHA256 of a label under the master key): one for
//! XChaCha20-Poly1305, one for the search index. A sealed blob names the key that sealed it:
//!
//! ```text
//! "mw1" | key id (8 ASCII hex) | nonce (24 bytes) | ciphertext with its 16-byte tag
//! ```
//!
//! so a [`Keyring`] holding the current key and the previous ones opens blobs sealed before a
//! rotation, and `mapwright rotate-key` re-seals them under the current key.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use super::{KeyError, MasterKey};

/// The environment variable with previous master keys (64 hex digits each, comma-separated):
/// data sealed under them stays readable until `mapwright rotate-key` re-seals it.
pub const PREVIOUS_KEYS_ENV: &str = "MAPWRIGHT_PREVIOUS_MASTER_KEYS";

const MAGIC: &[u8; 3] = b"mw1";
const ID_LEN: usize = 8;
const NONCE_LEN: usize = 24;
const HEADER: usize = MAGIC.len() + ID_LEN + NONCE_LEN;

type HmacSha256 = Hmac<Sha256>;

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC takes a key of any length: `new_from_slice` cannot fail.
    let mut m = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One master key's derived keys.
#[derive(Clone)]
struct DataKey {
    id: String,
    seal: [u8; 32],
    index: [u8; 32],
}

impl DataKey {
    fn new(master: &MasterKey) -> DataKey {
        let m = master.bytes();
        DataKey {
            id: hex(&hmac(m, &[b"mapwright key id v1"])[..ID_LEN / 2]),
            seal: hmac(m, &[b"mapwright data sealing v1"]),
            index: hmac(m, &[b"mapwright search index v1"]),
        }
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(&self.seal))
    }
}

/// The current key (seals) and the previous ones (open only). `Debug` shows key ids only.
#[derive(Clone)]
pub struct Keyring {
    current: DataKey,
    previous: Vec<DataKey>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current.id)
            .field(
                "previous",
                &self.previous.iter().map(|k| &k.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Keyring {
    pub fn new(current: &MasterKey) -> Keyring {
        Keyring {
            current: DataKey::new(current),
            previous: Vec::new(),
        }
    }

    /// Adds keys that open (never seal) what they sealed before.
    pub fn with_previous<'a>(mut self, keys: impl IntoIterator<Item = &'a MasterKey>) -> Keyring {
        for k in keys {
            let d = DataKey::new(k);
            if d.id != self.current.id && !self.previous.iter().any(|p| p.id == d.id) {
                self.previous.push(d);
            }
        }
        self
    }

    /// The previous keys from [`PREVIOUS_KEYS_ENV`] (none when unset).
    pub fn previous_from_env() -> Result<Vec<MasterKey>, KeyError> {
        match std::env::var(PREVIOUS_KEYS_ENV) {
            Err(_) => Ok(Vec::new()),
            Ok(v) => v
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| MasterKey::from_hex(s, PREVIOUS_KEYS_ENV))
                .collect(),
        }
    }

    /// The id sealed blobs carry for the current key.
    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyError> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let ct = self
            .current
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), plaintext)
            .map_err(|_| KeyError::Encrypt)?;
        let mut out = Vec::with_capacity(HEADER + ct.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(self.current.id.as_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// The id of the key that sealed `blob` (`None`: not a sealed blob).
    pub fn blob_key_id(blob: &[u8]) -> Option<&str> {
        (blob.len() >= HEADER && blob.starts_with(MAGIC))
            .then(|| std::str::from_utf8(&blob[MAGIC.len()..MAGIC.len() + ID_LEN]).ok())
            .flatten()
    }

    pub fn open(&self, blob: &[u8]) -> Result<Vec<u8>, KeyError> {
        let id = Self::blob_key_id(blob).ok_or(KeyError::Decrypt)?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == id)
            .ok_or_else(|| KeyError::UnknownKeyId(id.to_owned()))?;
        let nonce = &blob[MAGIC.len() + ID_LEN..HEADER];
        key.cipher()
            .decrypt(XNonce::from_slice(nonce), &blob[HEADER..])
            .map_err(|_| KeyError::Decrypt)
    }

    /// Whether `blob` was sealed by the current key (a rotation leaves those alone).
    pub fn is_current(&self, blob: &[u8]) -> bool {
        Self::blob_key_id(blob) == Some(self.current.id.as_str())
    }

    /// The search-index hashes of `term` under every key (the current one first): a search
    /// matches rows indexed before a rotation too.
    pub fn index_hashes(&self, term: &str) -> Vec<String> {
        std::iter::once(&self.current)
            .chain(&self.previous)
            .map(|k| index_hash(k, term))
            .collect()
    }

    /// The search-index hash of `term` under the current key.
    pub fn index_hash(&self, term: &str) -> String {
        index_hash(&self.current, term)
    }
}

fn index_hash(k: &DataKey, term: &str) -> String {
    hex(&hmac(&k.index, &[term.as_bytes()])[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_blobs_name_their_key_and_open_after_a_rotation() {
        let old = MasterKey::random();
        let new = MasterKey::random();
        let before = Keyring::new(&old);
        let blob = before.seal(b"Somchai 1111111111119").unwrap();
        assert!(!String::from_utf8_lossy(&blob).contains("Somchai"));
        assert_eq!(Keyring::blob_key_id(&blob), Some(before.current_id()));
        let after = Keyring::new(&new);
        assert!(matches!(after.open(&blob), Err(KeyError::UnknownKeyId(_))));
        let after = after.with_previous([&old]);
        assert_eq!(after.open(&blob).unwrap(), b"Somchai 1111111111119");
        assert!(!after.is_current(&blob));
        assert!(after.is_current(&after.seal(b"x").unwrap()));
        let mut bad = blob.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert!(matches!(after.open(&bad), Err(KeyError::Decrypt)));
        assert!(matches!(after.open(b"{\"a\":1}"), Err(KeyError::Decrypt)));
    }

    #[test]
    fn index_hashes_are_keyed_and_stable() {
        let a = Keyring::new(&MasterKey::random());
        let b = Keyring::new(&MasterKey::random());
        assert_eq!(a.index_hash("nid:1"), a.index_hash("nid:1"));
        assert_ne!(a.index_hash("nid:1"), b.index_hash("nid:1"));
        assert_ne!(a.index_hash("nid:1"), a.index_hash("nid:2"));
        let both = b.clone().with_previous([&MasterKey::random()]);
        assert_eq!(both.index_hashes("t").len(), 2);
        assert_eq!(both.index_hashes("t")[0], b.index_hash("t"));
        assert!(!format!("{both:?}").contains(&hex(&both.current.seal)));
    }
}
