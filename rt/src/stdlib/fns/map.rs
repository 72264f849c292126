//! `map`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates an
//! expression on `it` per element.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Map,
    name: "map",
    params: &[Arg::List, Arg::ElementExpr],
    ret: Ret::ListOfExpr,
    nulls: "null list -> null",
    doc: "The expression on `it` for every element, in order.",
    examples: &[
        ex(r#"{"l":[{"n":"a"},{"n":"b"}]}"#, "map(l, upper(it.n))", r#"["A","B"]"#),
    ],
    ..Signature::DEFAULTS
};
