//! Mapwright's server: webhooks, the admin page, the JSON API, metrics and auth, with the
//! scheduler and the failure notifier that run beside it.
//!
//! Modules depend one way: `server` (routes, start) -> `worker` (the worker process) ->
//! `admin`, `notify`, `scheduler` -> `state`, `setup` -> `workers` -> `runner` -> `metrics`,
//! `settings`; `auth` -> `web`; all over the engine crate.

pub mod admin;
pub mod auth;
pub mod metrics;
pub mod notify;
pub mod retention;
pub mod runner;
pub mod scheduler;
pub mod server;
pub mod settings;
pub mod setup;
pub mod state;
pub mod web;
pub mod worker;
pub mod workers;

pub use mapwright_engine::{app, config, connectors, engine, secrets, store, workflow};
