//! Why code generation failed. `cargo gen` never leaves a transform to the interpreter: a
//! construct the emitter does not compile is an [`CodegenError::Unsupported`] error naming the
//! construct and the spec node, and one that the checker already rejects is an
//! [`CodegenError::Internal`] error naming the checker rule that should have kept it out.

use mapping_dsl::source::Span;

#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// A construct the checker accepts but the emitter does not compile.
    #[error("{file}: {}", self.problem())]
    Unsupported {
        file: String,
        what: String,
        span: Option<Span>,
    },
    /// A construct the checker rejects (so generation never sees it in checked IR): reaching
    /// it is a bug, in the checker or here.
    #[error("{file}: {}", self.problem())]
    Internal {
        file: String,
        what: String,
        /// Which checker rule (or emitter invariant) guarantees the case cannot occur.
        rule: &'static str,
        span: Option<Span>,
    },
    /// Transforms that could not be compiled, each with why (`cargo gen` fails on these).
    #[error("{}", not_compiled_summary(.0))]
    NotCompiled(Vec<NotCompiled>),
    #[error("generated code for {file} does not parse: {message}")]
    Syntax { file: String, message: String },
    /// Generated code is laid out by the toolchain's rustfmt; without it the output would differ.
    #[error(
        "{0}; generated code is formatted with rustfmt: install it with `rustup component add rustfmt`"
    )]
    Rustfmt(String),
}

impl CodegenError {
    /// What is wrong, without the file (the report shows it with line and column).
    pub fn problem(&self) -> String {
        match self {
            CodegenError::Unsupported { what, .. } => {
                format!("{what} is not supported by code generation")
            }
            CodegenError::Internal { what, rule, .. } => format!(
                "internal error: code generation reached {what}, which {rule}; please report this"
            ),
            other => other.to_string(),
        }
    }

    /// The spec node the error is about, when it is about one.
    pub fn span(&self) -> Option<Span> {
        match self {
            CodegenError::Unsupported { span, .. } | CodegenError::Internal { span, .. } => *span,
            _ => None,
        }
    }
}

/// A transform that could not be compiled.
#[derive(Debug)]
pub struct NotCompiled {
    pub transform: String,
    pub deployment: String,
    pub error: CodegenError,
}

fn not_compiled_summary(all: &[NotCompiled]) -> String {
    let each: Vec<String> = all
        .iter()
        .map(|n| format!("`{}`: {}", n.transform, n.error))
        .collect();
    format!(
        "{} transform(s) cannot be compiled: {}",
        all.len(),
        each.join("; ")
    )
}
