//! Generated transformers. Do not edit: run `cargo gen`.
