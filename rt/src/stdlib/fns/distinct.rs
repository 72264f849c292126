//! `distinct`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for lists of scalars and `json`.

use super::prelude::*;
use crate::stdlib::list::distinct;

pub const SIG: Signature = Signature {
    func: Func::Distinct,
    name: "distinct",
    params: &[Arg::List],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null",
    doc: "The list without repeated elements: the first occurrence of each value is kept, in order (1 and 1.0 are equal).",
    examples: &[
        ex(r#"{"l":["b","a","b","c","a"]}"#, "distinct(l)", r#"["b","a","c"]"#),
        ex(r#"{"l":[1,1.0,{"k":1},{"k":1}]}"#, "distinct(l)", r#"[1,{"k":1}]"#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::List(&Rep::Text)], "plain", Out::First),
            ov(&[Rep::List(&Rep::Int)], "plain", Out::First),
            ov(&[Rep::List(&Rep::Bool)], "plain", Out::First),
            ov(&[Rep::List(&Rep::Num)], "numbers", Out::First),
            ov(&[Rep::List(&Rep::Json)], "jsons", Out::First),
            ov_fails(&[Rep::Json], "json", Out::Is(Rep::List(&Rep::Json))),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let l = o.value(0)?;
    let Some(items) = crate::stdlib::json::list_of(&l)? else {
        return Ok(null());
    };
    owned(Value::Array(
        distinct(items, crate::stdlib::ops::values_equal)
            .into_iter()
            .cloned()
            .collect(),
    ))
}

/// Without repeats, by `==` (text, ints, bools).
pub fn plain<T: PartialEq + Clone>(l: Option<Vec<T>>) -> Option<Vec<T>> {
    l.map(|v| distinct(&v, |x, y| x == y).into_iter().cloned().collect())
}

/// Without repeats, 1 and 1.0 equal.
pub fn numbers(l: Option<Vec<Option<Number>>>) -> Option<Vec<Option<Number>>> {
    l.map(|v| {
        distinct(&v, |x, y| crate::same_number(x.as_ref(), y.as_ref()))
            .into_iter()
            .cloned()
            .collect()
    })
}

/// Without repeats, by JSON equality (1 and 1.0 equal).
pub fn jsons(l: Option<Vec<Option<&Value>>>) -> Option<Vec<Option<&Value>>> {
    l.map(|v| {
        distinct(&v, |x, y| crate::same_json(*x, *y))
            .into_iter()
            .copied()
            .collect()
    })
}

/// The elements of a `json` list without repeats.
pub fn json(v: Option<&Value>) -> Result<Option<Vec<Option<&Value>>>, ErrorKind> {
    Ok(jsons(crate::json_items(v)?))
}
