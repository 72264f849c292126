//! `first`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes a list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::First,
    name: "first",
    params: &[Arg::List],
    ret: Ret::Element,
    nulls: "null or [] -> null",
    doc: "The first element.",
    examples: &[
        ex(r#"{"l":[1,2]}"#, "first(l)", "1"),
    ],
    ..Signature::DEFAULTS
};
