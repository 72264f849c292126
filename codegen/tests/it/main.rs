//! The integration tests of codegen. The fixtures stay in `tests/fixtures/`; the snapshots
//! are in `snapshots/` beside this file.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p codegen --test it MODULE::` runs the tests of one.

mod fn_length;
mod fresh;
mod not_compiled;
mod snapshots_test;
