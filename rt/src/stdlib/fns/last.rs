//! `last`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for lists and `json`.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Last,
    name: "last",
    params: &[Arg::List],
    ret: Ret::Element,
    nulls: "null or [] -> null",
    doc: "The last element.",
    examples: &[
        ex(r#"{"l":[1,2]}"#, "last(l)", "2"),
    ],
    call: Call::Typed {
        eval,
        overloads: &[
            ov(&[Rep::List(&Rep::Any)], "list", Out::Element),
            ov_fails(&[Rep::Json], "json", Out::Is(Rep::Json)),
            NULL_IS_NULL,
        ],
    },
    ..Signature::DEFAULTS
};

fn eval<'a>(o: &dyn Operands<'a>) -> Evaluated<'a> {
    element(o.value(0)?, |a| a.len().checked_sub(1))
}

/// The last element of a list; null for null or [].
pub fn list<T>(l: Option<Vec<Option<T>>>) -> Option<T> {
    l.and_then(|mut v| v.pop()).flatten()
}

/// The last element of a `json` list; null for null or [].
pub fn json(v: Option<&Value>) -> Result<Option<&Value>, ErrorKind> {
    crate::json_last(v)
}
