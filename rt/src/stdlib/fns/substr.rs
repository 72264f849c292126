//! `substr`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): compiled code keeps
//! borrowed text borrowed.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Substr,
    name: "substr",
    params: &[Arg::Text, Arg::Int, Arg::Int],
    optional: 1,
    ret: Ret::Scalar(Scalar::String),
    nulls: "null text or start -> null; a null or absent length means to the end",
    doc: "Characters from `start` (0-based), at most `len` of them; out of range is clamped.",
    examples: &[
        ex(r#"{"d":"2024-01-31T10:00:00Z"}"#, "substr(d, 0, 10)", r#""2024-01-31""#),
        ex(r#"{"a":"ผู้ชาย"}"#, "substr(a, 1)", r#""ู้ชาย""#),
        ex(r#"{"a":"abc"}"#, "substr(a, 5, 2)", r#""""#),
    ],
    ..Signature::DEFAULTS
};
