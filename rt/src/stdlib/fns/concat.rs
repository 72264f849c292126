//! `concat`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes any number
//! of arguments.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Concat,
    name: "concat",
    params: &[Arg::Text],
    rest: Some(Arg::Text),
    ret: Ret::Scalar(Scalar::String),
    nulls: "null counts as \"\"",
    doc: "Joins its arguments into one string.",
    examples: &[
        ex(r#"{"a":"x","b":"y"}"#, r#"concat(a, " ", b)"#, r#""x y""#),
        ex(r#"{"a":"x","b":null}"#, r#"concat(a, "-", b)"#, r#""x-""#),
    ],
    ..Signature::DEFAULTS
};
