//! `is_empty`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes any type.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::IsEmpty,
    name: "is_empty",
    params: &[Arg::Any],
    ret: Ret::Scalar(Scalar::Bool),
    nulls: "null -> true",
    doc: "True for null, \"\" and [].",
    examples: &[
        ex(r#"{"a":[]}"#, "is_empty(a)", "true"),
        ex(r#"{"a":" "}"#, "is_empty(a)", "false"),
    ],
    ..Signature::DEFAULTS
};
