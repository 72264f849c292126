//! `contains`: typed by its arguments' representations ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for text and lists of text.

use super::prelude::*;
use crate::stdlib::json::text_of;
use crate::stdlib::list::contains_item;
use crate::stdlib::ops::values_equal;

pub const SIG: Signature = Signature {
    func: Func::Contains,
    name: "contains",
    params: &[Arg::TextOrList, Arg::Any],
    ret: Ret::Scalar(Scalar::Bool),
    nulls: "null haystack or needle -> false",
    doc: "Whether a text contains a part, or a list contains an element.",
    examples: &[
        ex(r#"{"a":"abc"}"#, r#"contains(a, "bc")"#, "true"),
        ex(r#"{"l":["x","y"]}"#, r#"contains(l, "y")"#, "true"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::Text, Rep::Text], "text", Out::Is(Rep::Bool)),
            ov_fails(&[Rep::Text, Rep::Json], "text_json", Out::Is(Rep::Bool)),
            ov(&[Rep::List(&Rep::Text), Rep::Text], "texts", Out::Is(Rep::Bool)),
            ov_fails(&[Rep::List(&Rep::Text), Rep::Json], "texts_json", Out::Is(Rep::Bool)),
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let (hay, needle) = (o.value(0)?, o.value(1)?);
    owned(Value::Bool(match hay.as_ref() {
        Value::Array(a) => contains_item(
            Some(a),
            Some(needle.as_ref()).filter(|n| !n.is_null()),
            values_equal,
        ),
        v => crate::stdlib::text::contains(text_of(v)?, text_of(&needle)?),
    }))
}

/// Whether a text holds a part; false when either is null.
pub fn text(s: Option<Cow<'_, str>>, part: Option<Cow<'_, str>>) -> Option<bool> {
    Some(crate::stdlib::text::contains(s.as_deref(), part.as_deref()))
}

/// [`text`] with a `json` part, which must be text or null.
pub fn text_json(s: Option<Cow<'_, str>>, part: Option<&Value>) -> Result<Option<bool>, ErrorKind> {
    let part = part.map_or(Ok(None), text_of)?;
    Ok(Some(crate::stdlib::text::contains(s.as_deref(), part)))
}

/// Whether a list of text holds an element; false when either is null.
pub fn texts(l: Option<Vec<Option<Cow<'_, str>>>>, x: Option<Cow<'_, str>>) -> Option<bool> {
    Some(crate::contains_text(l.as_deref(), x.as_deref()))
}

/// [`texts`] with a `json` element, which must be text or null.
pub fn texts_json(
    l: Option<Vec<Option<Cow<'_, str>>>>,
    x: Option<&Value>,
) -> Result<Option<bool>, ErrorKind> {
    let x = x.map_or(Ok(None), text_of)?;
    Ok(Some(crate::contains_text(l.as_deref(), x)))
}
