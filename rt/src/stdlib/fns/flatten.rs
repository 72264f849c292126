//! `flatten`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it takes a list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Flatten,
    name: "flatten",
    params: &[Arg::List],
    ret: Ret::Flattened,
    nulls: "null list -> null; null inner lists are skipped",
    doc: "The elements of a list of lists, one level, in order.",
    examples: &[
        ex(r#"{"l":[[1,2],null,[],[3]]}"#, "flatten(l)", "[1,2,3]"),
        ex(r#"{"v":[{"anc":[{"w":1}]},{"anc":null},{"anc":[{"w":2},{"w":3}]}]}"#, "flatten(map(v, it.anc))", r#"[{"w":1},{"w":2},{"w":3}]"#),
    ],
    ..Signature::DEFAULTS
};
