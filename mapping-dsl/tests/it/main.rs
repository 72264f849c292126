//! The integration tests of mapping-dsl. The fixtures stay in `tests/checker/` and
//! `tests/fixtures/`; the snapshots are in `snapshots/` beside this file.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p mapping-dsl --test it MODULE::` runs the tests of one.

mod checker;
mod checker_bad_input;
mod checker_interp;
mod checker_scale;
mod explain;
mod expr_errors;
mod expr_eval;
mod import_primero_forms;
mod import_primero_lookups;
mod import_real_exports;
mod interp_lets;

// Shared by the modules above.
mod support;
