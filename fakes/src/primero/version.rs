//! The Primero release the fake behaves as. Three behaviours changed between the releases the
//! Thailand workflows may meet (reference §1.1, §2.2, §5.4):
//!
//! | release | `per` cap | `POST /tokens` | option codes |
//! | --- | --- | --- | --- |
//! | < 2.10.3 | none | token in body + `Authorization` header | stored as sent |
//! | 2.10.3 – 2.10.x | 1000 | token in body + `Authorization` header | stored as sent |
//! | 2.11 – 2.14 | 1000 | no token (cookie session; use Basic auth) | stored as sent |
//! | >= 2.15 | 1000 | no token | must be option ids (422) |
//!
//! Record validation against the forms (unknown fields, JSON types) applies on every release.

use std::fmt;
use std::str::FromStr;

use super::{TokenMode, Validation};

/// A Primero release, `major.minor.patch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PrimeroVersion {
    pub major: u16,
    pub minor: u16,
    pub patch: u16,
}

/// Could not read a version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a Primero version (expected e.g. 2.10.3 or 2.15)")]
pub struct BadVersion(pub String);

impl PrimeroVersion {
    pub const fn new(major: u16, minor: u16, patch: u16) -> Self {
        PrimeroVersion {
            major,
            minor,
            patch,
        }
    }

    /// The release the fake is by default: the newest the reference describes.
    pub const LATEST: PrimeroVersion = PrimeroVersion::new(2, 16, 0);
    /// First release that caps `per` at 1000.
    pub const PER_CAP: PrimeroVersion = PrimeroVersion::new(2, 10, 3);
    /// First release whose login answers without a token.
    pub const SESSIONS: PrimeroVersion = PrimeroVersion::new(2, 11, 0);
    /// First release that rejects option codes outside their lookup.
    pub const OPTION_ENUMS: PrimeroVersion = PrimeroVersion::new(2, 15, 0);

    /// The `per` cap of this release.
    pub fn per_cap(self) -> Option<u64> {
        (self >= Self::PER_CAP).then_some(1000)
    }

    /// What `POST /api/v2/tokens` returns on this release.
    pub fn token_mode(self) -> TokenMode {
        if self >= Self::SESSIONS {
            TokenMode::SessionOnly
        } else {
            TokenMode::LegacyJwt
        }
    }

    /// The record validation of this release.
    pub fn validation(self) -> Validation {
        Validation {
            schema: true,
            option_enums: self >= Self::OPTION_ENUMS,
        }
    }
}

impl Default for PrimeroVersion {
    fn default() -> Self {
        Self::LATEST
    }
}

impl fmt::Display for PrimeroVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl FromStr for PrimeroVersion {
    type Err = BadVersion;

    /// `2.10.3`, `2.15` (patch 0) or `v2.11.0`.
    fn from_str(s: &str) -> Result<Self, BadVersion> {
        let bad = || BadVersion(s.to_owned());
        let text = s.trim().trim_start_matches('v');
        let parts: Vec<&str> = text.split('.').collect();
        if !(2..=3).contains(&parts.len()) {
            return Err(bad());
        }
        let num = |p: &str| p.parse::<u16>().map_err(|_| bad());
        Ok(PrimeroVersion::new(
            num(parts[0])?,
            num(parts[1])?,
            parts.get(2).map_or(Ok(0), |p| num(p))?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaviours_change_at_the_reference_releases() {
        let v = |s: &str| s.parse::<PrimeroVersion>().expect("version");
        assert_eq!(v("2.10.2").per_cap(), None);
        assert_eq!(v("2.10.3").per_cap(), Some(1000));
        assert_eq!(v("2.10.7").token_mode(), TokenMode::LegacyJwt);
        assert_eq!(v("v2.11").token_mode(), TokenMode::SessionOnly);
        assert!(!v("2.14.9").validation().option_enums);
        assert!(v("2.15").validation().option_enums && v("2.15").validation().schema);
        assert!(v("2.5.0").validation().schema);
        assert_eq!(v("2.10.3").to_string(), "2.10.3");
        for bad in ["", "2", "two.ten", "2.10.3.1", "2.-1"] {
            assert!(bad.parse::<PrimeroVersion>().is_err(), "{bad}");
        }
    }
}
