//! `first`: typed by its argument's representation ([`Call::Typed`]): its signature, the
//! interpreter's call (`eval`) and what compiled code calls for lists and `json`.

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::First,
    name: "first",
    params: &[Arg::List],
    ret: Ret::Element,
    nulls: "null or [] -> null",
    doc: "The first element.",
    examples: &[
        ex(r#"{"l":[1,2]}"#, "first(l)", "1"),
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
    element(o.value(0)?, |a| (!a.is_empty()).then_some(0))
}

/// The first element of a list; null for null or [].
pub fn list<T>(l: Option<Vec<Option<T>>>) -> Option<T> {
    l.and_then(|v| v.into_iter().next()).flatten()
}

/// The first element of a `json` list; null for null or [].
pub fn json(v: Option<&Value>) -> Result<Option<&Value>, ErrorKind> {
    crate::json_first(v)
}
