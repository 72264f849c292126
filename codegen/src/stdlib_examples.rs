//! The stdlib's documented examples (`mapping_dsl::stdlib::signature(f).examples`) as a
//! deployment of their own, built in memory and run through the same checker and code
//! generation as the folders of `mappings/` (issue 15 item 4: the examples run as tests in the
//! interpreter and in compiled code).
//!
//! One transform per example: its source schema is inferred from the example's input as the
//! interpreter's test infers the record type (`null` is `json`; lists and objects from their
//! elements), and its output is one field, [`FIELD`], holding the example's expression. The
//! environment is that test's too (`mapping-dsl/tests/it/expr_eval.rs`): the option set
//! `gender`, the value map `his_sex`, the param `cursor` ([`CURSOR`]) and the clock [`NOW`].
//!
//! The module made of it, `generated/src/stdlib_examples/`, is not in the registry (the binary
//! never lists or runs it): its `mod.rs` holds a table of the examples with their compiled
//! functions, which a test of the generated crate runs.

use mapping_dsl::ir::{Deployment, Transform};
use mapping_dsl::source::SourceFile;
use mapping_dsl::stdlib::{Func, signature};
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::lit::str_lit;
use crate::{CodegenError, GeneratedFile, Generation, NotCompiled};

/// The deployment's name, and the module (and folder) of `generated/src/` it becomes.
pub const NAME: &str = "stdlib_examples";
/// The clock the examples run at (the interpreter test's).
pub const NOW: &str = "2024-01-31T18:00:00Z";
/// The value of the param `cursor` (the interpreter test's).
pub const CURSOR: &str = "2024-01-01T00:00:00Z";
/// The one output field of each example's transform.
pub const FIELD: &str = "value";
/// What the generated files say they are made from (before the in-memory file's name).
pub const ORIGIN: &str = "mapping_dsl::stdlib's documented examples, built in memory as ";

/// One documented example and the transform made of it.
#[derive(Debug, Clone)]
pub struct Case {
    /// The function's name (`concat`).
    pub func: &'static str,
    /// The transform's name: the function's and the example's number (`concat_2`).
    pub transform: String,
    pub input: &'static str,
    pub expr: &'static str,
    pub output: &'static str,
}

/// Every documented example, in the order of the signature table.
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for f in Func::ALL.iter().copied() {
        let sig = signature(f);
        for (i, ex) in sig.examples.iter().enumerate() {
            out.push(Case {
                func: sig.name,
                transform: format!("{}_{}", sig.name, i + 1),
                input: ex.input,
                expr: ex.expr,
                output: ex.output,
            });
        }
    }
    out
}

/// The deployment's spec files: the option set, the value map, and a schema and a transform
/// per example. An example whose input is not a JSON object gets a schema that names the
/// problem, so that the checker reports it at that file.
pub fn source_files(cases: &[Case]) -> Vec<SourceFile> {
    let file = |kind: &str, name: &str, text: String| {
        SourceFile::new(format!("{NAME}/{kind}/{name}.yaml"), text)
    };
    let mut files = vec![
        file(
            "option-sets",
            "gender",
            "option_set: gender\noptions:\n  - { code: male, en: MALE, th: ผู้ชาย }\n  \
             - { code: female, en: FEMALE, th: ผู้หญิง }\n"
                .to_owned(),
        ),
        file(
            "option-sets",
            "his_sex",
            "value_map: his_sex\nto: { options: gender }\nentries:\n  \"1\": male\n  \"2\": female\n"
                .to_owned(),
        ),
    ];
    for c in cases {
        let schema = format!("{}_input", c.transform);
        let fields = match serde_json::from_str::<Value>(c.input) {
            Ok(Value::Object(o)) => o
                .iter()
                .map(|(k, v)| format!("  {}: {}\n", quoted(k), decl(&infer(v))))
                .collect::<String>(),
            // Not an object: a field whose type the checker rejects, naming the example.
            _ => format!(
                "  input: {}\n",
                quoted(&format!("the input of `{}` is not a JSON object", c.expr))
            ),
        };
        files.push(file(
            "schemas",
            &schema,
            format!("schema: {schema}\nfields:\n{fields}"),
        ));
        files.push(file(
            "transforms",
            &c.transform,
            format!(
                "transform: {}\nsource: {schema}\nparams:\n  cursor: {{ type: datetime }}\n\
                 fields:\n  {FIELD}: {}\n",
                c.transform,
                quoted(c.expr)
            ),
        ));
    }
    files
}

/// Checks the examples' deployment with the checker of `mappings/`.
pub fn check(cases: &[Case]) -> mapping_dsl::Checked {
    mapping_dsl::check_deployment(NAME, source_files(cases))
}

/// A YAML double-quoted scalar (JSON's string syntax is a subset of it).
fn quoted(text: &str) -> String {
    Value::from(text).to_string()
}

/// The type of an input value, as far as a schema can say it.
#[derive(Debug, Clone, PartialEq)]
enum Inferred {
    Null,
    Json,
    Scalar(&'static str),
    List(Box<Inferred>),
    Object(Vec<(String, Inferred)>),
}

fn infer(v: &Value) -> Inferred {
    match v {
        Value::Null => Inferred::Null,
        Value::Bool(_) => Inferred::Scalar("bool"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Inferred::Scalar("int"),
        Value::Number(_) => Inferred::Scalar("number"),
        Value::String(_) => Inferred::Scalar("string"),
        Value::Array(a) => {
            Inferred::List(Box::new(a.iter().map(infer).fold(Inferred::Null, unify)))
        }
        Value::Object(o) => {
            Inferred::Object(o.iter().map(|(k, v)| (k.clone(), infer(v))).collect())
        }
    }
}

/// The type that holds values of both: `null` joins anything, an int joins a number, objects
/// join field by field; anything else is `json`.
fn unify(a: Inferred, b: Inferred) -> Inferred {
    use Inferred as I;
    match (a, b) {
        (I::Null, t) | (t, I::Null) => t,
        (I::Scalar(x), I::Scalar(y)) if x == y => I::Scalar(x),
        (I::Scalar("int"), I::Scalar("number")) | (I::Scalar("number"), I::Scalar("int")) => {
            I::Scalar("number")
        }
        (I::List(x), I::List(y)) => I::List(Box::new(unify(*x, *y))),
        (I::Object(mut x), I::Object(y)) => {
            for (k, t) in y {
                match x.iter_mut().find(|(n, _)| *n == k) {
                    Some((_, have)) => *have = unify(std::mem::replace(have, I::Null), t),
                    None => x.push((k, t)),
                }
            }
            I::Object(x)
        }
        _ => I::Json,
    }
}

/// The schema's declaration of a field of this type, nullable, in YAML's flow style. `null`
/// alone is `json` (as in the interpreter's test); a list of lists or of mixed values too (a
/// schema has no such list).
fn decl(t: &Inferred) -> String {
    let fields = |fs: &[(String, Inferred)]| {
        let each: Vec<String> = fs
            .iter()
            .map(|(k, t)| format!("{}: {}", quoted(k), decl(t)))
            .collect();
        format!("{{ {} }}", each.join(", "))
    };
    match t {
        Inferred::Null | Inferred::Json => "\"json?\"".to_owned(),
        Inferred::Scalar(s) => format!("\"{s}?\""),
        Inferred::Object(fs) => {
            format!("{{ type: object, nullable: true, fields: {} }}", fields(fs))
        }
        Inferred::List(e) => match &**e {
            Inferred::Scalar(s) => format!("{{ type: list, nullable: true, items: {s} }}"),
            Inferred::Object(fs) => {
                format!("{{ type: list, nullable: true, fields: {} }}", fields(fs))
            }
            Inferred::Null | Inferred::Json | Inferred::List(_) => "\"json?\"".to_owned(),
        },
    }
}

/// Adds the files of `stdlib_examples/` to `out`: a module per example's transform that
/// compiles, and `mod.rs` with the tables ([`table`]). An example that does not compile is a
/// known gap, listed in the table (the test that runs the examples holds the list of gaps it
/// accepts), not a failure of `cargo gen`. Returns the module's name, for `lib.rs`.
pub(crate) fn emit(examples: &Deployment, out: &mut Generation) -> Result<Ident, CodegenError> {
    let mut gaps = Vec::new();
    let compiled = crate::emit_deployment(examples, NAME, ORIGIN, out, &mut gaps)?;
    let items = table(&cases(), &compiled, &gaps)?;
    let doc = " The stdlib's documented examples, each compiled as a transform of its own; not \
               in the registry (the generated crate's tests run them).";
    out.files.push(GeneratedFile {
        path: format!("{NAME}/mod.rs"),
        contents: crate::mod_rs(doc, &compiled, items, &format!("{ORIGIN}{NAME}/"))?,
    });
    Ok(crate::ident::snake(NAME))
}

/// The items of `stdlib_examples/mod.rs` after its module declarations: the clock and param
/// the examples run with, the table of examples with their compiled functions, and the table
/// of those that code generation does not compile with why, each in the order of `cases`.
/// `compiled` pairs each transform with its module; `gaps` are the others.
fn table(
    cases: &[Case],
    compiled: &[(&Transform, Ident)],
    gaps: &[NotCompiled],
) -> Result<TokenStream, CodegenError> {
    let mut rows = Vec::new();
    let mut gap_rows = Vec::new();
    for c in cases {
        let (func, expr, input, output) = (
            str_lit(c.func),
            str_lit(c.expr),
            str_lit(c.input),
            str_lit(c.output),
        );
        if let Some((_, m)) = compiled.iter().find(|(t, _)| t.name == c.transform) {
            rows.push(quote! {
                Example {
                    func: #func,
                    expr: #expr,
                    input: #input,
                    output: #output,
                    run_value: #m::run_value,
                    run_bytes: #m::run_bytes,
                }
            });
        } else if let Some(g) = gaps.iter().find(|g| g.transform == c.transform) {
            let why = str_lit(&g.error.problem());
            gap_rows.push(quote! {
                NotCompiled { func: #func, expr: #expr, why: #why }
            });
        } else {
            return Err(CodegenError::Internal {
                file: format!("{NAME}/transforms/{}.yaml", c.transform),
                what: format!("an example of `{}` that is not a transform", c.func),
                rule: "every documented example is made a transform of the deployment",
                span: None,
            });
        }
    }
    let (now, cursor, field) = (str_lit(NOW), str_lit(CURSOR), str_lit(FIELD));
    Ok(quote! {
        /// The clock the examples run at.
        pub const NOW: &str = #now;
        /// The value of the param `cursor`.
        pub const CURSOR: &str = #cursor;
        /// The output field that holds an example's value.
        pub const FIELD: &str = #field;

        /// A documented example of a stdlib function and its compiled transform: on `input`,
        /// the transform's output holds `output` in [`FIELD`].
        #[derive(Debug, Clone, Copy)]
        pub struct Example {
            /// The function's name.
            pub func: &'static str,
            /// The expression, the transform's one field.
            pub expr: &'static str,
            /// The record (JSON).
            pub input: &'static str,
            /// The expression's value on it (JSON).
            pub output: &'static str,
            pub run_value: crate::RunValue,
            pub run_bytes: crate::RunBytes,
        }

        /// Every documented example that compiles, in the order of the signature table.
        pub static EXAMPLES: &[Example] = &[#(#rows),*];

        /// A documented example that code generation does not compile.
        #[derive(Debug, Clone, Copy)]
        pub struct NotCompiled {
            pub func: &'static str,
            pub expr: &'static str,
            /// What `cargo gen` said.
            pub why: &'static str,
        }

        /// The documented examples that code generation does not compile (each would fail
        /// `cargo gen` in a spec of `mappings/`), in the order of the signature table.
        pub static NOT_COMPILED: &[NotCompiled] = &[#(#gap_rows),*];
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl_of(json: &str) -> String {
        decl(&infer(&serde_json::from_str(json).expect("test JSON")))
    }

    #[test]
    fn input_types_are_inferred_as_a_schema_declares_them() {
        assert_eq!(decl_of("null"), "\"json?\"");
        assert_eq!(decl_of("12"), "\"int?\"");
        assert_eq!(decl_of("1.5"), "\"number?\"");
        assert_eq!(
            decl_of("[1, 1.5, null]"),
            "{ type: list, nullable: true, items: number }"
        );
        assert_eq!(decl_of("[]"), "\"json?\"");
        // A list of lists, or of mixed values, has no schema type but `json`.
        assert_eq!(decl_of("[[1], [2]]"), "\"json?\"");
        assert_eq!(decl_of("[1, {\"k\": 1}]"), "\"json?\"");
        // The fields of a list's objects are joined: `n` is null in one, an int in another.
        assert_eq!(
            decl_of(r#"[{"n": null}, {"n": 2, "m": "x"}]"#),
            "{ type: list, nullable: true, fields: { \"n\": \"int?\", \"m\": \"string?\" } }"
        );
    }

    #[test]
    fn every_example_is_a_transform_that_checks() {
        let cases = cases();
        assert!(cases.len() >= 40, "{} examples", cases.len());
        let checked = check(&cases);
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let dep = checked.deployment.expect("checked");
        assert_eq!(dep.transforms.len(), cases.len());
    }
}
