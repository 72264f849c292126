//! Why code generation failed: a construct the emitter does not support yet, named with the
//! spec file and the position of the node, so the analyst sees where.

use mapping_dsl::source::Span;

#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    #[error("{file}: {what} is not supported by code generation yet")]
    Unsupported {
        file: String,
        what: String,
        span: Option<Span>,
    },
    #[error("generated code for {file} does not parse: {message}")]
    Syntax { file: String, message: String },
    /// Generated code is laid out by the toolchain's rustfmt; without it the output would differ.
    #[error(
        "{0}; generated code is formatted with rustfmt: install it with `rustup component add rustfmt`"
    )]
    Rustfmt(String),
}
