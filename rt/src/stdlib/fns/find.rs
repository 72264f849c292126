//! `find`: the first element for which a condition on `it` holds. Typed ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls, with the expression on `it` as a
//! closure.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Find,
    name: "find",
    params: &[Arg::List, Arg::Predicate],
    ret: Ret::Element,
    nulls: "null list or no match -> null",
    doc: "The first element for which the condition on `it` holds.",
    examples: &[
        ex(r#"{"l":[{"k":"a","v":1},{"k":"b","v":2}]}"#, r#"find(l, it.k == "b")"#, r#"{"k":"b","v":2}"#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[ov(&[Rep::Items, Rep::Each], "call", Out::Element), NULL_IS_NULL],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let list = o.value(0)?;
    let Some(items) = crate::stdlib::json::list_of(&list)? else {
        return Ok(null());
    };
    let mut found = None;
    o.each(1, items, &mut |i, holds| {
        if crate::stdlib::json::bool_of(&holds)? {
            found = Some(i);
            return Ok(false);
        }
        Ok(true)
    })?;
    element(list, |_| found)
}

/// The first element for which `keep` holds; null when none does or for null.
pub fn call<T: Clone, E>(
    l: Option<Vec<Option<T>>>,
    mut keep: impl FnMut(Option<T>) -> Result<bool, E>,
) -> Result<Option<T>, E> {
    for x in l.into_iter().flatten() {
        if keep(x.clone())? {
            return Ok(x);
        }
    }
    Ok(None)
}
