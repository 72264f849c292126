//! `contains`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes text or a
//! list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Contains,
    name: "contains",
    params: &[Arg::TextOrList, Arg::Any],
    ret: Ret::Scalar(Scalar::Bool),
    nulls: "null haystack or needle -> false",
    doc: "Whether a text contains a part, or a list contains an element.",
    examples: &[
        ex(r#"{"a":"abc"}"#, r#"contains(a, "bc")"#, "true"),
        ex(r#"{"l":["x","y"]}"#, r#"contains(l, "y")"#, "true"),
    ],
    ..Signature::DEFAULTS
};
