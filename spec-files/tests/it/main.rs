//! The integration tests of spec-files.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p spec-files --test it MODULE::` runs the tests of one.

mod walk;
