//! The integration tests of the `mapwright` binary: `support` runs the binary, `cluster`
//! starts `serve` and `worker` processes sharing one store.
//!
//! One binary for the whole crate (one per file linked every dependency again for each): each
//! module is a former test file and keeps its name, so
//! `cargo test -p mapwright --test it MODULE::` runs the tests of one.

mod cli_admin;
mod cli_analyst;
mod cli_check;
mod cli_config;
mod cli_demo;
mod cli_drift;
mod cli_fakes;
mod cli_guard;
mod cli_logs;
mod cli_postgres;
mod cli_sheet;
mod cli_transform_jobs;
mod json_schema;
mod readme_scaling;
mod serve_kill;
mod workers_bench;
mod workers_cron;
mod workers_exactly_once;
mod workers_kill;
mod workers_partition;
mod workers_sessions;
mod workers_shutdown;

// Shared by the modules above.
mod cluster;
mod support;
