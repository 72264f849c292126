//! The integration tests of the adaptors.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p adaptors --test it MODULE::` runs the tests of one.

mod changed_cases;
mod contract;
mod linked_fakes;
mod moph_client;
mod paging_scale;
mod primero_client;
mod primero_versions;
mod retries;
mod secrets;

// Shared by the modules above.
mod support;
