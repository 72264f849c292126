//! The end-to-end tests of the workspace; the snapshots are in `snapshots/` beside this file.
//! The fault soaks (`../soak_w1.rs`, `../soak_w2.rs`) stay binaries of their own: each has
//! its own `main` and re-executes itself as the `mapwright` CLI.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p mapwright-tests --test it MODULE::` runs the tests of one.

mod browser_admin;
mod differential;
mod e2e_credentials;
mod e2e_pii_scan;
mod e2e_undefined_field;
mod e2e_w1;
mod e2e_w1_once;
mod e2e_w1_postgres;
mod e2e_w2;
mod serve_accounts;
mod serve_drift;
mod serve_failures;
mod serve_http;
mod serve_latency;
mod serve_notify;
mod serve_queue;
mod serve_retention;
mod serve_scheduler;
mod serve_sessions;
mod serve_setup;
mod serve_timeouts;
mod thailand_check;
mod thailand_conformance;
mod thailand_docs;
mod thailand_golden;
mod thailand_label_change;
mod thailand_legacy;
mod thailand_primero_fields;
mod thailand_question_drift;

// Shared by the modules above.
mod differential_support;
mod e2e_support;
mod own_process;
mod scratch_postgres;
mod serve_support;
mod thailand_support;
