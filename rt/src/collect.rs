//! What the list functions of [`crate::stdlib::fns`] share over compiled code's
//! representations: `json` sort keys and their order, whether a list of text holds a text,
//! `flatten` of `json` lists, and `distinct`'s equality of numbers and of `json` values.
//! Elements are `Option`s (null elements kept).

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

/// Whether a list contains a text (`contains(list, x)`); a null needle is never contained.
#[inline]
pub fn contains_text(items: Option<&[Option<Cow<'_, str>>]>, x: Option<&str>) -> bool {
    stdlib::list::contains_item(items, x, |i, x| matches!(i.as_deref(), Some(s) if s == x))
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
