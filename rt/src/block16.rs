//! Searches of 16 bytes at a time for the bytes JSON treats specially: one SSE2 compare per
//! block where the build has SSE2 (every x86_64 build), two 8-byte words elsewhere. A mask has
//! bit `i` for byte `i`; callers read its lowest set bit only (the word versions set only that
//! one), except [`marks`], whose masks are whole (its version without SSE2 looks at each byte).
//! The compiler turns neither a byte loop nor a word loop into the one compare (it made byte
//! shuffles of both), so the SSE2 versions are written with the intrinsics.

/// The bytes that are `"` or `\`: where a JSON string ends or has an escape (the reader).
#[inline]
pub fn quotes_or_backslashes(block: &[u8; 16]) -> u32 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: `sse2::quotes_or_backslashes` needs SSE2 only, which this build enables (the
        // cfg above; every x86_64 CPU has it). A `#[target_feature]` function is `unsafe` to
        // call even then.
        #[allow(unsafe_code)]
        unsafe {
            sse2::quotes_or_backslashes(block)
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    words::quotes_or_backslashes(block)
}

/// The bytes a JSON string must escape: `"`, `\` and those below 0x20 (the writer).
#[inline]
pub fn escapes(block: &[u8; 16]) -> u32 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: as in `quotes_or_backslashes`.
        #[allow(unsafe_code)]
        unsafe {
            sse2::escapes(block)
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    words::escapes(block)
}

/// The bytes of a block that a JSON value's nesting turns on, every one of them (bit `i` for
/// byte `i`): where strings start and end, escapes, and brackets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub quotes: u16,
    pub backslashes: u16,
    /// `{`, `[`, `}` and `]`, and maybe `Y`, `_`, `y` and DEL, which one compare cannot tell
    /// from them (outside strings JSON has none of these four): the caller reads the byte.
    pub brackets: u16,
}

/// [`Marks`] of a block.
#[inline]
pub fn marks(block: &[u8; 16]) -> Marks {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: as in `quotes_or_backslashes`.
        #[allow(unsafe_code)]
        unsafe {
            sse2::marks(block)
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    words::marks(block)
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set_epi8,
        _mm_set1_epi8,
    };

    use super::Marks;

    /// The sixteen bytes as one vector (the compiler makes this one unaligned load).
    #[target_feature(enable = "sse2")]
    #[inline]
    #[rustfmt::skip]
    fn load(b: &[u8; 16]) -> __m128i {
        let b = b.map(|x| x as i8);
        _mm_set_epi8(
            b[15], b[14], b[13], b[12], b[11], b[10], b[9], b[8],
            b[7], b[6], b[5], b[4], b[3], b[2], b[1], b[0],
        )
    }

    /// All ones in the lanes of `v` that are `"` or `\\`.
    #[target_feature(enable = "sse2")]
    #[inline]
    fn quote_or_backslash(v: __m128i) -> __m128i {
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_or_si128(quote, backslash)
    }

    #[target_feature(enable = "sse2")]
    #[inline]
    pub fn quotes_or_backslashes(block: &[u8; 16]) -> u32 {
        _mm_movemask_epi8(quote_or_backslash(load(block))) as u32
    }

    #[target_feature(enable = "sse2")]
    #[inline]
    pub fn escapes(block: &[u8; 16]) -> u32 {
        let v = load(block);
        // Below 0x20, unsigned: the byte is its own minimum with 0x1f.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
        _mm_movemask_epi8(_mm_or_si128(quote_or_backslash(v), control)) as u32
    }

    #[target_feature(enable = "sse2")]
    #[inline]
    pub fn marks(block: &[u8; 16]) -> Marks {
        let v = load(block);
        let mask = |x: __m128i| _mm_movemask_epi8(x) as u16;
        let eq = |b: u8| mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8)));
        // The brackets are 0x5b, 0x5d, 0x7b and 0x7d: with bits 5, 2 and 1 set, each becomes
        // 0x7f. So do 0x59, 0x5f, 0x79 and 0x7f (`Y`, `_`, `y`, DEL), and no other byte.
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x26));
        Marks {
            quotes: eq(b'"'),
            backslashes: eq(b'\\'),
            brackets: mask(_mm_cmpeq_epi8(folded, _mm_set1_epi8(0x7f))),
        }
    }
}

/// The searches without SSE2, a word at a time. Built everywhere, so that the tests compare
/// them with SSE2's.
const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGHS: u64 = ONES << 7;

/// The high bit of each byte of the word `w` that is `"`, `\` or below 0x20, and maybe of bytes
/// after (more significant than) such a byte: the lowest bit set is always exact. `x - ONES`
/// borrows into the next byte only from a byte that was zero, and `w - 0x20 × ONES` only from
/// a byte below 0x20, so a clean byte is never marked before the first byte needing an escape.
/// Bytes with the high bit set (UTF-8 beyond ASCII) are never marked, through `& !x`. (The
/// writer's word search, for the bytes after its last whole block.)
#[inline]
pub(crate) fn escape_mask(w: u64) -> u64 {
    let quote = w ^ (ONES * u64::from(b'"'));
    let backslash = w ^ (ONES * u64::from(b'\\'));
    let zero_quote = quote.wrapping_sub(ONES) & !quote;
    let zero_backslash = backslash.wrapping_sub(ONES) & !backslash;
    let control = w.wrapping_sub(ONES * 0x20) & !w;
    (zero_quote | zero_backslash | control) & HIGHS
}

#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
mod words {
    use super::{HIGHS, Marks, ONES, escape_mask};

    /// A byte at a time: the marks are read where they are whole blocks of a long text, and
    /// builds without SSE2 are rare enough not to need more.
    pub fn marks(block: &[u8; 16]) -> Marks {
        let mut m = Marks::default();
        for (i, b) in block.iter().enumerate() {
            let bit = 1 << i;
            match b {
                b'"' => m.quotes |= bit,
                b'\\' => m.backslashes |= bit,
                b'{' | b'[' | b'}' | b']' => m.brackets |= bit,
                _ => {}
            }
        }
        m
    }

    /// The high bit of each byte of `x` that is zero, and maybe of bytes after a zero one (a
    /// borrow): the lowest bit set is exact.
    fn zero_bytes(x: u64) -> u64 {
        x.wrapping_sub(ONES) & !x & HIGHS
    }

    /// The first byte whose flag `mark` sets in either word, as a one-bit mask.
    fn first_marked(block: &[u8; 16], mark: impl Fn(u64) -> u64) -> u32 {
        let (low, high) = block.split_at(8);
        for (half, word) in [low, high].into_iter().enumerate() {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(word);
            let found = mark(u64::from_le_bytes(bytes));
            if found != 0 {
                return 1 << (half * 8 + found.trailing_zeros() as usize / 8);
            }
        }
        0
    }

    pub fn quotes_or_backslashes(block: &[u8; 16]) -> u32 {
        first_marked(block, |w| {
            zero_bytes(w ^ (ONES * u64::from(b'"'))) | zero_bytes(w ^ (ONES * u64::from(b'\\')))
        })
    }

    pub fn escapes(block: &[u8; 16]) -> u32 {
        first_marked(block, escape_mask)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of mostly plain bytes with a near miss or a special byte anywhere: the SSE2 and
    /// the word searches find the first special byte of each, as a byte search does.
    #[test]
    fn both_searches_find_the_first_special_byte_of_any_block() {
        let alphabet = [
            b'"',
            b'\\',
            b'!',
            b'#',
            b'"' ^ 0x80,
            b'\\' ^ 0x80,
            0,
            0x1f,
            0x20,
            0x7f,
            0x80,
            0x9f,
            0xff,
            b'\n',
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..100_000 {
            let mut block = [0u8; 16];
            for b in &mut block {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly plain bytes, so that the first special one falls anywhere.
                *b = if seed.is_multiple_of(6) {
                    alphabet[(seed >> 8) as usize % alphabet.len()]
                } else {
                    b'a' + (seed >> 16) as u8 % 26
                };
            }
            let first = |bits: u32| (bits != 0).then(|| bits.trailing_zeros() as usize);
            let quote = block.iter().position(|&b| b == b'"' || b == b'\\');
            let escape = block
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            assert_eq!(first(quotes_or_backslashes(&block)), quote, "{block:?}");
            assert_eq!(
                first(words::quotes_or_backslashes(&block)),
                quote,
                "{block:?}"
            );
            assert_eq!(first(escapes(&block)), escape, "{block:?}");
            assert_eq!(first(words::escapes(&block)), escape, "{block:?}");
        }
    }

    /// Every byte value in every position: each byte's own class, in both versions, but for
    /// the four bytes the SSE2 version may take for brackets.
    #[test]
    fn marks_classify_every_byte_in_every_position() {
        for at in 0..16 {
            for b in 0..=255u8 {
                let mut block = [b'a'; 16];
                block[at] = b;
                let bit = 1 << at;
                let want = |yes: bool| if yes { bit } else { 0 };
                let bracket = matches!(b, b'{' | b'[' | b'}' | b']');
                let words = words::marks(&block);
                assert_eq!(words.brackets, want(bracket), "{b:#x}");
                let m = marks(&block);
                for m in [m, words] {
                    assert_eq!(m.quotes, want(b == b'"'), "{b:#x}");
                    assert_eq!(m.backslashes, want(b == b'\\'), "{b:#x}");
                }
                let alike = matches!(b, b'Y' | b'_' | b'y' | 0x7f);
                assert_eq!(m.brackets & bit, want(bracket || alike), "{b:#x}");
                assert_eq!(m.brackets & !bit, 0, "{b:#x}");
            }
        }
    }
}
