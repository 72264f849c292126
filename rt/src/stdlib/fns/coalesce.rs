//! `coalesce`: its signature and the interpreter's call (`eval`). It is a form of the language
//! ([`Call::Form`]): its arguments are evaluated lazily, so codegen compiles it by code written for it
//! (`codegen::expr::call`).

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
    call: Call::Form { eval },
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
