//! `sort_by`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it evaluates an
//! expression on `it` per element.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::SortBy,
    name: "sort_by",
    params: &[Arg::List, Arg::SortKey],
    ret: Ret::SameAsFirst,
    nulls: "null list -> null; null keys sort last",
    doc: "A stable sort by a text or number key on `it`.",
    examples: &[
        ex(r#"{"l":[{"n":2},{"n":null},{"n":1}]}"#, "sort_by(l, it.n)", r#"[{"n":1},{"n":2},{"n":null}]"#),
    ],
    ..Signature::DEFAULTS
};
