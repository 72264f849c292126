//! Run-time support shared by the interpreter and generated transformers: the context a
//! transform runs in, its counters, the error a record fails with, and the compact JSON writer
//! records are written with. Defined in the run-time support crate (`mapwright_rt`), which
//! generated code calls without depending on this crate.

pub use mapwright_rt::{
    Context, CounterMaps, Counters, ErrorKind, RawJson, TransformError, needs_json_escape,
    write_json,
};
