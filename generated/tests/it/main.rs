//! The integration tests of the generated crate.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p generated --test it MODULE::` runs the tests of one.

mod dependencies;
mod option_find;
mod stdlib_examples;
