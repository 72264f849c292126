// @generated from mappings/thailand/ by `cargo gen`: do not edit.

//! Deployment `thailand` (mappings/thailand/).
pub mod options;
