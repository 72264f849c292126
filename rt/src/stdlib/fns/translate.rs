//! `translate`: an option set's label of a code. Typed ([`Call::Typed`]) with no overloads: its
//! signature and the interpreter's call (`eval`). Compiled code translates with the
//! `translate:` rule (generated option tables), not this function, which `cargo gen` reports as
//! not compiled.

use super::prelude::*;
use crate::stdlib::translate::{
    MissingLabel, UnknownCode, is_unanswered, parse_missing, parse_unknown, translated,
};

pub const SIG: Signature = Signature {
    func: Func::Translate,
    name: "translate",
    params: &[Arg::Any, Arg::OptionSet],
    ret: Ret::Translated,
    can_fail: true,
    nulls: "null -> null",
    doc: "`{code: label}` in the transform's language, with its unknown_code / missing_label policies.",
    examples: &[],
    call: Call::Typed {
        eval,
        overloads: &[],
    },
    ..Signature::DEFAULTS
};

/// In the IR a call carries five arguments: the code, then string literals for the option set,
/// the language, the unknown-code policy and the missing-label policy (by the names
/// [`parse_unknown`] and [`parse_missing`] read; the checker fills them in).
fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let code = o.value(0)?;
    let set = o.literal(1).unwrap_or_default();
    let lang = o.literal(2).unwrap_or("th");
    let unknown = o
        .literal(3)
        .and_then(parse_unknown)
        .unwrap_or(UnknownCode::Error);
    let missing = o
        .literal(4)
        .and_then(parse_missing)
        .unwrap_or(MissingLabel::Error);
    let one = |v: &Value| -> Result<Value, ErrorKind> {
        let c = crate::stdlib::json::text_of(v)?.unwrap_or_default();
        let l = o.label(set, c, lang, unknown, missing)?;
        Ok(translated(c, l))
    };
    let unanswered = |v: &Value| matches!(v, Value::String(s) if is_unanswered(s));
    match code.as_ref() {
        Value::Null => Ok(null()),
        Value::Array(codes) => owned(Value::Array(
            codes
                .iter()
                .filter(|c| !c.is_null() && !unanswered(c))
                .map(one)
                .collect::<Result<_, _>>()?,
        )),
        v if unanswered(v) => Ok(null()),
        v => owned(one(v)?),
    }
}
