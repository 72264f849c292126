//! Finding where a JSON object or array ends, 64 bytes at a time. A reader that cuts a stream
//! of records (the elements of an array, pretty-printed records one after another) looks at
//! every byte of the input, on one thread, before any record can go to another. A byte at a
//! time that cost 5.3 instructions a byte on the bench: 30 % of `transform --jobs 1` on an
//! array.
//!
//! A block's quotes, backslashes and brackets come as bit masks ([`crate::block16::marks`]).
//! The bytes inside strings are those after an odd number of quotes: the running XOR of the
//! quotes' mask. The brackets outside them change the depth, one at a time in their order, up
//! to the one that brings it to zero. A quote after an odd run of backslashes is escaped
//! ([`escaped_bytes`]), and so not a string's end. A block with a backslash outside strings
//! (not JSON) is left to the caller's byte-at-a-time scanner.

use crate::block16::marks;

/// How deep a scanner stands inside a JSON value, and whether inside a string: what it carries
/// from one piece of a text to the next.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Nesting {
    /// Objects and arrays open around the scanner.
    pub depth: u32,
    /// Inside a string (after its opening quote).
    pub in_string: bool,
    /// Inside a string, just after a backslash that escapes the next byte.
    pub escaped: bool,
}

/// What [`Nesting::skim`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skimmed {
    /// The value ended: its closing bracket is the byte before this offset.
    Ended(usize),
    /// These bytes were followed, a whole number of 64-byte blocks, and the value goes on. The
    /// scanner stopped where fewer than 64 bytes were left, or before a block with a backslash
    /// outside strings (not JSON: a byte-at-a-time scanner says what it does there).
    Followed(usize),
}

impl Nesting {
    /// Follows `bytes` 64 at a time from inside an object or array (`depth > 0`), up to the
    /// closing bracket that ends the value. `{` and `[` both open, `}` and `]` both close, as
    /// a byte-at-a-time scanner of nesting counts them (the parser of the record checks that
    /// they pair).
    pub fn skim(&mut self, bytes: &[u8]) -> Skimmed {
        let mut at = 0;
        while self.depth > 0 {
            let Some(block) = bytes.get(at..).and_then(|b| b.first_chunk::<64>()) else {
                break;
            };
            let m = Marks64::of(block);
            // (Most blocks have no backslash: they skip the work.)
            let (escaped, escapes_next) = if m.backslashes == 0 && !self.escaped {
                (0, false)
            } else {
                escaped_bytes(m.backslashes, self.escaped)
            };
            let quotes = m.quotes & !escaped;
            let outside = !(running_xor(quotes) ^ if self.in_string { !0 } else { 0 });
            if m.backslashes & outside != 0 {
                break;
            }
            // Most blocks of a record have no bracket outside its strings; the others a few.
            // (Counting them with `count_ones` costs more: x86_64's baseline has no POPCNT.)
            let brackets = m.brackets & outside;
            if brackets != 0
                && let Some(end) = self.close_in(block, brackets)
            {
                self.in_string = false;
                self.escaped = false;
                return Skimmed::Ended(at + end + 1);
            }
            // Bit `i` of the running XOR is the state after byte `i`: an opening quote is
            // inside its string, a closing one outside.
            self.in_string = outside >> 63 == 0;
            self.escaped = escapes_next;
            at += 64;
        }
        Skimmed::Followed(at)
    }

    /// The brackets of a block in order, from `self.depth`: the offset of the one that closes
    /// the value, or `None` with the depth after the block. `brackets` may mark a few other
    /// bytes (see [`crate::block16::Marks`]), which are passed over.
    fn close_in(&mut self, block: &[u8; 64], mut brackets: u64) -> Option<usize> {
        while brackets != 0 {
            let i = brackets.trailing_zeros() as usize;
            brackets &= brackets - 1;
            match block[i] {
                b'{' | b'[' => self.depth += 1,
                b'}' | b']' => {
                    self.depth -= 1;
                    if self.depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// [`crate::block16::Marks`] of 64 bytes.
struct Marks64 {
    quotes: u64,
    backslashes: u64,
    brackets: u64,
}

impl Marks64 {
    #[inline]
    fn of(block: &[u8; 64]) -> Marks64 {
        let mut m = Marks64 {
            quotes: 0,
            backslashes: 0,
            brackets: 0,
        };
        let (parts, _) = block.as_chunks::<16>();
        for (k, part) in parts.iter().enumerate() {
            let p = marks(part);
            let shift = 16 * k;
            m.quotes |= u64::from(p.quotes) << shift;
            m.backslashes |= u64::from(p.backslashes) << shift;
            m.brackets |= u64::from(p.brackets) << shift;
        }
        m
    }
}

/// The bytes a backslash escapes, given the block's backslashes and whether its first byte is
/// escaped (by a backslash ending the block before); and whether the block's last backslash
/// escapes the next block's first byte. A byte is escaped when the run of backslashes before
/// it is odd.
///
/// A backslash that is itself escaped starts no run. Adding a run's first bit to the run
/// carries past its last backslash, to the byte after it: a run that starts at an even bit
/// and ends before an odd one is odd, and so is one from an odd bit to an even one. Runs that
/// start at even bits and those at odd bits are added apart, so that each sum tells one
/// parity. A run that starts at an odd bit and carries out of the block is odd; one from an
/// even bit is not.
#[inline]
fn escaped_bytes(backslashes: u64, first_escaped: bool) -> (u64, bool) {
    const EVEN: u64 = 0x5555_5555_5555_5555;
    let first = u64::from(first_escaped);
    let runs = backslashes & !first;
    let starts = runs & !(runs << 1);
    let (from_even, _) = runs.overflowing_add(starts & EVEN);
    let (from_odd, carried) = runs.overflowing_add(starts & !EVEN);
    let after = (from_even & !EVEN | from_odd & EVEN) & !runs;
    (after | first, carried)
}

/// Bit `i` is the XOR of bits `0..=i` of `x`: set from an opening quote up to the byte before
/// its closing quote.
#[inline]
fn running_xor(mut x: u64) -> u64 {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    x
}

#[cfg(test)]
mod tests;
