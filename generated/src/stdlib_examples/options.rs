// @generated from mapping_dsl::stdlib's documented examples, built in memory as stdlib_examples/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `stdlib_examples`: a sorted table of rows each (a code and its labels), read by binary search.
/// The languages of the labels, in the order of each row's labels.
pub const LANGS: [&str; 0] = [];
