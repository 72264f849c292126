//! `coalesce`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates its
//! arguments lazily and takes any type.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Coalesce,
    name: "coalesce",
    params: &[Arg::Any],
    rest: Some(Arg::Any),
    ret: Ret::Common,
    nulls: "the first non-null argument, else null",
    doc: "The first argument that is not null.",
    examples: &[
        ex(r#"{"a":null,"b":2}"#, "coalesce(a, b, 3)", "2"),
    ],
    ..Signature::DEFAULTS
};
