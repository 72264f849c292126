//! The standard library's implementation, shared by the interpreter and generated code so that
//! their semantics cannot drift, with every function's signature (which the checker types calls
//! with). The lookups in an IR's option sets and value maps are `mapping_dsl::stdlib`'s, which
//! re-exports these modules under the same names.
//!
//! - [`fns`]: every function, one file each, with its signature ([`sig`]); the functions of
//!   the uniform convention are implemented there too, and called through [`args`];
//! - [`text`], [`nulls`], [`convert`], [`date`], [`list`]: what the other functions call and
//!   the functions share, over `Option<&str>`, `i64`, `f64`, `bool` and slices; `None` is null.
//! - [`json`]: unpacking `json`-typed values, with the shared error messages.
//! - [`ops`]: operators (int arithmetic with overflow checks, f64 arithmetic, comparisons with
//!   the null rules).
//! - [`questionnaire`]: the answers of `answer:` rules (a question found by its text in a
//!   Child Shield `questionsList`).
//! - [`translate`]: the unknown-code and missing-label policies of option-set labels and value
//!   maps.

pub mod args;
pub mod convert;
pub mod date;
pub mod fns;
pub mod json;
pub mod list;
pub mod nulls;
pub mod operands;
pub mod ops;
pub mod questionnaire;
pub mod sig;
pub mod text;
pub mod translate;

pub use fns::{Func, SIGNATURES, signature};
pub use operands::Operands;
pub use sig::{Arg, Call, Example, Out, Overload, Rep, Ret, Scalar, Signature};
