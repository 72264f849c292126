//! The `mapwright` binary's library: CLI, workflow engine, store, scheduler and server.

pub mod app;
pub mod cli;
pub mod config;
pub mod connectors;
pub mod demo;
pub mod engine;
pub mod store;
pub mod workflow;
pub mod admin;
pub mod auth;
pub mod notify;
pub mod scheduler;
pub mod secrets;
pub mod server;
pub mod render;
pub mod specs;
pub mod docs;
