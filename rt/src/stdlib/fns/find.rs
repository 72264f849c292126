//! `find`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates an
//! expression on `it` per element.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Find,
    name: "find",
    params: &[Arg::List, Arg::Predicate],
    ret: Ret::Element,
    nulls: "null list or no match -> null",
    doc: "The first element for which the condition on `it` holds.",
    examples: &[
        ex(r#"{"l":[{"k":"a","v":1},{"k":"b","v":2}]}"#, r#"find(l, it.k == "b")"#, r#"{"k":"b","v":2}"#),
    ],
    ..Signature::DEFAULTS
};
