//! `default`: a fallback for null or empty values. Typed ([`Call::Typed`]): its signature,
//! the interpreter's call (`eval`) and what compiled code calls, the fallback a closure run
//! only when needed.

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
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Row, Rep::Lazy], "row", Out::Common),
            ov(&[Rep::Any, Rep::Lazy], "call", Out::Common),
            ov(&[Rep::Null, Rep::Lazy], "fallback", Out::Common),
        ],
    },
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

/// `b` when `a` is null, "" or [].
pub fn call<T: crate::stdlib::nulls::Emptiness, E>(
    a: Option<T>,
    b: impl FnOnce() -> Result<Option<T>, E>,
) -> Result<Option<T>, E> {
    if crate::stdlib::nulls::is_empty(a.as_ref()) {
        b()
    } else {
        Ok(a)
    }
}

/// An input object, or `b` when it is not there.
pub fn row<T, E>(a: Option<T>, b: impl FnOnce() -> Result<Option<T>, E>) -> Result<Option<T>, E> {
    if a.is_none() { b() } else { Ok(a) }
}

/// The fallback of the literal null.
pub fn fallback<T, E>(b: impl FnOnce() -> Result<Option<T>, E>) -> Result<Option<T>, E> {
    b()
}
