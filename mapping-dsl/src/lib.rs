//! Mapwright's spec language: YAML specs in, checked IR and diagnostics out. No I/O in the core:
//! the CLI reads files and hands their text to [`load`]; the runtime and generated code share
//! [`rt`] and [`stdlib`].
//!
//! Data flows one way: text -> [`spec`] (YAML model with spans) -> [`check`] (resolve, type) ->
//! [`ir`] -> [`interp`] (run over `serde_json::Value`) or `codegen` (emit Rust).

pub mod diag;
pub mod ir;
pub mod rt;
pub mod source;
pub mod stdlib;
pub mod types;
