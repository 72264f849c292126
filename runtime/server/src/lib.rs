//! Mapwright's server: webhooks, the admin page, the JSON API, metrics and auth, with the
//! scheduler and the failure notifier that run beside it.

pub mod admin;
pub mod auth;
pub mod notify;
pub mod scheduler;
pub mod server;

pub use mapwright_engine::{app, config, connectors, engine, secrets, store, workflow};
