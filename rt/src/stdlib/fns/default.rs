//! `default`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates its
//! arguments lazily and takes any type.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Default,
    name: "default",
    params: &[Arg::Any, Arg::Any],
    ret: Ret::Common,
    nulls: "the second argument when the first is null, \"\" or []",
    doc: "A fallback for null or empty values.",
    examples: &[
        ex(r#"{"a":""}"#, r#"default(a, "none")"#, r#""none""#),
        ex(r#"{"a":"x"}"#, r#"default(a, "none")"#, r#""x""#),
    ],
    ..Signature::DEFAULTS
};
