// @generated from mappings/example/ by `cargo gen`: do not edit.

//! Deployment `example` (mappings/example/).
pub mod example_case_summary;
pub mod options;
