//! Text-typed expressions evaluated to `Cow<str>` instead of a JSON value, so that
//! `date_closure >= substr(params.cursor, 0, 10)` or `concat(a, " ", b)` borrow their parts
//! instead of allocating a `Value::String` for each. Same semantics as [`eval`]: the typed
//! functions in [`crate::stdlib`] do the work; anything not special-cased goes through [`eval`].

use std::borrow::Cow;

use serde_json::Value;

use super::{Frame, eval, path};
use crate::ir::{Expr, Lit, TExpr};
use crate::rt::ErrorKind;
use crate::stdlib::json::{int_of, text_of, wrong};
use crate::stdlib::{Func, fns, text as t};

type Text<'a> = Result<Option<Cow<'a, str>>, ErrorKind>;

/// Applies a borrowing string function to a possibly-owned input.
fn map_str<'a>(
    s: Option<Cow<'a, str>>,
    g: impl for<'x> Fn(&'x str) -> Result<&'x str, ErrorKind>,
) -> Text<'a> {
    Ok(match s {
        None => None,
        Some(Cow::Borrowed(b)) => Some(Cow::Borrowed(g(b)?)),
        Some(Cow::Owned(o)) => Some(Cow::Owned(g(&o)?.to_owned())),
    })
}

/// The value of a text-typed expression (`None` for null).
pub(super) fn text<'a>(e: &'a TExpr, f: &Frame<'a>) -> Text<'a> {
    match &e.kind {
        Expr::Lit(Lit::String(s)) => Ok(Some(Cow::Borrowed(s))),
        Expr::Lit(Lit::Null) => Ok(None),
        Expr::Path(p) => Ok(text_of(path(p, f))?.map(Cow::Borrowed)),
        Expr::Param(n) => Ok(f
            .ctx
            .params
            .get(n)
            .map(text_of)
            .transpose()?
            .flatten()
            .map(Cow::Borrowed)),
        Expr::Call(Func::Substr, args) => {
            let s = text(&args[0], f)?;
            let start = int_of(&*eval(&args[1], f)?)?;
            let len = match args.get(2) {
                Some(l) => int_of(&*eval(l, f)?)?,
                None => None,
            };
            if start.is_none() {
                return Ok(None);
            }
            map_str(
                s,
                |x| Ok(t::substr(Some(x), start, len).unwrap_or_default()),
            )
        }
        Expr::Call(Func::Trim, args) => map_str(text(&args[0], f)?, |x| {
            Ok(fns::trim::call(Some(x)).unwrap_or_default())
        }),
        Expr::Call(Func::Date, args) => map_str(text(&args[0], f)?, |x| {
            Ok(fns::date::call(Some(x))?.unwrap_or_default())
        }),
        _ => match eval(e, f)? {
            Cow::Borrowed(v) => Ok(text_of(v)?.map(Cow::Borrowed)),
            Cow::Owned(Value::String(s)) => Ok(Some(Cow::Owned(s))),
            Cow::Owned(Value::Null) => Ok(None),
            Cow::Owned(other) => Err(wrong("text", &other)),
        },
    }
}
