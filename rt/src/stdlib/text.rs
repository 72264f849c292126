//! Text functions. Lengths and positions count characters (Unicode scalar values), never bytes,
//! so Thai text is cut where a reader expects.

/// `concat`: null counts as "".
///
/// ```
/// use mapwright_rt::stdlib::text::concat;
/// assert_eq!(concat(&[Some("a"), None, Some("b")]), "ab");
/// ```
pub fn concat(parts: &[Option<&str>]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.map_or(0, str::len)).sum());
    for p in parts.iter().flatten() {
        out.push_str(p);
    }
    out
}

/// `trim`: null -> null.
pub fn trim(s: Option<&str>) -> Option<&str> {
    s.map(str::trim)
}

/// `lower`: null -> null.
pub fn lower(s: Option<&str>) -> Option<String> {
    s.map(str::to_lowercase)
}

/// `upper`: null -> null.
pub fn upper(s: Option<&str>) -> Option<String> {
    s.map(str::to_uppercase)
}

/// `substr(s, start, len?)` in characters, clamped; null text or start -> null, a null length
/// means "to the end", a negative start counts as 0 and a negative length as 0.
pub fn substr(s: Option<&str>, start: Option<i64>, len: Option<i64>) -> Option<&str> {
    let (s, start) = (s?, start?);
    let start = usize::try_from(start.max(0)).unwrap_or(usize::MAX);
    let begin = byte_offset(s, start);
    let rest = &s[begin..];
    let end = match len {
        None => rest.len(),
        Some(n) => byte_offset(rest, usize::try_from(n.max(0)).unwrap_or(usize::MAX)),
    };
    Some(&rest[..end])
}

/// The byte offset of the `n`th character, or the length when there are fewer.
fn byte_offset(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// `digits_only`: the ASCII digits; null -> null.
pub fn digits_only(s: Option<&str>) -> Option<String> {
    s.map(|s| s.chars().filter(char::is_ascii_digit).collect())
}

/// `leading_int`: the whole number a text starts with, after spaces and an optional sign, as
/// JavaScript's `parseInt(s, 10)` reads it (`"40-45"` -> 40, `"30.5"` -> 30); null when the text
/// does not start with an ASCII digit or the number does not fit an int.
pub fn leading_int(s: Option<&str>) -> Option<i64> {
    let t = s?.trim_start();
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let end = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n: i64 = rest[..end].parse().ok()?;
    Some(if neg { -n } else { n })
}

/// `uuid_cut`: 8-4-4-4-rest with dashes; text shorter than 32 characters is padded with `0`
/// to 32 first. Counted in characters.
pub fn uuid_cut(s: Option<&str>) -> Option<String> {
    let mut chars: Vec<char> = s?.chars().collect();
    if chars.len() < 32 {
        chars.resize(32, '0');
    }
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, c) in chars.into_iter().enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push('-');
        }
        out.push(c);
    }
    Some(out)
}

/// `replace(s, from, to)`: every occurrence; null text -> null, a null or empty `from` leaves the
/// text unchanged, a null `to` is "".
pub fn replace<'a>(
    s: Option<&'a str>,
    from: Option<&str>,
    to: Option<&str>,
) -> Option<std::borrow::Cow<'a, str>> {
    let s = s?;
    match from {
        Some(f) if !f.is_empty() && s.contains(f) => Some(s.replace(f, to.unwrap_or("")).into()),
        _ => Some(s.into()),
    }
}

/// `split(s, sep)`: null text -> null; a null or empty separator splits into characters.
pub fn split<'a>(s: Option<&'a str>, sep: Option<&str>) -> Option<Vec<&'a str>> {
    let s = s?;
    Some(match sep {
        Some(sep) if !sep.is_empty() => s.split(sep).collect(),
        _ => s
            .char_indices()
            .map(|(i, c)| &s[i..i + c.len_utf8()])
            .collect(),
    })
}

/// `join(list, sep)`: null elements count as ""; a null separator is "". A null list is the
/// caller's null (-> null).
pub fn join<'a>(items: impl IntoIterator<Item = Option<&'a str>>, sep: Option<&str>) -> String {
    let sep = sep.unwrap_or("");
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.unwrap_or(""));
    }
    out
}

/// `contains(s, part)` on text: null on either side -> false.
pub fn contains(s: Option<&str>, part: Option<&str>) -> bool {
    matches!((s, part), (Some(s), Some(p)) if s.contains(p))
}

/// `starts_with(s, prefix)`: null on either side -> false.
pub fn starts_with(s: Option<&str>, prefix: Option<&str>) -> bool {
    matches!((s, prefix), (Some(s), Some(p)) if s.starts_with(p))
}

/// `len` of text in characters; null -> 0.
pub fn len(s: Option<&str>) -> i64 {
    s.map_or(0, |s| i64::try_from(s.chars().count()).unwrap_or(i64::MAX))
}

/// `len` of a list; null -> 0.
pub fn len_list(n: Option<usize>) -> i64 {
    n.map_or(0, |n| i64::try_from(n).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_int_reads_like_parse_int() {
        assert_eq!(leading_int(Some("40-45")), Some(40));
        assert_eq!(leading_int(Some("30.5")), Some(30));
        assert_eq!(leading_int(Some("  -7 ปี")), Some(-7));
        assert_eq!(leading_int(Some("+12")), Some(12));
        assert_eq!(leading_int(Some("ปี 40")), None);
        assert_eq!(leading_int(Some("- 5")), None);
        assert_eq!(leading_int(Some("")), None);
        assert_eq!(leading_int(Some("99999999999999999999")), None);
        assert_eq!(leading_int(None), None);
    }

    #[test]
    fn uuid_cut_pads_short_text_and_keeps_long_text() {
        assert_eq!(
            uuid_cut(Some("62f10cd1092a5d8c3ea753f911111111")).as_deref(),
            Some("62f10cd1-092a-5d8c-3ea7-53f911111111")
        );
        assert_eq!(
            uuid_cut(Some("12")).as_deref(),
            Some("12000000-0000-0000-0000-000000000000")
        );
        assert_eq!(
            uuid_cut(Some("0123456789abcdef0123456789abcdefXY")).as_deref(),
            Some("01234567-89ab-cdef-0123-456789abcdefXY")
        );
        assert_eq!(uuid_cut(None), None);
    }

    #[test]
    fn concat_treats_null_as_empty() {
        assert_eq!(concat(&[Some("x"), Some(" "), None, Some("y")]), "x y");
        assert_eq!(concat(&[None]), "");
    }

    #[test]
    fn substr_counts_characters_and_clamps() {
        assert_eq!(substr(Some("ผู้ชาย"), Some(0), Some(2)), Some("ผู"));
        assert_eq!(substr(Some("abc"), Some(-3), Some(2)), Some("ab"));
        assert_eq!(substr(Some("abc"), Some(1), Some(-1)), Some(""));
        assert_eq!(substr(Some("abc"), Some(9), None), Some(""));
        assert_eq!(substr(Some("abc"), Some(1), Some(i64::MAX)), Some("bc"));
        assert_eq!(substr(None, Some(0), None), None);
        assert_eq!(substr(Some("abc"), None, None), None);
    }

    #[test]
    fn trim_case_digits() {
        assert_eq!(trim(Some(" \n a b\t")), Some("a b"));
        assert_eq!(upper(Some("ß")), Some("SS".to_owned()));
        assert_eq!(lower(None), None);
        assert_eq!(
            digits_only(Some("1-1111-11111-11-3")),
            Some("1111111111113".to_owned())
        );
        assert_eq!(digits_only(Some("๑2")), Some("2".to_owned()));
    }

    #[test]
    fn replace_split_join() {
        assert_eq!(
            replace(Some("a.b.c"), Some("."), Some("/")).as_deref(),
            Some("a/b/c")
        );
        assert_eq!(
            replace(Some("abc"), Some(""), Some("x")).as_deref(),
            Some("abc")
        );
        assert_eq!(replace(Some("abc"), Some("b"), None).as_deref(), Some("ac"));
        assert_eq!(split(Some("a,,b"), Some(",")), Some(vec!["a", "", "b"]));
        assert_eq!(split(Some("กข"), None), Some(vec!["ก", "ข"]));
        assert_eq!(split(None, Some(",")), None);
        assert_eq!(join([Some("a"), None, Some("b")], Some("-")), "a--b");
        assert_eq!(join(std::iter::empty(), Some("-")), "");
    }

    #[test]
    fn predicates_and_len() {
        assert!(contains(Some("abc"), Some("")));
        assert!(!contains(None, Some("a")));
        assert!(!contains(Some("a"), None));
        assert!(starts_with(Some("abc"), Some("ab")));
        assert!(!starts_with(Some("abc"), Some("bc")));
        assert_eq!(len(Some("ผู้ชาย")), 6);
        assert_eq!(len(None), 0);
        assert_eq!(len_list(Some(3)), 3);
    }
}
