//! Deterministic synthetic data in the shapes of the real Primero and HIS /
//! Child Shield payloads.
//!
//! Every record is a pure function of `(seed, index)`, so 100 000 cases cost
//! nothing until a page of them is requested. Names and identifiers are
//! synthetic: national ids have 13 digits, start with `9` and deliberately
//! **fail** the Thai checksum, so they can never be a real person's.
//!
//! The same index links the two systems: case `i` carries national id
//! [`DataGen::cid`]`(i)` and HIS person `i` has that cid. Some people are
//! missing from HIS ([`DataGen::person_exists`]) and some cases have no
//! national id, so not-found and missing-id paths are exercised.

mod case;
pub mod metadata;
mod person;
mod plh;
mod plh_items;

pub use case::CaseMeta;
#[cfg(test)]
pub(crate) use person::KIND_PRIMERO;

use crate::util::{mix, mix_all};

/// Seeded generator of cases, people, interventions and risk models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataGen {
    pub seed: u64,
}

/// 2023-01-01T00:00:00Z, the start of the synthetic timeline.
pub const EPOCH_MS: i64 = 1_672_531_200_000;
/// Cases are created five minutes apart (plus jitter).
pub const CASE_SPACING_MS: i64 = 5 * 60 * 1000;

const FIRST: &[&str] = &[
    "สมชาย",
    "สมหญิง",
    "มานี",
    "มานะ",
    "ปิติ",
    "ชูใจ",
    "วีระ",
    "ดวงใจ",
    "สุดา",
    "ประยูร",
    "อรุณี",
    "กิตติ",
    "จันทร์เพ็ญ",
    "ธนา",
    "พรทิพย์",
    "วิชัย",
    "นิภา",
    "ศักดิ์ชัย",
    "รัตนา",
    "บุญมี",
];
const LAST: &[&str] = &[
    "ใจดี",
    "รักไทย",
    "ทองคำ",
    "ศรีสุข",
    "มีสุข",
    "บุญเรือง",
    "แสงทอง",
    "สายบัว",
    "พรหมมา",
    "ทดสอบ",
    "สมบูรณ์",
    "ชัยมงคล",
    "วงศ์ใหญ่",
    "ดีมาก",
    "แก้วใส",
];

impl DataGen {
    pub fn new(seed: u64) -> Self {
        DataGen { seed }
    }

    /// A hash of `(seed, index, salt)`.
    pub(crate) fn h(&self, idx: u64, salt: u64) -> u64 {
        mix_all(&[self.seed, idx, salt])
    }

    /// Picks one element of `items` for `(idx, salt)`.
    pub(crate) fn pick<'a>(&self, idx: u64, salt: u64, items: &[&'a str]) -> &'a str {
        items[(self.h(idx, salt) % items.len() as u64) as usize]
    }

    /// True with probability `percent`/100 for `(idx, salt)`.
    pub(crate) fn chance(&self, idx: u64, salt: u64, percent: u64) -> bool {
        self.h(idx, salt) % 100 < percent
    }

    fn cid_offset(&self) -> u64 {
        mix(self.seed) % 10_000_000_000
    }

    /// The 13-digit synthetic national id of case / person `idx`.
    pub fn cid(&self, idx: u64) -> String {
        let body = format!("9{:011}", self.cid_offset() + idx);
        let check = (thai_check_digit(&body) + 1) % 10;
        format!("{body}{check}")
    }

    /// Inverse of [`DataGen::cid`]: the index of a cid this generator produced.
    pub fn index_of_cid(&self, cid: &str) -> Option<u64> {
        if cid.len() != 13 || !cid.starts_with('9') || !cid.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let body = &cid[..12];
        let check = u64::from(cid.as_bytes()[12] - b'0');
        if (thai_check_digit(body) + 1) % 10 != check {
            return None;
        }
        let n: u64 = cid[1..12].parse().ok()?;
        n.checked_sub(self.cid_offset())
    }

    /// Synthetic Thai first and last name of index `idx`.
    pub fn name(&self, idx: u64) -> (&'static str, &'static str) {
        (self.pick(idx, 11, FIRST), self.pick(idx, 12, LAST))
    }
}

/// The real Thai national-id check digit of a 12-digit body.
fn thai_check_digit(body12: &str) -> u64 {
    let sum: u64 = body12
        .bytes()
        .take(12)
        .enumerate()
        .map(|(i, b)| u64::from(b - b'0') * (13 - i as u64))
        .sum();
    (11 - sum % 11) % 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cids_are_13_digits_invertible_and_fail_the_checksum() {
        let g = DataGen::new(42);
        for idx in [0, 1, 17, 99_999, 1_000_000] {
            let cid = g.cid(idx);
            assert_eq!(cid.len(), 13);
            assert_eq!(g.index_of_cid(&cid), Some(idx));
            let real = thai_check_digit(&cid[..12]);
            assert_ne!(u64::from(cid.as_bytes()[12] - b'0'), real);
        }
        assert_eq!(g.index_of_cid("1111111111113"), None);
        assert_ne!(DataGen::new(43).index_of_cid(&g.cid(5)), Some(5));
    }

    #[test]
    fn thai_check_digit_uses_weights_13_to_2() {
        // 1*13 + 1*12 + ... + 1*2 = 90; 90 mod 11 = 2; 11 - 2 = 9.
        assert_eq!(thai_check_digit("111111111111"), 9);
        assert_eq!(thai_check_digit("000000000000"), 1);
    }
}
