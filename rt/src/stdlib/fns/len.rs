//! `len`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes text or a
//! list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Len,
    name: "len",
    params: &[Arg::TextOrList],
    ret: Ret::Scalar(Scalar::Int),
    nulls: "null -> 0",
    doc: "The number of characters of a text or elements of a list.",
    examples: &[
        ex(r#"{"a":"ผู้ชาย"}"#, "len(a)", "6"),
        ex(r#"{"l":[1,2]}"#, "len(l)", "2"),
        ex(r#"{"a":null}"#, "len(a)", "0"),
    ],
    ..Signature::DEFAULTS
};
