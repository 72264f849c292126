//! `lookup`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it reads a value
//! map.

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
    ..Signature::DEFAULTS
};
