//! `len`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for text, `json` and lists.

use super::prelude::*;
use crate::stdlib::text::{len, len_list};

pub const SIG: Signature = Signature {
    func: Func::Len,
    name: "len",
    params: &[Arg::TextOrList],
    ret: Ret::Scalar(Scalar::Int),
    nulls: "null -> 0",
    doc: "The number of characters of a text or elements of a list.",
    examples: &[
        ex(r#"{"a":"ผู้ชาย"}"#, "len(a)", "6"),
        ex(r#"{"l":[1,2]}"#, "len(l)", "2"),
        ex(r#"{"a":null}"#, "len(a)", "0"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Text], "text", Out::Is(Rep::Int)),
            ov_fails(&[Rep::Json], "json", Out::Is(Rep::Int)),
            ov(&[Rep::List(&Rep::Any)], "list", Out::Is(Rep::Int)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    owned(Value::from(json(Some(o.value(0)?.as_ref()))?))
}

/// Characters of a text; 0 for null.
pub fn text(s: Option<Cow<'_, str>>) -> Option<i64> {
    Some(len(s.as_deref()))
}

/// Elements of a JSON list or characters of a JSON string; 0 for null.
pub fn json(v: Option<&Value>) -> Result<Option<i64>, ErrorKind> {
    Ok(Some(match v {
        Some(Value::Array(a)) => len_list(Some(a.len())),
        Some(other) => len(crate::stdlib::json::text_of(other)?),
        None => 0,
    }))
}

/// Elements of a list; 0 for null.
pub fn list<T>(l: Option<Vec<T>>) -> Option<i64> {
    Some(len_list(l.as_ref().map(Vec::len)))
}
