//! `to_string`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for each scalar and `json`.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::ToString,
    name: "to_string",
    params: &[Arg::Any],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Text of a value: numbers as JSON writes them, true/false, lists and objects as JSON.",
    examples: &[
        ex(r#"{"n":12}"#, "to_string(n)", r#""12""#),
        ex(r#"{"n":1.5}"#, "to_string(n)", r#""1.5""#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Text], "text", Out::Is(Rep::Text)),
            ov(&[Rep::Int], "int", Out::Is(Rep::Text)),
            ov(&[Rep::Num], "number", Out::Is(Rep::Text)),
            ov(&[Rep::Bool], "bool", Out::Is(Rep::Text)),
            ov(&[Rep::Json], "json", Out::Is(Rep::Text)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let v = o.value(0)?;
    owned(
        crate::stdlib::convert::value_to_string(&v)
            .map_or(Value::Null, |s| Value::String(s.into_owned())),
    )
}

/// Text is its own text.
pub fn text(s: Option<Cow<'_, str>>) -> Option<Cow<'_, str>> {
    s
}

/// An int in decimal.
pub fn int(n: Option<i64>) -> Option<Cow<'static, str>> {
    crate::int_text(n)
}

/// A number as JSON writes it.
pub fn number(n: Option<Number>) -> Option<Cow<'static, str>> {
    n.as_ref()
        .map(|n| Cow::Owned(crate::stdlib::convert::number_to_string(n)))
}

/// `true` or `false`.
pub fn bool(b: Option<bool>) -> Option<Cow<'static, str>> {
    crate::bool_text(b)
}

/// A JSON string as is, anything else as JSON writes it.
pub fn json(v: Option<&Value>) -> Option<Cow<'_, str>> {
    crate::json_to_string(v)
}
