//! The typed standard library, shared by the interpreter and generated code so that their
//! semantics cannot drift. Each function: a signature (argument and result types, whether it
//! can fail) for the checker, and an implementation over plain Rust values.

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
}
