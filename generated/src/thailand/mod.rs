// @generated from mappings/thailand/ by `cargo gen`: do not edit.

//! Deployment `thailand` (mappings/thailand/).
pub mod options;
pub mod thailand_w1_case_to_childshield;
pub mod thailand_w2_his_to_primero;
