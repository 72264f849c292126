//! `upper`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Upper,
    name: "upper",
    params: &[Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Upper-cases (Unicode).",
    examples: &[
        ex(r#"{"a":"AbC"}"#, "upper(a)", r#""ABC""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Upper-cases (Unicode); null -> null.
pub fn call(s: Option<&str>) -> Option<String> {
    s.map(str::to_uppercase)
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_cases_unicode() {
        assert_eq!(call(Some("ß")), Some("SS".to_owned()));
        assert_eq!(call(None), None);
    }
}
