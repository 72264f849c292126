//! `join`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes a list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Join,
    name: "join",
    params: &[Arg::List, Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null list -> null; null elements count as \"\"; a null separator is \"\"",
    doc: "Joins a list of text with a separator.",
    examples: &[
        ex(r#"{"l":["a","b"]}"#, r#"join(l, ", ")"#, r#""a, b""#),
    ],
    ..Signature::DEFAULTS
};
