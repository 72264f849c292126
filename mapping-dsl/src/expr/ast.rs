//! The untyped syntax tree [`parse`](super::parse) produces. Every node carries the file
//! [`Span`] the caller's `map` gave for its byte range in the expression text, so the checker
//! can point into the YAML without knowing how the scalar was quoted.

use crate::ir::{BinOp, Lit, UnaryOp};
use crate::source::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Lit(Lit),
    Path(Path),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    Call {
        name: String,
        name_span: Span,
        args: Vec<Expr>,
    },
    /// Steps after something that is not a plain path: `first(l).date`, `(a).b`, `f(x)[0]`.
    Access(Box<Expr>, Vec<PathStep>),
}

/// `a.b[0]`, `params.x`, `root.a`, `it.a`. Steps are resolved by the checker.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    pub head: Head,
    pub head_span: Span,
    pub steps: Vec<PathStep>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Head {
    /// A bare path's first field: relative to the record, or to the element inside `each`.
    Field(String),
    /// `params`
    Params,
    /// `root`
    Root,
    /// `it`
    It,
    /// `let`: `let.NAME` reads a transform-level named expression.
    Let,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathStep {
    pub step: Step,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `.name`, `."weird-name"` or `["weird-name"]`.
    Field(String),
    /// `[0]`
    Index(usize),
}

impl Expr {
    /// Whether this is a bare name (`gender`), as the option-set / value-map argument of
    /// `translate` and `lookup` is written.
    pub fn as_bare_name(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Path(Path {
                head: Head::Field(n),
                steps,
                ..
            }) if steps.is_empty() => Some(n),
            ExprKind::Lit(Lit::String(s)) => Some(s),
            _ => None,
        }
    }
}
