//! `lookup`: the value a value map gives a key. Typed ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls, with the map's function.

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
    call: Call::Typed {
        eval,
        overloads: &[
            ov_fails(&[Rep::Text, Rep::Table], "text", Out::Is(Rep::Json)),
            ov_fails(&[Rep::Json, Rep::Table], "json", Out::Is(Rep::Json)),
            ov_fails(&[Rep::Int, Rep::Table], "int", Out::Is(Rep::Json)),
            ov_fails(&[Rep::Num, Rep::Table], "number", Out::Is(Rep::Json)),
        ],
    },
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

/// A text key; null for null.
pub fn text(
    k: Option<Cow<'_, str>>,
    map: impl Fn(&str) -> crate::Looked,
) -> Result<Option<&'static Value>, ErrorKind> {
    crate::lookup_text(k.as_deref(), map)
}

/// A `json` key, which must be text, a number or null.
pub fn json(
    k: Option<&Value>,
    map: impl Fn(&str) -> crate::Looked,
) -> Result<Option<&'static Value>, ErrorKind> {
    crate::lookup_json(k, map)
}

/// An int key, as `to_string` writes it.
pub fn int(
    k: Option<i64>,
    map: impl Fn(&str) -> crate::Looked,
) -> Result<Option<&'static Value>, ErrorKind> {
    let k = k.map(crate::stdlib::convert::int_to_string);
    crate::lookup_text(k.as_deref(), map)
}

/// A number key, as `to_string` writes it.
pub fn number(
    k: Option<Number>,
    map: impl Fn(&str) -> crate::Looked,
) -> Result<Option<&'static Value>, ErrorKind> {
    let k = k.as_ref().map(crate::stdlib::convert::number_to_string);
    crate::lookup_text(k.as_deref(), map)
}
