//! Stdlib calls over JSON values. Nothing here names a function: a function of the uniform
//! convention is called through its file's `eval` (or `slice`) with its evaluated arguments;
//! any other through its file's `eval` with the call's [`Operands`], which evaluate an argument
//! when the function asks (lazily, in the order it asks), run an expression on `it` per
//! element, and read the deployment's option sets and value maps.

use std::borrow::Cow;

use serde_json::Value;

use super::{Frame, NULL, eval};
use crate::ir::{Expr, Lit, TExpr};
use crate::rt::{Context, ErrorKind};
use crate::stdlib::args::Args;
use crate::stdlib::fns::MAX_UNIFORM_ARGS;
use crate::stdlib::operands::{Evaluated, Operands, PerItem};
use crate::stdlib::translate::{self, MissingLabel, UnknownCode};
use crate::stdlib::{Call, Func};
use crate::types::Type;

pub(super) fn call<'a>(func: Func, args: &'a [TExpr], ty: &Type, f: &Frame<'a>) -> Evaluated<'a> {
    let arg = |i: usize| -> Evaluated<'a> {
        args.get(i).map_or(Ok(Cow::Borrowed(&NULL)), |a| eval(a, f))
    };
    match func.signature().call {
        Call::Uniform { eval, .. } if args.len() <= MAX_UNIFORM_ARGS => {
            // Arguments left to right, on the stack (only a variadic function takes more).
            let values: [Cow<'a, Value>; MAX_UNIFORM_ARGS] = [arg(0)?, arg(1)?, arg(2)?];
            let refs = [values[0].as_ref(), values[1].as_ref(), values[2].as_ref()];
            eval(&Args::new(&refs[..args.len()], f.ctx)).map(Cow::Owned)
        }
        Call::Uniform { eval, .. } => {
            let values = (0..args.len()).map(arg).collect::<Result<Vec<_>, _>>()?;
            let refs: Vec<&Value> = values.iter().map(AsRef::as_ref).collect();
            eval(&Args::new(&refs, f.ctx)).map(Cow::Owned)
        }
        Call::Slice { slice } => {
            let t = super::text::slice_call(slice, args, f)?;
            Ok(Cow::Owned(
                t.map_or(Value::Null, |s| Value::String(s.into_owned())),
            ))
        }
        Call::Typed { eval, .. } => eval(&FrameOperands { func, args, ty, f }),
    }
}

/// A call's operands over the interpreter's frame.
struct FrameOperands<'a, 'f> {
    func: Func,
    args: &'a [TExpr],
    ty: &'f Type,
    f: &'f Frame<'a>,
}

impl<'a> Operands<'a> for FrameOperands<'a, '_> {
    fn len(&self) -> usize {
        self.args.len()
    }

    fn value(&self, i: usize) -> Evaluated<'a> {
        self.args
            .get(i)
            .map_or(Ok(Cow::Borrowed(&NULL)), |a| eval(a, self.f))
    }

    fn each(&self, i: usize, items: &[Value], per: &mut PerItem<'_>) -> Result<(), ErrorKind> {
        let Some(body) = self.args.get(i) else {
            return Ok(());
        };
        // One `it` stack for all elements: the enclosing ones, then this element.
        let mut its: Vec<&Value> = self.f.its.to_vec();
        its.push(&NULL);
        let slot = its.len() - 1;
        for (n, item) in items.iter().enumerate() {
            its[slot] = item;
            let frame = Frame {
                its: &its[..],
                ..*self.f
            };
            if !per(n, eval(body, &frame)?)? {
                break;
            }
        }
        Ok(())
    }

    fn literal(&self, i: usize) -> Option<&'a str> {
        match self.args.get(i).map(|e| &e.kind) {
            Some(Expr::Lit(Lit::String(s))) => Some(s),
            _ => None,
        }
    }

    fn label<'c>(
        &self,
        set: &str,
        code: &'c str,
        lang: &str,
        unknown: UnknownCode,
        missing: MissingLabel,
    ) -> Result<Option<&'c str>, ErrorKind>
    where
        'a: 'c,
    {
        let Some(s) = self.f.option_sets.get(set) else {
            return Err(self.no_table("option set", set));
        };
        translate::label(s, code, lang, unknown, missing, &self.f.ctx.counters)
    }

    fn lookup(&self, map: &str, key: Option<&str>) -> Evaluated<'a> {
        let Some(m) = self.f.value_maps.get(map) else {
            return Err(self.no_table("value map", map));
        };
        match key {
            None => Ok(Cow::Borrowed(&NULL)),
            Some(k) => translate::lookup(m, k, UnknownCode::Error, &self.f.ctx.counters),
        }
    }

    fn returns_number(&self) -> bool {
        *self.ty == Type::NUMBER
    }

    fn ctx(&self) -> &'a Context {
        self.f.ctx
    }
}

impl FrameOperands<'_, '_> {
    fn no_table(&self, what: &str, name: &str) -> ErrorKind {
        ErrorKind::Function {
            function: self.func.name().into(),
            reason: format!("no {what} `{name}`"),
        }
    }
}
