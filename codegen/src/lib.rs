//! Code generation: IR -> Rust.
