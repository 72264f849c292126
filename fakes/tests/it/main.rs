//! The integration tests of the fakes.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p fakes --test it MODULE::` runs the tests of one.

mod faults;
mod faults_after;
mod fixture_shapes;
mod metadata_agrees;
mod moph_api;
mod moph_filters;
mod paging_readahead;
mod primero_api;
mod primero_auth;
mod primero_validation;

// Shared by the modules above.
mod support;
