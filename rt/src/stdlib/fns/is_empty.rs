//! `is_empty`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for each representation.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::IsEmpty,
    name: "is_empty",
    params: &[Arg::Any],
    ret: Ret::Scalar(Scalar::Bool),
    nulls: "null -> true",
    doc: "True for null, \"\" and [].",
    examples: &[
        ex(r#"{"a":[]}"#, "is_empty(a)", "true"),
        ex(r#"{"a":" "}"#, "is_empty(a)", "false"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Null], "null", Out::Is(Rep::Bool)),
            ov(&[Rep::Row], "row", Out::Is(Rep::Bool)),
            ov(&[Rep::Any], "call", Out::Is(Rep::Bool)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let v = o.value(0)?;
    owned(Value::Bool(crate::stdlib::nulls::is_empty(Some(v.as_ref()))))
}

/// The literal null is empty.
pub fn null() -> Option<bool> {
    Some(true)
}

/// An input object is empty when it is not there.
pub fn row<T>(v: Option<T>) -> Option<bool> {
    Some(v.is_none())
}

/// Null, "" and [] are empty.
pub fn call<T: crate::stdlib::nulls::Emptiness>(v: Option<T>) -> Option<bool> {
    Some(crate::stdlib::nulls::is_empty(v))
}
