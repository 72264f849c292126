//! What the list functions share over slices, for the interpreter's JSON lists and compiled
//! code's `Vec`s alike: the first and last element, flattening, de-duplication, membership and
//! the order of sort keys. The functions themselves, with their loops over an expression on
//! `it`, are in [`super::fns`].

use std::cmp::Ordering;

/// `first(list)`: null or [] -> null.
pub fn first<T>(items: Option<&[T]>) -> Option<&T> {
    items?.first()
}

/// `last(list)`: null or [] -> null.
pub fn last<T>(items: Option<&[T]>) -> Option<&T> {
    items?.last()
}

/// `flatten(list)`: the elements of the inner lists, in order; null inner lists are skipped.
pub fn flatten<'a, T: 'a>(lists: impl IntoIterator<Item = Option<&'a [T]>>) -> Vec<&'a T> {
    lists.into_iter().flatten().flatten().collect()
}

/// `distinct(list)`: the first occurrence of each element, in order (`eq` decides equality:
/// [`crate::stdlib::ops::values_equal`] for JSON values). Quadratic: lists here are short.
pub fn distinct<T>(items: &[T], eq: impl Fn(&T, &T) -> bool) -> Vec<&T> {
    let mut out: Vec<&T> = Vec::with_capacity(items.len());
    for x in items {
        if !out.iter().any(|y| eq(y, x)) {
            out.push(x);
        }
    }
    out
}

/// `contains(list, x)`: null list or null needle -> false.
pub fn contains_item<T, U: ?Sized>(
    items: Option<&[T]>,
    x: Option<&U>,
    eq: impl Fn(&T, &U) -> bool,
) -> bool {
    match (items, x) {
        (Some(items), Some(x)) => items.iter().any(|i| eq(i, x)),
        _ => false,
    }
}

/// The order of `sort_by` keys of one type: null sorts last, the rest by `cmp`. Used with a
/// stable sort, so equal keys keep their input order.
pub fn key_order<K>(a: Option<&K>, b: Option<&K>, cmp: impl Fn(&K, &K) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => cmp(a, b),
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
    }
}

/// A `sort_by` key must be text, a number or null; anything else fails the record.
pub fn check_sort_key(k: &serde_json::Value) -> Result<(), crate::ErrorKind> {
    use serde_json::Value;
    if matches!(k, Value::Null | Value::Number(_) | Value::String(_)) {
        Ok(())
    } else {
        Err(crate::ErrorKind::WrongType {
            expected: "a text or number key".into(),
            found: super::json::kind(k).into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_last_contains_order() {
        let v = [1, 2, 3];
        assert_eq!(first(Some(&v[..])), Some(&1));
        assert_eq!(last(Some(&v[..])), Some(&3));
        assert_eq!(first::<i64>(Some(&[])), None);
        assert_eq!(last::<i64>(None), None);
        assert!(contains_item(Some(&["a", "b"][..]), Some("b"), |a, b| *a == b));
        assert!(!contains_item(Some(&["a"][..]), None::<&str>, |a, b| *a == b));
        let mut keys = vec![Some(2.0), None, Some(1.0)];
        keys.sort_by(|a, b| key_order(a.as_ref(), b.as_ref(), |x: &f64, y| x.total_cmp(y)));
        assert_eq!(keys, vec![Some(1.0), Some(2.0), None]);
    }

    #[test]
    fn flatten_skips_null_inner_lists_and_keeps_order() {
        let (a, b) = ([1, 2], [3]);
        let lists = [Some(&a[..]), None, Some(&[][..]), Some(&b[..])];
        assert_eq!(flatten(lists), vec![&1, &2, &3]);
        assert!(flatten::<i64>([None, None]).is_empty());
    }

    #[test]
    fn distinct_keeps_the_first_occurrence() {
        let v = ["b", "a", "b", "c", "a"];
        assert_eq!(distinct(&v, |x, y| x == y), vec![&"b", &"a", &"c"]);
        let j = [
            serde_json::json!(1),
            serde_json::json!(1.0),
            serde_json::json!(2),
        ];
        let d = distinct(&j, crate::stdlib::ops::values_equal);
        assert_eq!(d.len(), 2, "1 and 1.0 are equal values: {d:?}");
        assert!(distinct::<i64>(&[], |x, y| x == y).is_empty());
    }
}
