//! `coalesce`: the first argument that is not null. Typed ([`Call::Typed`]): its signature,
//! the interpreter's call (`eval`) and what compiled code calls, each argument a closure run
//! only when needed.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Coalesce,
    name: "coalesce",
    params: &[Arg::Any],
    rest: Some(Arg::Any),
    ret: Ret::Common,
    nulls: "the first non-null argument, else null",
    doc: "The first argument that is not null.",
    examples: &[
        ex(r#"{"a":null,"b":2}"#, "coalesce(a, b, 3)", "2"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[ov(&[Rep::Lazy], "call", Out::Common)],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    for i in 0..o.len() {
        let v = o.value(i)?;
        if !v.is_null() {
            return Ok(v);
        }
    }
    Ok(null())
}

/// The first argument that is not null, else null; an argument runs only when all before it
/// were null.
pub fn call<T, E>(
    args: &mut [&mut dyn FnMut() -> Result<Option<T>, E>],
) -> Result<Option<T>, E> {
    for a in args {
        if let Some(v) = a()? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}
