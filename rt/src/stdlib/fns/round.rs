//! `round`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for ints and numbers.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Round,
    name: "round",
    params: &[Arg::Numeric],
    ret: Ret::Scalar(Scalar::Int),
    can_fail: true,
    nulls: "null -> null",
    doc: "Rounds half away from zero; fails when out of the int range.",
    examples: &[
        ex(r#"{"x":2.5}"#, "round(x)", "3"),
        ex(r#"{"x":-2.5}"#, "round(x)", "-3"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Int], "int", Out::Is(Rep::Int)),
            ov_fails(&[Rep::Num], "number", Out::Is(Rep::Int)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    match o.value(0)?.as_ref() {
        Value::Null => Ok(null()),
        Value::Number(n) => owned(Value::from(number(Some(n.clone()))?)),
        other => Err(crate::stdlib::json::wrong("a number", other)),
    }
}

/// An int is rounded already.
pub fn int(n: Option<i64>) -> Option<i64> {
    n
}

/// Half away from zero; fails out of the int range.
pub fn number(n: Option<Number>) -> Result<Option<i64>, ErrorKind> {
    crate::round(n.as_ref())
}
