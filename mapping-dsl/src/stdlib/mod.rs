//! The typed standard library, shared by the interpreter and generated code so that their
//! semantics cannot drift. Each function: a signature (argument and result types, whether it
//! can fail) for the checker, and an implementation over plain Rust values. Both live in the
//! run-time support crate (`mapwright_rt::stdlib`, one file per function under `fns`), which
//! generated code calls without depending on this crate; they are re-exported here under the
//! same names.
//!
//! - [`fns`]: every function in a file of its own, with its signature ([`sig`], [`signature`]):
//!   null rule, documentation and examples, and how it is called ([`Call`]).
//! - [`text`], [`nulls`], [`convert`], [`date`], [`list`]: what the functions share, over
//!   `Option<&str>`, `i64`, `f64`, `bool` and slices; `None` is null.
//! - [`json`]: unpacking `json`-typed values, with the shared error messages.
//! - [`ops`]: operators (int arithmetic with overflow checks, f64 arithmetic, comparisons with
//!   the null rules).
//! - [`questionnaire`]: the answers of `answer:` rules (a question found by its text in a
//!   Child Shield `questionsList`).
//! - [`translate`]: option-set labels and value maps with the unknown-code / missing-label
//!   policies. In the IR, a `translate()` call carries five arguments: the code, then string
//!   literals for the option set, the language, the unknown-code policy and the missing-label
//!   policy (names as in specs: [`translate::parse_unknown`], [`translate::parse_missing`]);
//!   a `lookup()` call carries the key and the value map name, and a miss on a map without a
//!   default fails the record.

pub use mapwright_rt::stdlib::{
    Func, args, convert, date, fns, json, list, nulls, operands, ops, questionnaire, sig, text,
};
pub mod translate;

pub use mapwright_rt::stdlib::{SIGNATURES, signature};
pub use sig::{Arg, Call, Out, Overload, Rep, Ret, Signature};
