//! `lookup`: its signature and the interpreter's call (`eval`). It is a form of the language
//! ([`Call::Form`]): it reads a named value map, so codegen compiles it by code written for it
//! (`codegen::expr::call`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Lookup,
    name: "lookup",
    params: &[Arg::TextOrNumber, Arg::ValueMap],
    ret: Ret::MapValue,
    can_fail: true,
    nulls: "null -> null",
    doc: "The value a value map gives a key; a miss on a map without default fails the record.",
    examples: &[],
    call: Call::Form { eval },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    let key = o.value(0)?;
    let map = o.literal(1).unwrap_or_default();
    if key.is_null() {
        return o.lookup(map, None);
    }
    let k = crate::stdlib::json::text_or_number(&key)?.unwrap_or_default();
    o.lookup(map, Some(&k))
}
