//! The typed standard library, shared by the interpreter and generated code so that their
//! semantics cannot drift. Each function: a signature (argument and result types, whether it
//! can fail) for the checker, and an implementation over plain Rust values. The implementations
//! live in the run-time support crate (`mapwright_rt::stdlib`), which generated code calls
//! without depending on this crate; they are re-exported here under the same names.
//!
//! - [`sig`]: the signature table ([`signature`]), with each function's null rule and examples.
//! - [`text`], [`nulls`], [`convert`], [`date`], [`list`]: the functions, over `Option<&str>`,
//!   `i64`, `f64`, `bool` and slices; `None` is null.
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

/// Every stdlib function. Never renumber: generated code names these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Func {
    Concat,
    Trim,
    Lower,
    Upper,
    Substr,
    DigitsOnly,
    Coalesce,
    Default,
    IsEmpty,
    Len,
    Join,
    Split,
    Contains,
    StartsWith,
    Replace,
    ToString,
    ToNumber,
    Round,
    Abs,
    Date,
    DateTime,
    FormatDate,
    Today,
    YearsBetween,
    First,
    Last,
    Filter,
    Find,
    Map,
    SortBy,
    Translate,
    Lookup,
    Flatten,
    Distinct,
    LeadingInt,
    UuidCut,
}

pub use mapwright_rt::stdlib::{convert, date, json, list, nulls, ops, questionnaire, text};
pub mod sig;
pub mod translate;

pub use sig::{Arg, Ret, Signature, signature};

impl Func {
    /// Every function, in declaration order.
    pub const ALL: [Func; 36] = [
        Func::Concat,
        Func::Trim,
        Func::Lower,
        Func::Upper,
        Func::Substr,
        Func::DigitsOnly,
        Func::Coalesce,
        Func::Default,
        Func::IsEmpty,
        Func::Len,
        Func::Join,
        Func::Split,
        Func::Contains,
        Func::StartsWith,
        Func::Replace,
        Func::ToString,
        Func::ToNumber,
        Func::Round,
        Func::Abs,
        Func::Date,
        Func::DateTime,
        Func::FormatDate,
        Func::Today,
        Func::YearsBetween,
        Func::First,
        Func::Last,
        Func::Filter,
        Func::Find,
        Func::Map,
        Func::SortBy,
        Func::Translate,
        Func::Lookup,
        Func::Flatten,
        Func::Distinct,
        Func::LeadingInt,
        Func::UuidCut,
    ];

    /// The name an expression calls it by.
    pub fn name(self) -> &'static str {
        signature(self).name
    }

    /// The function called `name`, if the stdlib has one.
    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Collection functions evaluate their second argument once per element, bound to `it`.
    pub fn binds_it(self) -> bool {
        matches!(self, Func::Filter | Func::Find | Func::Map | Func::SortBy)
    }
}
