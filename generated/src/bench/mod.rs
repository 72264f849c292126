// @generated from mappings/bench/ by `cargo gen`: do not edit.

//! Deployment `bench` (mappings/bench/).
pub mod bench_reference;
pub mod options;
