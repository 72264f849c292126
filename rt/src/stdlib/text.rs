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
    fn split_join() {
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
        assert_eq!(len(Some("ผู้ชาย")), 6);
        assert_eq!(len(None), 0);
        assert_eq!(len_list(Some(3)), 3);
    }
}
