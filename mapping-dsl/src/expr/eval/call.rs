//! Stdlib calls over JSON values: unpack the arguments, call the typed function in
//! [`crate::stdlib`], pack the result. Nothing here decides semantics. A function of the uniform
//! convention is called through its own file's `eval` (or `slice`); the others have an arm here.

use std::borrow::Cow;

use serde_json::{Number, Value};

use super::{Frame, NULL, eval, eval_bool};
use crate::ir::{Expr, Lit, MissingLabel, TExpr, UnknownCode};
use crate::rt::ErrorKind;
use crate::stdlib::args::Args;
use crate::stdlib::fns::MAX_UNIFORM_ARGS;
use crate::stdlib::json::{list_of, text_of, text_or_number, wrong};
use crate::stdlib::{Call, Func, convert, list, nulls, ops, text, translate};
use crate::types::Type;

type R<'a> = Result<Cow<'a, Value>, ErrorKind>;

fn owned<'a>(v: Value) -> R<'a> {
    Ok(Cow::Owned(v))
}

fn opt_string<'a>(s: Option<impl Into<String>>) -> R<'a> {
    owned(s.map_or(Value::Null, |s| Value::String(s.into())))
}

/// An element of a list that may be borrowed (kept borrowed) or owned (moved out).
fn element<'a>(list: Cow<'a, Value>, pick: impl Fn(&[Value]) -> Option<usize>) -> R<'a> {
    let i = match list.as_ref() {
        Value::Array(a) => pick(a),
        Value::Null => None,
        other => return Err(wrong("a list", other)),
    };
    let Some(i) = i else {
        return Ok(Cow::Borrowed(&NULL));
    };
    Ok(match list {
        Cow::Borrowed(Value::Array(a)) => Cow::Borrowed(&a[i]),
        Cow::Owned(Value::Array(mut a)) => Cow::Owned(a.swap_remove(i)),
        _ => Cow::Borrowed(&NULL),
    })
}

fn lit_str(e: Option<&TExpr>) -> Option<&str> {
    match e.map(|e| &e.kind) {
        Some(Expr::Lit(Lit::String(s))) => Some(s),
        _ => None,
    }
}

pub(super) fn call<'a>(func: Func, args: &'a [TExpr], ty: &Type, f: &Frame<'a>) -> R<'a> {
    let arg = |i: usize| -> R<'a> { args.get(i).map_or(Ok(Cow::Borrowed(&NULL)), |a| eval(a, f)) };
    match func.signature().call {
        Call::Uniform { eval, .. } if args.len() <= MAX_UNIFORM_ARGS => {
            // Arguments left to right, on the stack (only a variadic function takes more).
            let values: [Cow<'a, Value>; MAX_UNIFORM_ARGS] = [arg(0)?, arg(1)?, arg(2)?];
            let refs = [values[0].as_ref(), values[1].as_ref(), values[2].as_ref()];
            return eval(&Args::new(&refs[..args.len()], f.ctx)).map(Cow::Owned);
        }
        Call::Uniform { eval, .. } => {
            let values = (0..args.len()).map(arg).collect::<Result<Vec<_>, _>>()?;
            let refs: Vec<&Value> = values.iter().map(AsRef::as_ref).collect();
            return eval(&Args::new(&refs, f.ctx)).map(Cow::Owned);
        }
        Call::Slice { slice } => {
            let t = super::text::slice_call(slice, args, f)?;
            return opt_string(t.map(Cow::into_owned));
        }
        Call::Special => {}
    }
    match func {
        Func::Coalesce => {
            for a in args {
                let v = eval(a, f)?;
                if !v.is_null() {
                    return Ok(v);
                }
            }
            Ok(Cow::Borrowed(&NULL))
        }
        Func::Default => {
            let a = arg(0)?;
            if nulls::is_empty(Some(a.as_ref())) {
                arg(1)
            } else {
                Ok(a)
            }
        }
        Func::IsEmpty => owned(Value::Bool(nulls::is_empty(Some(arg(0)?.as_ref())))),
        Func::Len => owned(Value::from(match arg(0)?.as_ref() {
            Value::Array(a) => text::len_list(Some(a.len())),
            v => text::len(text_of(v)?),
        })),
        Func::Join => {
            let (l, sep) = (arg(0)?, arg(1)?);
            let Some(items) = list_of(&l)? else {
                return Ok(Cow::Borrowed(&NULL));
            };
            let items = items.iter().map(text_of).collect::<Result<Vec<_>, _>>()?;
            owned(Value::String(text::join(items, text_of(&sep)?)))
        }
        Func::Contains => {
            let (hay, needle) = (arg(0)?, arg(1)?);
            owned(Value::Bool(match hay.as_ref() {
                Value::Array(a) => list::contains_item(
                    Some(a),
                    Some(needle.as_ref()).filter(|n| !n.is_null()),
                    ops::values_equal,
                ),
                v => text::contains(text_of(v)?, text_of(&needle)?),
            }))
        }
        Func::ToString => {
            let v = arg(0)?;
            opt_string(convert::value_to_string(&v).map(Cow::into_owned))
        }
        Func::ToNumber => {
            let v = arg(0)?;
            match v.as_ref() {
                Value::Number(_) | Value::Null => Ok(v),
                Value::String(s) => {
                    owned(convert::to_number(Some(s))?.map_or(Value::Null, Value::Number))
                }
                other => Err(wrong("text or a number", other)),
            }
        }
        Func::Round => match arg(0)?.as_ref() {
            Value::Null => owned(Value::Null),
            Value::Number(n) => match n.as_i64() {
                Some(i) if !n.is_f64() => owned(Value::from(i)),
                _ => owned(Value::from(convert::round(n.as_f64().unwrap_or(f64::NAN))?)),
            },
            other => Err(wrong("a number", other)),
        },
        Func::Abs => match arg(0)?.as_ref() {
            Value::Null => owned(Value::Null),
            Value::Number(n) => match n.as_i64() {
                Some(i) if !n.is_f64() && *ty != Type::NUMBER => {
                    owned(Value::from(convert::abs_int(i)?))
                }
                _ => owned(
                    Number::from_f64(convert::abs_number(n.as_f64().unwrap_or(f64::NAN)))
                        .map_or(Value::Null, Value::Number),
                ),
            },
            other => Err(wrong("a number", other)),
        },
        Func::First => element(arg(0)?, |a| (!a.is_empty()).then_some(0)),
        Func::Last => element(arg(0)?, |a| a.len().checked_sub(1)),
        Func::Filter | Func::Find | Func::Map | Func::SortBy => collection(func, args, f),
        Func::Flatten => {
            let l = arg(0)?;
            let Some(items) = list_of(&l)? else {
                return Ok(Cow::Borrowed(&NULL));
            };
            let inner = items.iter().map(list_of).collect::<Result<Vec<_>, _>>()?;
            owned(Value::Array(
                list::flatten(inner).into_iter().cloned().collect(),
            ))
        }
        Func::Distinct => {
            let l = arg(0)?;
            let Some(items) = list_of(&l)? else {
                return Ok(Cow::Borrowed(&NULL));
            };
            owned(Value::Array(
                list::distinct(items, ops::values_equal)
                    .into_iter()
                    .cloned()
                    .collect(),
            ))
        }
        Func::Translate => translate_call(args, f),
        Func::Lookup => {
            let key = arg(0)?;
            let map_name = lit_str(args.get(1)).unwrap_or_default();
            let Some(map) = f.value_maps.get(map_name) else {
                return Err(ErrorKind::Function {
                    function: "lookup".into(),
                    reason: format!("no value map `{map_name}`"),
                });
            };
            if key.is_null() {
                return Ok(Cow::Borrowed(&NULL));
            }
            let k = text_or_number(&key)?.unwrap_or_default();
            translate::lookup(map, &k, UnknownCode::Error, &f.ctx.counters)
        }
        _ => Err(ErrorKind::Function {
            function: func.name().into(),
            reason: "the interpreter has no call for this function".into(),
        }),
    }
}

/// `filter`, `find`, `map`, `sort_by`: the body runs once per element with `it` bound.
fn collection<'a>(func: Func, args: &'a [TExpr], f: &Frame<'a>) -> R<'a> {
    let (list_e, body) = (&args[0], &args[1]);
    let list = eval(list_e, f)?;
    let Some(items) = list_of(&list)? else {
        return Ok(Cow::Borrowed(&NULL));
    };
    let mut its: Vec<&Value> = f.its.to_vec();
    its.push(&NULL);
    let slot = its.len() - 1;
    match func {
        Func::Filter | Func::Find => {
            let mut keep = Vec::new();
            for (i, item) in items.iter().enumerate() {
                its[slot] = item;
                let frame = Frame {
                    its: &its[..],
                    ..*f
                };
                if eval_bool(body, &frame)? {
                    keep.push(i);
                    if func == Func::Find {
                        break;
                    }
                }
            }
            if func == Func::Find {
                drop(its);
                return element(list, |_| keep.first().copied());
            }
            owned(Value::Array(
                keep.into_iter().map(|i| items[i].clone()).collect(),
            ))
        }
        Func::Map => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                its[slot] = item;
                let frame = Frame {
                    its: &its[..],
                    ..*f
                };
                out.push(eval(body, &frame)?.into_owned());
            }
            owned(Value::Array(out))
        }
        _ => {
            let mut keyed = Vec::with_capacity(items.len());
            for item in items {
                its[slot] = item;
                let frame = Frame {
                    its: &its[..],
                    ..*f
                };
                let k = eval(body, &frame)?.into_owned();
                list::check_sort_key(&k)?;
                keyed.push((k, item));
            }
            keyed.sort_by(|a, b| ops::sort_key_order(&a.0, &b.0));
            owned(Value::Array(
                keyed.into_iter().map(|(_, v)| v.clone()).collect(),
            ))
        }
    }
}

fn translate_call<'a>(args: &'a [TExpr], f: &Frame<'a>) -> R<'a> {
    let code = eval(&args[0], f)?;
    let set_name = lit_str(args.get(1)).unwrap_or_default();
    let lang = lit_str(args.get(2)).unwrap_or("th");
    let unknown = lit_str(args.get(3))
        .and_then(translate::parse_unknown)
        .unwrap_or(UnknownCode::Error);
    let missing = lit_str(args.get(4))
        .and_then(translate::parse_missing)
        .unwrap_or(MissingLabel::Error);
    let Some(set) = f.option_sets.get(set_name) else {
        return Err(ErrorKind::Function {
            function: "translate".into(),
            reason: format!("no option set `{set_name}`"),
        });
    };
    let one = |v: &Value| -> Result<Value, ErrorKind> {
        let c = text_of(v)?.unwrap_or_default();
        let l = translate::label(set, c, lang, unknown, missing, &f.ctx.counters)?;
        Ok(translate::translated(c, l))
    };
    let unanswered = |v: &Value| matches!(v, Value::String(s) if translate::is_unanswered(s));
    match code.as_ref() {
        Value::Null => Ok(Cow::Borrowed(&NULL)),
        Value::Array(codes) => owned(Value::Array(
            codes
                .iter()
                .filter(|c| !c.is_null() && !unanswered(c))
                .map(one)
                .collect::<Result<_, _>>()?,
        )),
        v if unanswered(v) => Ok(Cow::Borrowed(&NULL)),
        v => owned(one(v)?),
    }
}
