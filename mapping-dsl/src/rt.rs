//! Run-time support shared by the interpreter and generated transformers: the context a
//! transform runs in, its counters, and the error a record fails with. Defined in the run-time
//! support crate (`mapwright_rt`), which generated code calls without depending on this crate.

pub use mapwright_rt::{Context, CounterMaps, Counters, ErrorKind, TransformError};
