//! The `mapwright` binary's library: CLI, workflow engine, store, scheduler and server.

pub mod admin;
pub mod app;
pub mod auth;
pub mod cli;
pub mod config;
pub mod connectors;
pub mod demo;
pub mod docs;
pub mod drift;
pub mod engine;
pub mod notify;
pub mod render;
pub mod scheduler;
pub mod secrets;
pub mod server;
pub mod specs;
pub mod store;
pub mod workflow;
