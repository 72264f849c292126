//! `filter`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates an
//! expression on `it` per element.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Filter,
    name: "filter",
    params: &[Arg::List, Arg::Predicate],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null; a null condition drops the element",
    doc: "The elements for which the condition on `it` holds, in order.",
    examples: &[
        ex(r#"{"l":[1,5,2]}"#, "filter(l, it > 1)", "[5,2]"),
    ],
    ..Signature::DEFAULTS
};
