//! `lower`: the uniform convention ([`Call::Uniform`]): its signature, its implementation
//! ([`call`], which compiled code calls) and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Lower,
    name: "lower",
    params: &[Arg::Text],
    ret: Ret::Scalar(Scalar::String),
    nulls: "null -> null",
    doc: "Lower-cases (Unicode).",
    examples: &[
        ex(r#"{"a":"AbC"}"#, "lower(a)", r#""abc""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Lower-cases (Unicode); null -> null.
pub fn call(s: Option<&str>) -> Option<String> {
    s.map(str::to_lowercase)
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    Ok(args::text_json(call(a.text(0)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_unicode() {
        assert_eq!(call(Some("ÀBc")), Some("àbc".to_owned()));
        assert_eq!(call(None), None);
    }
}
