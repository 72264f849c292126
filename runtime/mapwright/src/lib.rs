//! The `mapwright` binary's library: CLI, demo and docs, over the engine and server crates
//! (re-exported here under their old module names).

pub mod cli;
pub mod demo;
pub mod docs;
pub mod sheet;

pub use mapwright_engine::{
    app, config, connectors, drift, engine, render, secrets, specs, store, workflow,
};
pub use mapwright_server::{
    admin, auth, metrics, notify, runner, scheduler, server, settings, state, web, worker,
};
