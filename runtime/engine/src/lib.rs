//! Mapwright's engine: the workflow model and loader, the engine that runs workflows, the run
//! store (trait and the embedded SQLite backend), the connectors to the remote systems, the
//! config file and the wiring that loads them ([`app::App`]).

pub mod app;
pub mod config;
pub mod connectors;
pub mod drift;
pub mod engine;
pub mod preflight;
pub mod render;
pub mod secrets;
pub mod specs;
pub mod store;
pub mod workflow;
