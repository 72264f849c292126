//! Edits at spans: the proposed label and question-text changes, applied to the YAML text as it
//! is (comments, quoting style and layout untouched), never by re-serialising the YAML.

use serde::Serialize;

/// Replace `old` at bytes `start..end` of `file` with `new` (both as written in YAML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub file: String,
    pub start: usize,
    pub end: usize,
    pub old: String,
    pub new: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error(
        "{file}: the text at bytes {start}..{end} is no longer `{expected}` (the file changed since the check)"
    )]
    Stale {
        file: String,
        start: usize,
        end: usize,
        expected: String,
    },
    #[error("{file}: two edits overlap at byte {at}")]
    Overlap { file: String, at: usize },
}

/// Applies the edits of one file to its text. Each edit is checked against the text first, so a
/// file changed since the check is refused, not corrupted.
pub fn apply_edits(text: &str, edits: &[&Edit]) -> Result<String, EditError> {
    let mut sorted: Vec<&Edit> = edits.to_vec();
    sorted.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(text.len());
    let mut pos = 0usize;
    for e in sorted {
        if e.start < pos {
            return Err(EditError::Overlap {
                file: e.file.clone(),
                at: e.start,
            });
        }
        if text.get(e.start..e.end) != Some(e.old.as_str()) {
            return Err(EditError::Stale {
                file: e.file.clone(),
                start: e.start,
                end: e.end,
                expected: e.old.clone(),
            });
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.new);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}
