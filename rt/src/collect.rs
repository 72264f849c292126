//! Collection functions (`filter`, `find`, `map`, `sort_by`, `flatten`, `distinct`,
//! `contains`): the element expression is a closure that may fail the record (its error is the
//! caller's); `null` lists give `null`. Elements are `Option`s (null elements kept).

use std::borrow::Cow;

use crate::ErrorKind;
use crate::stdlib;
use crate::value::{NULL, json};

/// A `sort_by` key that is a JSON value: text, a number or null.
#[inline]
pub fn json_sort_key(k: Option<&serde_json::Value>) -> Result<(), ErrorKind> {
    stdlib::list::check_sort_key(k.unwrap_or(&NULL))
}

/// The `sort_by` orders, one per key representation (null last; see `stdlib::ops::sort_key_order`).
#[inline]
pub fn order_json(
    a: Option<&serde_json::Value>,
    b: Option<&serde_json::Value>,
) -> std::cmp::Ordering {
    stdlib::ops::sort_key_order(a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

#[inline]
pub fn order_text(a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
    stdlib::list::key_order(a.as_ref(), b.as_ref(), |x: &&str, y: &&str| x.cmp(y))
}

#[inline]
pub fn order_int(a: Option<i64>, b: Option<i64>) -> std::cmp::Ordering {
    stdlib::list::key_order(a.as_ref(), b.as_ref(), Ord::cmp)
}

#[inline]
pub fn order_number(
    a: Option<&serde_json::Number>,
    b: Option<&serde_json::Number>,
) -> std::cmp::Ordering {
    stdlib::list::key_order(a, b, |x, y| {
        stdlib::ops::cmp_numbers(x, y).unwrap_or(std::cmp::Ordering::Equal)
    })
}

/// Whether a list contains a text (`contains(list, x)`); a null needle is never contained.
#[inline]
pub fn contains_text(items: Option<&[Option<Cow<'_, str>>]>, x: Option<&str>) -> bool {
    stdlib::list::contains_item(items, x, |i, x| matches!(i.as_deref(), Some(s) if s == x))
}

/// `filter(list, cond)`.
#[inline]
pub fn filter<T: Clone, E>(
    xs: Option<Vec<T>>,
    mut keep: impl FnMut(T) -> Result<bool, E>,
) -> Result<Option<Vec<T>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut out = Vec::with_capacity(xs.len());
    for x in xs {
        if keep(x.clone())? {
            out.push(x);
        }
    }
    Ok(Some(out))
}

/// `find(list, cond)`: the first element that holds (it may be null), or null.
#[inline]
pub fn find<T: Clone, E>(
    xs: Option<Vec<Option<T>>>,
    mut keep: impl FnMut(Option<T>) -> Result<bool, E>,
) -> Result<Option<T>, E> {
    for x in xs.into_iter().flatten() {
        if keep(x.clone())? {
            return Ok(x);
        }
    }
    Ok(None)
}

/// `map(list, expr)`.
#[inline]
pub fn map<T, U, E>(
    xs: Option<Vec<T>>,
    mut f: impl FnMut(T) -> Result<U, E>,
) -> Result<Option<Vec<U>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut out = Vec::with_capacity(xs.len());
    for x in xs {
        out.push(f(x)?);
    }
    Ok(Some(out))
}

/// `sort_by(list, key)`: keys computed in order, then a stable sort by `order`.
#[inline]
pub fn sort_by<T: Clone, K, E>(
    xs: Option<Vec<T>>,
    mut key: impl FnMut(T) -> Result<K, E>,
    order: impl Fn(&K, &K) -> std::cmp::Ordering,
) -> Result<Option<Vec<T>>, E> {
    let Some(xs) = xs else { return Ok(None) };
    let mut keyed = Vec::with_capacity(xs.len());
    for x in xs {
        keyed.push((key(x.clone())?, x));
    }
    keyed.sort_by(|a, b| order(&a.0, &b.0));
    Ok(Some(keyed.into_iter().map(|(_, v)| v).collect()))
}

/// `flatten` of a list of JSON values: each must be a list (or null, skipped).
pub fn flatten_json(
    xs: Option<Vec<Option<&serde_json::Value>>>,
) -> Result<Option<Vec<Option<&serde_json::Value>>>, ErrorKind> {
    let Some(xs) = xs else { return Ok(None) };
    let inner = xs
        .iter()
        .map(|x| stdlib::json::list_of(x.unwrap_or(&NULL)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(
        stdlib::list::flatten(inner)
            .into_iter()
            .map(|x| json(Some(x)))
            .collect(),
    ))
}

/// `distinct` equality of JSON values (`stdlib::ops::values_equal`; null equals null).
#[inline]
pub fn same_json(a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> bool {
    stdlib::ops::values_equal(a.unwrap_or(&NULL), b.unwrap_or(&NULL))
}

/// `distinct` equality of numbers (`1 == 1.0`).
#[inline]
pub fn same_number(a: Option<&serde_json::Number>, b: Option<&serde_json::Number>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => stdlib::ops::cmp_numbers(a, b) == Some(std::cmp::Ordering::Equal),
        (a, b) => a.is_none() && b.is_none(),
    }
}
