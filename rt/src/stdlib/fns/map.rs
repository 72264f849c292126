//! `map`: an expression on `it` for every element. Typed ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls, with the expression on `it` as a
//! closure.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Map,
    name: "map",
    params: &[Arg::List, Arg::ElementExpr],
    ret: Ret::ListOfExpr,
    nulls: "null list -> null",
    doc: "The expression on `it` for every element, in order.",
    examples: &[
        ex(r#"{"l":[{"n":"a"},{"n":"b"}]}"#, "map(l, upper(it.n))", r#"["A","B"]"#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[ov(&[Rep::Items, Rep::Each], "call", Out::ListOfEach), NULL_IS_NULL],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let list = o.value(0)?;
    let Some(items) = crate::stdlib::json::list_of(&list)? else {
        return Ok(null());
    };
    let mut out = Vec::with_capacity(items.len());
    o.each(1, items, &mut |_, v| {
        out.push(v.into_owned());
        Ok(true)
    })?;
    owned(Value::Array(out))
}

/// `f` of every element, in order; null for null.
pub fn call<T, U, E>(
    l: Option<Vec<T>>,
    f: impl FnMut(T) -> Result<U, E>,
) -> Result<Option<Vec<U>>, E> {
    l.map(|l| l.into_iter().map(f).collect()).transpose()
}
