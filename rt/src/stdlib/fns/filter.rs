//! `filter`: the elements for which a condition on `it` holds. Typed ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls, with the expression on `it` as a
//! closure.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Filter,
    name: "filter",
    params: &[Arg::List, Arg::Predicate],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null; a null condition drops the element",
    doc: "The elements for which the condition on `it` holds, in order.",
    examples: &[
        ex(r#"{"l":[1,5,2]}"#, "filter(l, it > 1)", "[5,2]"),
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
    let mut keep = Vec::new();
    o.each(1, items, &mut |i, holds| {
        if crate::stdlib::json::bool_of(&holds)? {
            keep.push(items[i].clone());
        }
        Ok(true)
    })?;
    owned(Value::Array(keep))
}

/// The elements for which `keep` holds, in order; null for null.
pub fn call<T: Clone, E>(
    l: Option<Vec<T>>,
    mut keep: impl FnMut(T) -> Result<bool, E>,
) -> Result<Option<Vec<T>>, E> {
    let Some(l) = l else { return Ok(None) };
    let mut out = Vec::with_capacity(l.len());
    for x in l {
        if keep(x.clone())? {
            out.push(x);
        }
    }
    Ok(Some(out))
}
