//! The `mapwright` binary's library: CLI, workflow engine, store, scheduler and server.

pub mod cli;
