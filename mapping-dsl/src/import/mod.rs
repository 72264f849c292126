//! Importers: turn exports of other systems (Primero's `/api/v2/forms`, `/api/v2/lookups`,
//! `/api/v2/locations`) into spec-language YAML that analysts then keep and edit.
//!
//! Pure functions: JSON text in, YAML text and findings out. The CLI reads and writes the files.
//! A finding is something the importer noticed but did not decide for the analyst (a field with
//! two option sources, an empty Thai label): it goes to stderr and, where it concerns one spot,
//! into the YAML as a comment, so it stays visible after the import.

mod json_in;
mod naming;
mod narrow;
mod primero_forms;
mod primero_lookups;
mod yaml_out;

pub use naming::{LOCATIONS_SET, lookup_set_name};
pub use narrow::{Extras, Narrow, fields_written_by};
pub use primero_forms::{FormsOptions, import_primero_forms};
pub use primero_lookups::{LookupsInput, import_primero_lookups};
pub use yaml_out::{quoted as yaml_quoted, scalar as yaml_scalar};

/// Something the importer noticed and reports instead of resolving silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable kind, for tests and machine output.
    pub kind: FindingKind,
    /// What and where, for a person.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    /// One field name, several forms, different option sources.
    ConflictingOptions,
    /// One field name, several forms, different types.
    ConflictingTypes,
    /// A field type the importer does not map (separator, upload boxes, …): skipped.
    SkippedField,
    /// A subform field whose `subform_section_id` names no form section.
    MissingSubform,
    /// An option source other than a lookup or inline options (Agency, User): read as a string.
    UntypedSource,
    /// An option with an empty label in a language (`""` is kept).
    EmptyLabel,
    /// An option without any label in a language.
    MissingLabel,
    /// The same code twice in one set: the first is kept.
    DuplicateCode,
    /// Two option sets would get the same name: the first is kept.
    NameClash,
    /// A referenced lookup that the lookups export does not contain.
    MissingLookup,
    /// Inline options in a shape the importer does not understand.
    BadOptions,
}

/// One imported YAML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    /// A file name (no directory), e.g. `country.yaml`.
    pub file_name: String,
    pub yaml: String,
}

/// The result of an import: files and findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub files: Vec<ImportedFile>,
    pub findings: Vec<Finding>,
}

/// Why an import could not run at all (as opposed to a finding).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{what} is not valid JSON: {source}")]
    Json {
        what: &'static str,
        source: serde_json::Error,
    },
    #[error("{what}: {message}")]
    Shape { what: &'static str, message: String },
}
