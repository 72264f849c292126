//! `to_string`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes any type.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::ToString,
    name: "to_string",
    params: &[Arg::Any],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Text of a value: numbers as JSON writes them, true/false, lists and objects as JSON.",
    examples: &[
        ex(r#"{"n":12}"#, "to_string(n)", r#""12""#),
        ex(r#"{"n":1.5}"#, "to_string(n)", r#""1.5""#),
    ],
    ..Signature::DEFAULTS
};
