//! `translate`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it reads an option
//! set.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Translate,
    name: "translate",
    params: &[Arg::Any, Arg::OptionSet],
    ret: Ret::Translated,
    can_fail: true,
    nulls: "null -> null",
    doc: "`{code: label}` in the transform's language, with its unknown_code / missing_label policies.",
    examples: &[],
    ..Signature::DEFAULTS
};
