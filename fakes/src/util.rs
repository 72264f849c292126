//! Small helpers shared by the fakes: hashing, ids, timestamps, base64.

use chrono::{DateTime, Utc};

/// SplitMix64: a tiny, well-mixed, deterministic hash. Used instead of an RNG
/// wherever a value must be a pure function of (seed, index).
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Hash of several words.
pub fn mix_all(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(0x5151_5151_u64, |acc, w| mix(acc ^ mix(*w)))
}

/// A lowercase v4-shaped UUID derived from two 64-bit words.
/// Hand-rolled (no `format!`): several run per generated case.
pub fn uuid_from(a: u64, b: u64) -> String {
    let hi = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
    let lo = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
    let mut out = [0u8; 36];
    put_hex(&mut out[0..8], hi >> 32);
    out[8] = b'-';
    put_hex(&mut out[9..13], (hi >> 16) & 0xFFFF);
    out[13] = b'-';
    put_hex(&mut out[14..18], hi & 0xFFFF);
    out[18] = b'-';
    put_hex(&mut out[19..23], lo >> 48);
    out[23] = b'-';
    put_hex(&mut out[24..36], lo & 0xFFFF_FFFF_FFFF);
    ascii_string(&out)
}

/// Writes the low `out.len()` hex digits of `v`, lowercase, zero-padded.
fn put_hex(out: &mut [u8], mut v: u64) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for slot in out.iter_mut().rev() {
        *slot = HEX[(v & 0xF) as usize];
        v >>= 4;
    }
}

/// Writes the low `out.len()` decimal digits of `v`, zero-padded.
fn put_dec(out: &mut [u8], mut v: u64) {
    for slot in out.iter_mut().rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

/// A `String` of bytes the callers above produced (ASCII only).
fn ascii_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| char::from(*b)).collect()
}

/// A random UUID (for records created at run time).
pub fn random_uuid() -> String {
    uuid_from(rand::random(), rand::random())
}

/// True for a lowercase UUID `8-4-4-4-12` (the shape Primero accepts for `data.id`).
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    groups.len() == 5
        && groups.iter().zip(lens).all(|(g, n)| {
            g.len() == n
                && g.chars()
                    .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
        })
}

/// A 24-hex MongoDB-style object id derived from two words.
pub fn object_id(a: u64, b: u64) -> String {
    let mut out = [0u8; 24];
    put_hex(&mut out[0..8], a & 0xFFFF_FFFF);
    put_hex(&mut out[8..24], b);
    ascii_string(&out)
}

/// Milliseconds since the epoch to Primero's timestamp format `2022-09-28T06:43:38.552Z`.
/// Hand-rolled (days-to-civil, no `format!`) because it runs several times per generated case.
pub fn iso_ms(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    if !(0..=9999).contains(&y) {
        return format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            rem / 3_600_000,
            rem / 60_000 % 60,
            rem / 1000 % 60,
            rem % 1000
        );
    }
    let mut out = *b"0000-00-00T00:00:00.000Z";
    let parts: [(std::ops::Range<usize>, i64); 7] = [
        (0..4, y),
        (5..7, m),
        (8..10, d),
        (11..13, rem / 3_600_000),
        (14..16, rem / 60_000 % 60),
        (17..19, rem / 1000 % 60),
        (20..23, rem % 1000),
    ];
    for (range, v) in parts {
        put_dec(&mut out[range], v.unsigned_abs());
    }
    ascii_string(&out)
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Current time in Primero's timestamp format.
pub fn now_iso() -> String {
    iso_ms(Utc::now().timestamp_millis())
}

/// Parses an ISO date (`YYYY-MM-DD`) or date-time into epoch milliseconds.
pub fn parse_time_ms(s: &str) -> Option<i64> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_millis());
    }
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return Some(t.and_utc().timestamp_millis());
    }
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis())
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn b64_encode(input: &[u8]) -> String {
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64url without padding (JWT segments).
pub fn b64url(input: &[u8]) -> String {
    b64_encode(input)
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

/// Decodes standard base64 (padding optional). `None` on any invalid input.
pub fn b64_decode(input: &str) -> Option<Vec<u8>> {
    let input = input.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in input.bytes() {
        let v = B64.iter().position(|&x| x == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn base64_round_trips() {
        for s in ["", "a", "ab", "abc", "user:pässword", "primero_cp:secret!"] {
            let enc = b64_encode(s.as_bytes());
            assert_eq!(b64_decode(&enc).as_deref(), Some(s.as_bytes()), "{s}");
        }
        assert_eq!(b64_encode(b"user:pass"), "dXNlcjpwYXNz");
        assert!(b64_decode("%%%").is_none());
    }

    #[test]
    fn uuids_have_the_accepted_shape() {
        let u = uuid_from(1, 2);
        assert!(is_uuid(&u), "{u}");
        assert!(is_uuid(&random_uuid()));
        assert!(!is_uuid("F173296B-0E06-4603-8690-500907C7FE37"));
        assert!(!is_uuid("not-a-uuid"));
    }

    #[test]
    fn hand_rolled_ids_match_format() {
        let mut x = 99_u64;
        for _ in 0..2000 {
            let (a, b) = (mix(x), mix(x + 1));
            x = b;
            let hi = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
            let lo = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
            let expected = format!(
                "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
                hi >> 32,
                (hi >> 16) & 0xFFFF,
                hi & 0xFFFF,
                lo >> 48,
                lo & 0xFFFF_FFFF_FFFF
            );
            assert_eq!(uuid_from(a, b), expected);
            assert_eq!(
                object_id(a, b),
                format!("{:08x}{:016x}", a & 0xFFFF_FFFF, b)
            );
        }
        assert_eq!(object_id(0, 1), "000000000000000000000001");
    }

    #[test]
    fn hand_rolled_formatting_matches_chrono() {
        let mut x = 12_345_u64;
        for _ in 0..5000 {
            x = mix(x);
            // 1900 .. 2200
            let ms = (x % 9_467_280_000_000) as i64 - 2_208_988_800_000;
            let expected = Utc
                .timestamp_millis_opt(ms)
                .single()
                .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string());
            assert_eq!(Some(iso_ms(ms)), expected, "{ms}");
        }
    }

    #[test]
    fn timestamps_use_milliseconds() {
        assert_eq!(iso_ms(1_664_347_418_552), "2022-09-28T06:43:38.552Z");
        assert_eq!(
            parse_time_ms("2022-09-28T06:43:38.552Z"),
            Some(1_664_347_418_552)
        );
        assert_eq!(parse_time_ms("2022-09-28"), Some(1_664_323_200_000));
        assert_eq!(parse_time_ms("yesterday"), None);
    }
}
