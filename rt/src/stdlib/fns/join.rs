//! `join`: typed by its arguments' representations ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for lists of text and of `json`.

use super::prelude::*;
use crate::stdlib::json::{list_of, text_of};

pub const SIG: Signature = Signature {
    func: Func::Join,
    name: "join",
    params: &[Arg::List, Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null list -> null; null elements count as \"\"; a null separator is \"\"",
    doc: "Joins a list of text with a separator.",
    examples: &[
        ex(r#"{"l":["a","b"]}"#, r#"join(l, ", ")"#, r#""a, b""#),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::List(&Rep::Text), Rep::Text], "texts", Out::Is(Rep::Text)),
            ov_fails(&[Rep::List(&Rep::Json), Rep::Text], "jsons", Out::Is(Rep::Text)),
            ov_fails(&[Rep::Json, Rep::Text], "json", Out::Is(Rep::Text)),
            NULL_IS_NULL,
        ],
    },
    ..Signature::DEFAULTS
};

use crate::stdlib::text::join;

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let (l, sep) = (o.value(0)?, o.value(1)?);
    let Some(items) = list_of(&l)? else {
        return Ok(null());
    };
    let items = items.iter().map(text_of).collect::<Result<Vec<_>, _>>()?;
    owned(Value::String(join(items, text_of(&sep)?)))
}

/// A list of text; null elements count as "".
pub fn texts<'r>(
    l: Option<Vec<Option<Cow<'r, str>>>>,
    sep: Option<Cow<'r, str>>,
) -> Option<Cow<'r, str>> {
    let items = l?;
    Some(Cow::Owned(join(
        items.iter().map(|x| x.as_deref()),
        sep.as_deref(),
    )))
}

/// A list of `json` values, each text or null.
pub fn jsons<'r>(
    l: Option<Vec<Option<&'r Value>>>,
    sep: Option<Cow<'r, str>>,
) -> Result<Option<Cow<'r, str>>, ErrorKind> {
    let Some(items) = l else { return Ok(None) };
    let items = items
        .into_iter()
        .map(|v| v.map_or(Ok(None), text_of))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(Cow::Owned(join(items, sep.as_deref()))))
}

/// A `json` list of text or null.
pub fn json<'r>(
    v: Option<&'r Value>,
    sep: Option<Cow<'r, str>>,
) -> Result<Option<Cow<'r, str>>, ErrorKind> {
    jsons(crate::json_items(v)?, sep)
}
