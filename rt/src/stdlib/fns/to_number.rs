//! `to_number`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): a number passes
//! through as it is.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::ToNumber,
    name: "to_number",
    params: &[Arg::TextOrNumber],
    ret: Ret::Scalar(Scalar::Number),
    can_fail: true,
    nulls: "null -> null; \"\" fails",
    doc: "Parses a number (surrounding whitespace allowed); integers stay integers. Fails on other text.",
    examples: &[
        ex(r#"{"a":" 12 "}"#, "to_number(a)", "12"),
        ex(r#"{"a":"1.5"}"#, "to_number(a)", "1.5"),
    ],
    ..Signature::DEFAULTS
};
