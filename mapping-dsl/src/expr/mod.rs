//! The expression language: [`parse`] text into an [`ast::Expr`], [`check`] it against an
//! [`Env`] into a typed [`ir::TExpr`](crate::ir::TExpr), and [`eval`] that over JSON in a
//! [`Frame`]. Generated code calls the same [`crate::stdlib`] functions as [`eval`].
//!
//! Syntax (see docs/spec-language.md): literals `"text"` (JSON escapes), `12`, `1.5`, `true`,
//! `false`, `null`; paths `a.b[0].c`; a field whose name is not a plain identifier is quoted:
//! `a."weird-name"` or `a["weird-name"]` (the first step of a bare path must be a plain name);
//! `params.NAME`, `root.PATH` inside `each`, `it` / `it.PATH` inside a collection function;
//! `! -`, `* /`, `+ -`, `== != < <= > >=` (not chainable), `&&`, `||`, parentheses,
//! `if C then A else B`, calls `name(args)`, `let.NAME` (a transform's named expression). Steps
//! (`.x`, `[0]`) apply to any operand: `first(list).date`, `(a).b`, `let.week1.questionsList`.

pub mod ast;
mod check;
mod env;
mod eval;
mod parse;
mod scan;
mod syntax_error;

pub use check::{check, check_bool};
pub use env::{Env, TranslatePolicy};
pub use eval::{Frame, eval, eval_bool};
pub use parse::{MAX_DEPTH, parse};
pub use scan::{MAX_LEN, MAX_NESTING};
