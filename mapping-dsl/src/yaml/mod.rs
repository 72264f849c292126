//! YAML loading with spans: serde-saphyr under hard limits, its errors turned into our
//! [`Diagnostic`]s (E003–E009) with the file, line and column they point at.
//!
//! Reused by the runtime for workflow files: derive `Deserialize` with
//! `#[serde(deny_unknown_fields)]`, wrap every value an error may point at in [`Sp`], and call
//! [`load_yaml`]. Avoid `#[serde(flatten)]` and untagged/internally tagged enums: serde buffers
//! them and the spans are lost (write a small visitor instead, see `spec::field`).

mod errors;
mod indent;
mod scalar;

pub use errors::from_saphyr;
pub use scalar::{ScalarOffsets, expr_offsets};

use serde::Deserialize;

use crate::diag::{Diagnostic, codes::Code};
use crate::source::{FileId, Span};

/// A value with the location of its YAML node: serde-saphyr's `Spanned`, in a type of ours so
/// that it describes itself as a JSON Schema (as the schema of `T`: spans are not written).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sp<T> {
    pub value: T,
    /// Where the value is used (for an alias, the alias).
    pub referenced: serde_saphyr::Location,
    /// Where the value is defined (for an alias, its anchor).
    pub defined: serde_saphyr::Location,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sp<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Sp {
            value: s.value,
            referenced: s.referenced,
            defined: s.defined,
        })
    }
}

impl<T: serde::Serialize> serde::Serialize for Sp<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

/// The largest spec or workflow file we parse. Real specs are far below (the whole Primero case
/// schema is a few hundred kilobytes); anything bigger is a mistake or an attack.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Deepest YAML nesting accepted (a Primero subform inside a subform is depth ~8).
pub const MAX_DEPTH: usize = 64;
/// Aliases in one file. Specs rarely use any; the limit stops alias bombs early.
pub const MAX_ALIASES: usize = 1_000;
/// Parser events (nodes, roughly) in one file.
pub const MAX_EVENTS: usize = 2_000_000;

/// The options every spec and workflow file is parsed with: duplicate keys are errors, no merge
/// keys, bounded size, depth and alias replay.
pub fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.with_snippet = false;
    o.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    o.merge_keys = serde_saphyr::MergeKeyPolicy::Error;
    let mut b = serde_saphyr::Budget::default();
    b.max_depth = MAX_DEPTH;
    b.max_aliases = MAX_ALIASES;
    b.max_events = MAX_EVENTS;
    b.max_nodes = MAX_EVENTS;
    b.max_total_scalar_bytes = MAX_FILE_BYTES;
    b.max_documents = 1;
    o.budget = Some(b);
    o.alias_limits.max_total_replayed_events = 100_000;
    o.alias_limits.max_replay_stack_depth = 16;
    o.alias_limits.max_alias_expansions_per_anchor = 1_000;
    o
}

/// Parses one YAML document into `T`. The first problem becomes a [`Diagnostic`] pointing into
/// `file` (serde stops at the first error, and later ones are often consequences of it).
pub fn load_yaml<'de, T: Deserialize<'de>>(file: FileId, text: &'de str) -> Result<T, Diagnostic> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            Code::TooLarge,
            format!(
                "the file is {} bytes; the limit is {} bytes",
                text.len(),
                MAX_FILE_BYTES
            ),
        )
        .with_primary(Span::new(file, 0, 0), "file too large"));
    }
    if let Some(d) = find_tab_indent(file, text) {
        return Err(d);
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| from_saphyr(file, text, &e))
}

/// The file span of a spanned value (where it is referenced; for an alias, the alias).
pub fn span_of<T>(file: FileId, v: &Sp<T>) -> Span {
    location_span(file, &v.referenced)
}

/// The file span of a serde-saphyr location (byte offsets are always known for `&str` input).
pub fn location_span(file: FileId, loc: &serde_saphyr::Location) -> Span {
    let s = loc.span();
    match (s.byte_offset(), s.byte_len()) {
        (Some(o), Some(l)) => Span::new(file, o as usize, (o + l) as usize),
        _ => Span::new(file, 0, 0),
    }
}

/// Tabs are not YAML indentation; the parser's own message for them is obscure, so we look first.
/// A tab before the first non-blank character of a line that has content is reported.
fn find_tab_indent(file: FileId, text: &str) -> Option<Diagnostic> {
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        let rest = line[lead..].trim();
        if !rest.is_empty()
            && !rest.starts_with('#')
            && let Some(t) = line[..lead].find('\t')
        {
            let at = offset + t;
            return Some(
                Diagnostic::error(Code::TabIndent, "a tab is used for indentation")
                    .with_primary(Span::new(file, at, at + 1), "tab here")
                    .with_hint("indent YAML with spaces only (two per level is usual)"),
            );
        }
        offset += line.len();
    }
    None
}

/// Deserializes a present value as `Some`, so that `key: null` is told apart from a missing key.
/// Use with `#[serde(default, deserialize_with = "yaml::present")]`.
pub fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// A "did you mean" for `got` among `candidates` (Jaro-Winkler, as analysts mostly mistype).
pub fn did_you_mean<'a>(
    got: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(got, c), c))
        .filter(|(s, _)| *s >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests;
