//! `concat`: the uniform convention ([`Call::Uniform`]), variadic: its signature, its
//! implementation ([`call`], which compiled code calls with all its arguments as one slice)
//! and the interpreter's call of it (`eval`).

use super::prelude::*;

pub const SIG: Signature = Signature {
    func: Func::Concat,
    name: "concat",
    params: &[Arg::Text],
    rest: Some(Arg::Text),
    ret: Ret::Scalar(Scalar::String),
    nulls: "null counts as \"\"",
    doc: "Joins its arguments into one string.",
    examples: &[
        ex(r#"{"a":"x","b":"y"}"#, r#"concat(a, " ", b)"#, r#""x y""#),
        ex(r#"{"a":"x","b":null}"#, r#"concat(a, "-", b)"#, r#""x-""#),
    ],
    call: Call::Uniform { eval, context: false },
    ..Signature::DEFAULTS
};

/// Joins the parts; null counts as "".
///
/// ```
/// use mapwright_rt::stdlib::fns::concat::call;
/// assert_eq!(call(&[Some("a"), None, Some("b")]), "ab");
/// ```
pub fn call(parts: &[Option<&str>]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.map_or(0, str::len)).sum());
    for p in parts.iter().flatten() {
        out.push_str(p);
    }
    out
}

fn eval(a: &Args<'_>) -> Result<Value, ErrorKind> {
    let parts = (0..a.len()).map(|i| a.text(i)).collect::<Result<Vec<_>, _>>()?;
    Ok(args::text_json(call(&parts)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn treats_null_as_empty() {
        assert_eq!(call(&[Some("x"), Some(" "), None, Some("y")]), "x y");
        assert_eq!(call(&[None]), "");
        assert_eq!(call(&[]), "");
    }
}
