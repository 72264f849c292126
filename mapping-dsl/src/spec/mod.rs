//! The spec model: what each YAML file kind says, with the span of every node an error can
//! point at. No checking beyond shape here; `check` resolves and types it.

pub mod de;
pub mod json_schema;
pub mod options;
pub mod questionnaire;
pub mod schema;
pub mod transform;

use crate::diag::{Diagnostic, codes::Code};
use crate::source::{FileId, Span};
use crate::yaml;

/// One parsed spec file.
#[derive(Debug)]
pub enum SpecFile {
    Schema(Box<schema::SchemaFile>),
    OptionSet(Box<options::OptionSetFile>),
    ValueMap(Box<options::ValueMapFile>),
    Transform(Box<transform::TransformFile>),
    /// A runtime workflow: loaded by the runtime, not by the checker.
    Workflow,
}

/// The kind keys, in the order the doc lists them.
pub const KINDS: [&str; 5] = ["schema", "option_set", "value_map", "transform", "workflow"];

/// The kind of a file: the first top-level (column 0) key that names a kind.
pub fn kind_of(text: &str) -> Option<&'static str> {
    for line in text.lines() {
        if line.starts_with([' ', '\t', '#', '-']) {
            continue;
        }
        let key = line
            .split(':')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']);
        if let Some(k) = KINDS.iter().find(|k| **k == key) {
            return Some(k);
        }
    }
    None
}

/// Parses one file into the model of its kind.
pub fn parse_file(file: FileId, text: &str) -> Result<SpecFile, Diagnostic> {
    match kind_of(text) {
        Some("schema") => yaml::load_yaml(file, text).map(|s| SpecFile::Schema(Box::new(s))),
        Some("option_set") => yaml::load_yaml(file, text).map(|s| SpecFile::OptionSet(Box::new(s))),
        Some("value_map") => yaml::load_yaml(file, text).map(|s| SpecFile::ValueMap(Box::new(s))),
        Some("transform") => yaml::load_yaml(file, text).map(|s| SpecFile::Transform(Box::new(s))),
        Some(_) => Ok(SpecFile::Workflow),
        None => {
            // A YAML error is more useful than "unknown kind" when the file does not parse.
            yaml::load_yaml::<serde::de::IgnoredAny>(file, text)?;
            Err(Diagnostic::error(
                Code::UnknownFileKind,
                "this file does not say what it defines",
            )
            .with_primary(Span::new(file, 0, text.find('\n').unwrap_or(text.len())), "first line")
            .with_hint("start the file with `schema: NAME`, `option_set: NAME`, `value_map: NAME`, `transform: NAME` or `workflow: NAME`"))
        }
    }
}
