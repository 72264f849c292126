//! `abs`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): its result has its
//! argument's type.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Abs,
    name: "abs",
    params: &[Arg::Numeric],
    ret: Ret::SameAsFirst,
    can_fail: true,
    nulls: "null -> null",
    doc: "The absolute value; fails on the smallest int.",
    examples: &[
        ex(r#"{"x":-3}"#, "abs(x)", "3"),
    ],
    ..Signature::DEFAULTS
};
