//! `distinct`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes a list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Distinct,
    name: "distinct",
    params: &[Arg::List],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null",
    doc: "The list without repeated elements: the first occurrence of each value is kept, in order (1 and 1.0 are equal).",
    examples: &[
        ex(r#"{"l":["b","a","b","c","a"]}"#, "distinct(l)", r#"["b","a","c"]"#),
        ex(r#"{"l":[1,1.0,{"k":1},{"k":1}]}"#, "distinct(l)", r#"[1,{"k":1}]"#),
    ],
    ..Signature::DEFAULTS
};
