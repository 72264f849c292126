//! Text-typed expressions evaluated to `Cow<str>` instead of a JSON value, so that
//! `date_closure >= substr(params.cursor, 0, 10)` or `trim(a) == "x"` borrow their parts
//! instead of allocating a `Value::String` for each: literals, paths, params, and the calls of
//! functions whose result is a slice of their first argument ([`Call::Slice`]). Same semantics
//! as [`eval`], which evaluates anything else.

use std::borrow::Cow;

use serde_json::Value;

use super::{Frame, NULL, eval, path};
use crate::ir::{Expr, Lit, TExpr};
use crate::rt::ErrorKind;
use crate::stdlib::Call;
use crate::stdlib::args::{self, Args};
use crate::stdlib::fns::MAX_UNIFORM_ARGS;
use crate::stdlib::json::{text_of, wrong};
use crate::stdlib::sig::SliceEval;

type Text<'a> = Result<Option<Cow<'a, str>>, ErrorKind>;

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
        Expr::Call(func, args) => match func.signature().call {
            Call::Slice { slice } => slice_call(slice, args, f),
            _ => any(e, f),
        },
        _ => any(e, f),
    }
}

/// A call of a function whose result is a slice of its first argument's text: borrowed text
/// stays borrowed. The first argument is evaluated as text, then the others.
pub(super) fn slice_call<'a>(slice: SliceEval, args: &'a [TExpr], f: &Frame<'a>) -> Text<'a> {
    let s = match args.first() {
        Some(a) => text(a, f)?,
        None => None,
    };
    let arg = |i: usize| -> Result<Cow<'a, Value>, ErrorKind> {
        args.get(i).map_or(Ok(Cow::Borrowed(&NULL)), |a| eval(a, f))
    };
    let rest: [Cow<'a, Value>; MAX_UNIFORM_ARGS - 1] = [arg(1)?, arg(2)?];
    let refs = [&NULL, rest[0].as_ref(), rest[1].as_ref()];
    let a = Args::new(&refs[..args.len().clamp(1, MAX_UNIFORM_ARGS)], f.ctx);
    args::try_slice(s, |x| slice(x, &a))
}

/// Any other expression, evaluated as JSON.
fn any<'a>(e: &'a TExpr, f: &Frame<'a>) -> Text<'a> {
    match eval(e, f)? {
        Cow::Borrowed(v) => Ok(text_of(v)?.map(Cow::Borrowed)),
        Cow::Owned(Value::String(s)) => Ok(Some(Cow::Owned(s))),
        Cow::Owned(Value::Null) => Ok(None),
        Cow::Owned(other) => Err(wrong("text", &other)),
    }
}
