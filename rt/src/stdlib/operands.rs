//! What the interpreter's half of a [`Call::Typed`](super::sig::Call) function sees of its
//! call: the arguments, evaluated when the function asks for them (so `coalesce` and `default`
//! evaluate lazily, in order, as compiled code does), the expression arguments run once per
//! element with `it` bound, literal names, and the deployment's option sets and value maps. The interpreter
//! (`mapping_dsl::expr::eval`) implements it over its frame.

use std::borrow::Cow;

use serde_json::Value;

use super::translate::{MissingLabel, UnknownCode};
use crate::{Context, ErrorKind};

/// The result of an interpreter half: borrowed from the record where it can be.
pub type Evaluated<'a> = Result<Cow<'a, Value>, ErrorKind>;

/// The interpreter's half of a [`Call::Typed`](super::sig::Call) function.
pub type TypedEval = for<'a> fn(&dyn Operands<'a>) -> Evaluated<'a>;

/// Called once per element by [`Operands::each`] with the element's index and the value of
/// the expression on it; returns whether to go on.
pub type PerItem<'c> = dyn for<'x> FnMut(usize, Cow<'x, Value>) -> Result<bool, ErrorKind> + 'c;

/// One call's operands, in the interpreter.
pub trait Operands<'a> {
    /// How many arguments the call has.
    fn len(&self) -> usize;

    /// Whether it has none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Argument `i`, evaluated now (null when the call leaves it out).
    fn value(&self, i: usize) -> Evaluated<'a>;

    /// Argument `i` (an expression on `it`) evaluated once per element of `items`, in order,
    /// `it` bound to the element; `f` gets each value and says whether to go on.
    fn each(&self, i: usize, items: &[Value], f: &mut PerItem<'_>) -> Result<(), ErrorKind>;

    /// Argument `i` when it is a string literal (an option set or value map name, a policy).
    fn literal(&self, i: usize) -> Option<&'a str>;

    /// The label of `code` in option set `set`, under the policies (the code itself, when a
    /// policy keeps it); an unknown set fails.
    fn label<'c>(
        &self,
        set: &str,
        code: &'c str,
        lang: &str,
        unknown: UnknownCode,
        missing: MissingLabel,
    ) -> Result<Option<&'c str>, ErrorKind>
    where
        'a: 'c;

    /// The value `key` maps to in value map `map` (a miss fails, or gives the map's default);
    /// null for a null key. An unknown map fails either way.
    fn lookup(&self, map: &str, key: Option<&str>) -> Evaluated<'a>;

    /// Whether the checker typed the call's result `number` (not `int`).
    fn returns_number(&self) -> bool;

    /// What the run gives every function (the clock, the counters).
    fn ctx(&self) -> &'a Context;
}

static NULL: Value = Value::Null;

/// The null value, borrowed.
pub fn null<'a>() -> Cow<'a, Value> {
    Cow::Borrowed(&NULL)
}

/// An owned result.
pub fn owned<'a>(v: Value) -> Evaluated<'a> {
    Ok(Cow::Owned(v))
}

/// Element `pick` of a list that may be borrowed (kept borrowed) or owned (moved out); null
/// when `pick` finds none or the list is null.
pub fn element<'a>(
    list: Cow<'a, Value>,
    pick: impl Fn(&[Value]) -> Option<usize>,
) -> Evaluated<'a> {
    let i = match list.as_ref() {
        Value::Array(a) => pick(a),
        Value::Null => None,
        other => return Err(super::json::wrong("a list", other)),
    };
    let Some(i) = i else {
        return Ok(null());
    };
    Ok(match list {
        Cow::Borrowed(Value::Array(a)) => Cow::Borrowed(&a[i]),
        Cow::Owned(Value::Array(mut a)) => Cow::Owned(a.swap_remove(i)),
        _ => null(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_element_stays_borrowed_from_a_borrowed_list() {
        let l = json!([1, 2, 3]);
        let Ok(Cow::Borrowed(v)) = element(Cow::Borrowed(&l), |a| a.len().checked_sub(1)) else {
            panic!("not borrowed");
        };
        assert!(std::ptr::eq(v, &l[2]));
        let owned = element(Cow::Owned(l.clone()), |_| Some(1)).map(Cow::into_owned);
        assert_eq!(owned, Ok(json!(2)));
        assert_eq!(element(Cow::Owned(json!([])), |_| None), Ok(null()));
        assert!(element(Cow::Owned(json!("x")), |_| Some(0)).is_err());
    }
}
