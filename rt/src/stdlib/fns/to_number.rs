//! `to_number`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for numbers, ints and text.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::ToNumber,
    name: "to_number",
    params: &[Arg::TextOrNumber],
    ret: Ret::Scalar(Scalar::Number),
    can_fail: true,
    nulls: "null -> null; \"\" fails",
    doc: "Parses a number (surrounding whitespace allowed); integers stay integers. Fails on other text.",
    examples: &[
        ex(r#"{"a":" 12 "}"#, "to_number(a)", "12"),
        ex(r#"{"a":"1.5"}"#, "to_number(a)", "1.5"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Num], "number", Out::Is(Rep::Num)),
            ov(&[Rep::Int], "int", Out::Is(Rep::Num)),
            ov_fails(&[Rep::Text], "text", Out::Is(Rep::Num)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let v = o.value(0)?;
    match v.as_ref() {
        Value::Number(_) | Value::Null => Ok(v),
        Value::String(s) => owned(
            crate::stdlib::convert::to_number(Some(s))?.map_or(Value::Null, Value::Number),
        ),
        other => Err(crate::stdlib::json::wrong("text or a number", other)),
    }
}

/// A number is itself.
pub fn number(n: Option<Number>) -> Option<Number> {
    n
}

/// An int as a number.
pub fn int(n: Option<i64>) -> Option<Number> {
    n.map(Number::from)
}

/// Parses text (surrounding whitespace allowed); fails on text that is not a number.
pub fn text(s: Option<Cow<'_, str>>) -> Result<Option<Number>, ErrorKind> {
    crate::stdlib::convert::to_number(s.as_deref())
}
