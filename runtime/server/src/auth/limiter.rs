//! The login limiter. A password check must be admitted first, under one lock, for two keys:
//! the (account, address) pair and the address alone. A key admits one check at a time (a
//! burst of concurrent tries gets one check, the rest a "wait"), and after a few failures
//! each further check waits twice as long as the one before. There is no lock on an account
//! as such: the right password from another address is checked at once.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Failures of one (account, address) pair before checks are spaced out.
pub const FREE_TRIES: u32 = 5;
/// Failures from one address (any account) before its checks are spaced out.
pub const FREE_TRIES_PER_ADDRESS: u32 = 20;
/// The first delay; it doubles with each further failure.
pub const BASE_DELAY: Duration = Duration::from_secs(1);
/// The longest delay.
pub const MAX_DELAY: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    /// No check before this instant.
    not_before: Instant,
    /// A check of this key is running.
    busy: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Pair(String, IpAddr),
    Address(IpAddr),
}

impl Key {
    fn free_tries(&self) -> u32 {
        match self {
            Key::Pair(..) => FREE_TRIES,
            Key::Address(_) => FREE_TRIES_PER_ADDRESS,
        }
    }
}

fn delay(failures: u32, free: u32) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let doublings = (failures - free).min(20);
    BASE_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY)
}

/// Failed logins by (account, address) and by address.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    map: Mutex<HashMap<Key, Entry>>,
    checks: AtomicU64,
}

/// Refused: retry after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait(pub Duration);

impl LoginLimiter {
    /// Admits one password check of `account` from `addr`, or says how long to wait. The
    /// check is made with [`Attempt::verify`]; the attempt records its result.
    pub fn admit(&self, account: &str, addr: IpAddr) -> Result<Attempt<'_>, Wait> {
        let keys = [Key::Pair(account.to_owned(), addr), Key::Address(addr)];
        let Ok(mut m) = self.map.lock() else {
            return Err(Wait(MAX_DELAY));
        };
        let now = Instant::now();
        // Forget keys idle past the longest delay.
        m.retain(|_, e| e.busy || now.saturating_duration_since(e.not_before) < MAX_DELAY);
        let mut wait = Duration::ZERO;
        for k in &keys {
            if let Some(e) = m.get(k) {
                if e.busy {
                    wait = wait.max(BASE_DELAY);
                }
                wait = wait.max(e.not_before.saturating_duration_since(now));
            }
        }
        if !wait.is_zero() {
            return Err(Wait(wait));
        }
        for k in &keys {
            m.entry(k.clone())
                .or_insert(Entry {
                    failures: 0,
                    not_before: now,
                    busy: false,
                })
                .busy = true;
        }
        Ok(Attempt {
            limiter: self,
            keys,
            outcome: None,
        })
    }

    /// Password checks made so far (for tests and metrics).
    pub fn checks(&self) -> u64 {
        self.checks.load(Ordering::Relaxed)
    }

    fn finish(&self, keys: &[Key], ok: Option<bool>) {
        let Ok(mut m) = self.map.lock() else {
            return;
        };
        let now = Instant::now();
        for k in keys {
            match ok {
                // The right password clears its pair; the address keeps its count.
                Some(true) if matches!(k, Key::Pair(..)) => {
                    m.remove(k);
                }
                Some(false) => {
                    if let Some(e) = m.get_mut(k) {
                        e.failures = e.failures.saturating_add(1);
                        e.not_before = now + delay(e.failures, k.free_tries());
                        e.busy = false;
                    }
                }
                _ => {
                    if let Some(e) = m.get_mut(k) {
                        e.busy = false;
                    }
                }
            }
        }
    }
}

/// An admitted password check; dropping it unchecked frees its keys.
#[derive(Debug)]
pub struct Attempt<'a> {
    limiter: &'a LoginLimiter,
    keys: [Key; 2],
    outcome: Option<bool>,
}

impl Attempt<'_> {
    /// Checks `password` against `hash` (a dummy hash for an unknown user, so both take as
    /// long); `exists` false makes it a failure whatever the check says.
    pub fn verify(mut self, password: &str, hash: &str, exists: bool) -> bool {
        self.limiter.checks.fetch_add(1, Ordering::Relaxed);
        let ok = super::verify_password(password, hash) && exists;
        self.outcome = Some(ok);
        ok
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        self.limiter.finish(&self.keys, self.outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([127, 0, 0, 1]))
    }

    #[test]
    fn one_check_at_a_time_per_pair_and_address() {
        let l = LoginLimiter::default();
        let a = l.admit("ann", ip("10.0.0.1")).expect("first");
        assert!(l.admit("ann", ip("10.0.0.1")).is_err(), "same pair busy");
        assert!(l.admit("bob", ip("10.0.0.1")).is_err(), "same address busy");
        let other = l.admit("ann", ip("10.0.0.2")).expect("another address");
        drop(other);
        drop(a);
        assert!(l.admit("ann", ip("10.0.0.1")).is_ok(), "freed on drop");
    }

    #[test]
    fn failures_space_checks_out_for_the_pair_only() {
        let l = LoginLimiter::default();
        let hash = "not a hash";
        for _ in 0..FREE_TRIES {
            let a = l.admit("ann", ip("10.0.0.1")).expect("free try");
            assert!(!a.verify("x", hash, true));
        }
        let Err(Wait(w)) = l.admit("ann", ip("10.0.0.1")) else {
            panic!("the sixth try waits");
        };
        assert!(w > Duration::ZERO && w <= BASE_DELAY, "{w:?}");
        assert!(l.admit("ann", ip("10.0.0.2")).is_ok(), "no account lock");
        assert!(l.admit("bob", ip("10.0.0.1")).is_ok(), "other accounts");
        assert_eq!(l.checks(), u64::from(FREE_TRIES));
    }

    #[test]
    fn delays_double_up_to_the_cap() {
        assert_eq!(delay(FREE_TRIES - 1, FREE_TRIES), Duration::ZERO);
        assert_eq!(delay(FREE_TRIES, FREE_TRIES), BASE_DELAY);
        assert_eq!(delay(FREE_TRIES + 3, FREE_TRIES), BASE_DELAY * 8);
        assert_eq!(delay(u32::MAX, FREE_TRIES), MAX_DELAY);
    }
}
