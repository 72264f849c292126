//! `flatten`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for lists of lists and `json`.

use super::prelude::*;
use crate::stdlib::json::list_of;

pub const SIG: Signature = Signature {
    func: Func::Flatten,
    name: "flatten",
    params: &[Arg::List],
    ret: Ret::Flattened,
    nulls: "null list -> null; null inner lists are skipped",
    doc: "The elements of a list of lists, one level, in order.",
    examples: &[
        ex(r#"{"l":[[1,2],null,[],[3]]}"#, "flatten(l)", "[1,2,3]"),
        ex(r#"{"v":[{"anc":[{"w":1}]},{"anc":null},{"anc":[{"w":2},{"w":3}]}]}"#, "flatten(map(v, it.anc))", r#"[{"w":1},{"w":2},{"w":3}]"#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::List(&Rep::List(&Rep::Any))], "lists", Out::Element),
            ov_fails(&[Rep::List(&Rep::Json)], "jsons", Out::Is(Rep::List(&Rep::Json))),
            ov_fails(&[Rep::Json], "json", Out::Is(Rep::List(&Rep::Json))),
            NULL_IS_NULL,
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let l = o.value(0)?;
    let Some(items) = list_of(&l)? else {
        return Ok(null());
    };
    let inner = items.iter().map(list_of).collect::<Result<Vec<_>, _>>()?;
    owned(Value::Array(
        crate::stdlib::list::flatten(inner).into_iter().cloned().collect(),
    ))
}

/// The elements of the inner lists, in order; null inner lists are skipped.
pub fn lists<T>(l: Option<Vec<Option<Vec<T>>>>) -> Option<Vec<T>> {
    l.map(|v| v.into_iter().flatten().flatten().collect())
}

/// The elements of a list of `json` lists; each must be a list or null.
pub fn jsons(
    l: Option<Vec<Option<&Value>>>,
) -> Result<Option<Vec<Option<&Value>>>, ErrorKind> {
    crate::flatten_json(l)
}

/// The elements of a `json` list of lists.
pub fn json(v: Option<&Value>) -> Result<Option<Vec<Option<&Value>>>, ErrorKind> {
    crate::json_items(v).and_then(crate::flatten_json)
}
