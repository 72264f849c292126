// @generated from mappings/bench/ by `cargo gen`: do not edit.

//! Deployment `bench` (mappings/bench/).
pub mod options;
pub mod bench_reference;
