//! `round`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): an int passes
//! through as it is.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Round,
    name: "round",
    params: &[Arg::Numeric],
    ret: Ret::Scalar(Scalar::Int),
    can_fail: true,
    nulls: "null -> null",
    doc: "Rounds half away from zero; fails when out of the int range.",
    examples: &[
        ex(r#"{"x":2.5}"#, "round(x)", "3"),
        ex(r#"{"x":-2.5}"#, "round(x)", "-3"),
    ],
    ..Signature::DEFAULTS
};
