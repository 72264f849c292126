//! Run-time support of Mapwright's transformers: what the code `cargo gen` writes calls, and
//! what the interpreter (`mapping-dsl`) shares with it, so that compiled and interpreted
//! transforms run one implementation of the language's semantics.
//!
//! Generated code names every item by its path at the root (`::mapwright_rt::finish`,
//! `::mapwright_rt::Context`), or under [`stdlib`], the way prost's generated code calls
//! `::prost::encoding`; the private modules only group the source:
//!
//! - [`Context`], [`Counters`], [`TransformError`]: what a transform runs with, what it counts,
//!   and what a record fails with;
//! - [`stdlib`]: the standard library over plain Rust values, and the small enums the IR and
//!   generated code share ([`BinOp`], [`UnknownCode`], [`MissingLabel`]);
//! - input: [`read_bytes`] / [`read_value`] read a record into a generated struct whose fields
//!   are [`Field`]s, read leniently ([`Lenient`]) and then checked against the [`Coercion`]s the
//!   schema accepts ([`check`], with the path of the field from a [`Loc`]);
//! - option sets: the [`Code`] trait generated enums implement, and [`translated`];
//! - output: the empty policy ([`finish`] into a [`Slot`]), and compact JSON ([`write_json`]
//!   through serde, [`WriteJson`] for the structs generated code writes directly, and
//!   [`RawJson`] for JSON kept as the text written, spliced in as it is);
//! - expressions: the helpers over typed values, `json` values, collections and value maps.

mod block16;
mod collect;
mod context;
mod error;
mod expr;
mod field;
pub mod json_in;
mod json_out;
mod loc;
mod maps;
pub mod nesting;
mod options;
mod output;
mod record;
pub mod stdlib;
mod value;

pub use collect::*;
pub use context::{Context, CounterMaps, Counters};
pub use error::{ErrorKind, TransformError};
pub use expr::*;
pub use field::*;
pub use json_out::{
    JsonOut, RawJson, RawJsonError, WriteJson, needs_json_escape, object_end, object_start,
    to_json_vec, write_json,
};
pub use loc::*;
pub use maps::*;
pub use options::*;
pub use output::*;
pub use record::*;
pub use stdlib::ops::BinOp;
pub use stdlib::translate::{MissingLabel, UnknownCode};
pub use value::*;
