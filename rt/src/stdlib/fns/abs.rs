//! `abs`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for ints and numbers.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Abs,
    name: "abs",
    params: &[Arg::Numeric],
    ret: Ret::SameAsFirst,
    can_fail: true,
    nulls: "null -> null",
    doc: "The absolute value; fails on the smallest int.",
    examples: &[
        ex(r#"{"x":-3}"#, "abs(x)", "3"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov_fails(&[Rep::Int], "int", Out::Is(Rep::Int)),
            ov(&[Rep::Num], "number", Out::Is(Rep::Num)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    match o.value(0)?.as_ref() {
        Value::Null => Ok(null()),
        // An int stays an int, unless the checker typed the call `number` (an int-valued
        // number, such as 2.0 read as 2).
        Value::Number(n) => match n.as_i64() {
            Some(i) if !n.is_f64() && !o.returns_number() => owned(Value::from(int(Some(i))?)),
            _ => owned(number(Some(n.clone())).map_or(Value::Null, Value::Number)),
        },
        other => Err(crate::stdlib::json::wrong("a number", other)),
    }
}

/// Fails on the smallest int, whose absolute value is not an int.
pub fn int(n: Option<i64>) -> Result<Option<i64>, ErrorKind> {
    n.map(crate::stdlib::convert::abs_int).transpose()
}

/// The absolute value of a number.
pub fn number(n: Option<Number>) -> Option<Number> {
    crate::abs_number(n.as_ref())
}
