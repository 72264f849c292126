//! `mapwright schema …` and `mapwright options …`: importers for Primero exports.

use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum SchemaCommand {
    /// Field types from a Primero /api/v2/forms export.
    ImportPrimeroForms {},
}

#[derive(Debug, clap::Subcommand)]
pub enum OptionsCommand {
    /// Option sets (en/th labels) from a Primero /api/v2/lookups export.
    ImportPrimeroLookups {},
}

pub fn run_schema(_c: SchemaCommand) -> ExitCode {
    super::not_yet("schema")
}

pub fn run_options(_c: OptionsCommand) -> ExitCode {
    super::not_yet("options")
}
