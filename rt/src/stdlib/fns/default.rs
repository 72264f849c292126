//! `default`: its signature and the interpreter's call (`eval`). It is a form of the language
//! ([`Call::Form`]): its second argument is evaluated only when the first is empty, so codegen compiles it by code written for it
//! (`codegen::expr::call`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Default,
    name: "default",
    params: &[Arg::Any, Arg::Any],
    ret: Ret::Common,
    nulls: "the second argument when the first is null, \"\" or []",
    doc: "A fallback for null or empty values.",
    examples: &[
        ex(r#"{"a":""}"#, r#"default(a, "none")"#, r#""none""#),
        ex(r#"{"a":"x"}"#, r#"default(a, "none")"#, r#""x""#),
    ],
    call: Call::Form { eval },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let a = o.value(0)?;
    if crate::stdlib::nulls::is_empty(Some(a.as_ref())) {
        o.value(1)
    } else {
        Ok(a)
    }
}
