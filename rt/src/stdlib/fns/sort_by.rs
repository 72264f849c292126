//! `sort_by`: a stable sort by a key on `it`. Typed ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls, with the expression on `it` as a
//! closure.

use super::prelude::*;
use std::cmp::Ordering;

use crate::stdlib::list::key_order;

pub const SIG: Signature = Signature {
    func: Func::SortBy,
    name: "sort_by",
    params: &[Arg::List, Arg::SortKey],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null; null keys sort last",
    doc: "A stable sort by a text or number key on `it`.",
    examples: &[
        ex(r#"{"l":[{"n":2},{"n":null},{"n":1}]}"#, "sort_by(l, it.n)", r#"[{"n":1},{"n":2},{"n":null}]"#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[ov(&[Rep::Items, Rep::Each], "call", Out::First), NULL_IS_NULL],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let list = o.value(0)?;
    let Some(items) = crate::stdlib::json::list_of(&list)? else {
        return Ok(null());
    };
    let mut keyed = Vec::with_capacity(items.len());
    o.each(1, items, &mut |i, k| {
        let k = k.into_owned();
        crate::stdlib::list::check_sort_key(&k)?;
        keyed.push((k, &items[i]));
        Ok(true)
    })?;
    keyed.sort_by(|a, b| crate::stdlib::ops::sort_key_order(&a.0, &b.0));
    owned(Value::Array(
        keyed.into_iter().map(|(_, v)| v.clone()).collect(),
    ))
}

/// A stable sort of the elements by `key` (null keys last); null for null.
pub fn call<T: Clone, K: Key, E>(
    l: Option<Vec<T>>,
    mut key: impl FnMut(T) -> Result<K, E>,
) -> Result<Option<Vec<T>>, E> {
    let Some(l) = l else { return Ok(None) };
    let mut keyed = Vec::with_capacity(l.len());
    for x in l {
        keyed.push((key(x.clone())?, x));
    }
    keyed.sort_by(|a, b| a.0.order(&b.0));
    Ok(Some(keyed.into_iter().map(|(_, x)| x).collect()))
}

/// A sort key as compiled code holds it: null sorts last.
pub trait Key {
    fn order(&self, other: &Self) -> Ordering;
}

impl Key for Option<Cow<'_, str>> {
    fn order(&self, other: &Self) -> Ordering {
        key_order(self.as_ref(), other.as_ref(), Ord::cmp)
    }
}

impl Key for Option<i64> {
    fn order(&self, other: &Self) -> Ordering {
        key_order(self.as_ref(), other.as_ref(), Ord::cmp)
    }
}

impl Key for Option<Number> {
    fn order(&self, other: &Self) -> Ordering {
        key_order(self.as_ref(), other.as_ref(), |x, y| {
            crate::stdlib::ops::cmp_numbers(x, y).unwrap_or(Ordering::Equal)
        })
    }
}

impl Key for Option<&Value> {
    fn order(&self, other: &Self) -> Ordering {
        crate::order_json(*self, *other)
    }
}
