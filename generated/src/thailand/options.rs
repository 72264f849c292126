// @generated from mappings/thailand/option-sets/ by `cargo gen`: do not edit.

//! The option sets of deployment `thailand`, one enum each.
