//! `split`: its signature. The interpreter (`mapping_dsl::expr::eval::call`) and codegen
//! (`codegen::expr::call`) call it by code written for it ([`Call::Special`]): it returns a list.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Split,
    name: "split",
    params: &[Arg::Text, Arg::Text],
    ret: Ret::ListOfString,
    nulls: "null text -> null; a null or empty separator splits into characters",
    doc: "Splits text at every occurrence of the separator.",
    examples: &[
        ex(r#"{"a":"a,b,,c"}"#, r#"split(a, ",")"#, r#"["a","b","","c"]"#),
    ],
    ..Signature::DEFAULTS
};
