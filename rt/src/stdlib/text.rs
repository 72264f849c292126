//! Text functions. Lengths and positions count characters (Unicode scalar values), never bytes,
//! so Thai text is cut where a reader expects.

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
    fn join_treats_null_as_empty() {
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
