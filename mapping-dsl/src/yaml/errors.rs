//! serde-saphyr errors -> our diagnostics, with the right code and location.

use serde_saphyr::Error as E;

use crate::diag::{Diagnostic, codes::Code};
use crate::source::{FileId, Span};

/// Converts one serde-saphyr error into a diagnostic pointing into `file`.
pub fn from_saphyr(file: FileId, text: &str, err: &E) -> Diagnostic {
    let err = innermost(err);
    let span = err
        .location()
        .map(|l| point(file, text, &l))
        .unwrap_or(Span::new(file, 0, 0));
    match err {
        E::DuplicateMappingKey { key, .. } => {
            let k = key.clone().unwrap_or_default();
            Diagnostic::error(
                Code::DuplicateKey,
                format!("the key `{k}` appears twice in this mapping"),
            )
            .with_primary(span, "duplicate key")
            .with_hint("remove one of the two entries, or merge them")
        }
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let ks = key_span(file, text, span, field);
            let mut d = Diagnostic::error(Code::UnknownKey, format!("unknown key `{field}`"))
                .with_primary(ks, "not a key here");
            if !expected.is_empty() {
                d = d.with_note(format!("expected one of: {}", expected.join(", ")));
            }
            if let Some(h) = super::did_you_mean(field, expected.iter().copied()) {
                d = d.with_hint(h);
            } else if let Some(h) = super::indent::dedented_block(text, ks.start as usize) {
                d = d.with_hint(h);
            }
            d
        }
        E::SerdeMissingField { field, .. } => Diagnostic::error(
            Code::MissingKey,
            format!("the required key `{field}` is missing"),
        )
        .with_primary(span, format!("this mapping needs `{field}`")),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let mut d =
                Diagnostic::error(Code::WrongYamlType, format!("unknown value `{variant}`"))
                    .with_primary(span, "not allowed here")
                    .with_note(format!("expected one of: {}", expected.join(", ")));
            if let Some(h) = super::did_you_mean(variant, expected.iter().copied()) {
                d = d.with_hint(h);
            }
            d
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => with_block_hint(
            Diagnostic::error(
                Code::WrongYamlType,
                format!("expected {expected}, found {unexpected}"),
            )
            .with_primary(span, format!("expected {expected}")),
            text,
            span,
        ),
        E::Unexpected { expected, .. } => {
            let e = humane(expected);
            with_block_hint(
                Diagnostic::error(Code::WrongYamlType, format!("expected {e} here"))
                    .with_primary(span, format!("expected {e}")),
                text,
                span,
            )
        }
        E::SerdeInvalidLength { len, expected, .. } => Diagnostic::error(
            Code::WrongYamlType,
            format!("expected {expected}, found {len} elements"),
        )
        .with_primary(span, "wrong length"),
        E::Budget { breach, .. } => Diagnostic::error(
            Code::TooLarge,
            format!("the YAML exceeds a limit: {breach:?}"),
        )
        .with_primary(span, "limit reached here")
        .with_hint(
            "spec files are small, shallow and need no aliases; split or simplify this file",
        ),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => Diagnostic::error(
            Code::TooLarge,
            "YAML aliases expand beyond the limit (an alias bomb?)",
        )
        .with_primary(span, "alias expanded here")
        .with_hint("write the values out instead of using anchors and aliases"),
        E::InvalidUtf8Input => Diagnostic::error(Code::InvalidUtf8, "the file is not valid UTF-8")
            .with_primary(span, "here"),
        E::MultipleDocuments { .. } => Diagnostic::error(
            Code::YamlSyntax,
            "a spec file holds exactly one YAML document",
        )
        .with_primary(span, "a second document starts here"),
        E::MergeKeyNotAllowed { .. } => Diagnostic::error(
            Code::YamlSyntax,
            "YAML merge keys (`<<`) are not allowed in specs",
        )
        .with_primary(span, "merge key"),
        E::Eof { .. } => Diagnostic::error(Code::YamlSyntax, "the file is empty or ends too early")
            .with_primary(span, "expected more here"),
        other => {
            let msg = message_of(other);
            if msg.contains("tab") {
                return Diagnostic::error(Code::TabIndent, format!("invalid YAML: {msg}"))
                    .with_primary(span, "here");
            }
            match super::indent::misindented(file, text, span.start as usize) {
                Some((line, message)) => Diagnostic::error(Code::YamlSyntax, message)
                    .with_primary(line, "indented differently")
                    .with_note(format!("the YAML parser said: {msg}"))
                    .with_hint("indent the lines of one block by the same number of spaces"),
                None => Diagnostic::error(Code::YamlSyntax, format!("invalid YAML: {msg}"))
                    .with_primary(span, "here"),
            }
        }
    }
}

/// A block key left empty because its lines lost their indentation: say so.
fn with_block_hint(d: Diagnostic, text: &str, at: Span) -> Diagnostic {
    match super::indent::empty_block(text, at.start as usize) {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// serde-saphyr's parser words -> what an analyst calls them.
fn humane(expected: &str) -> String {
    match expected {
        "sequence start" => "a list (`[a, b]` or `- a` lines)".into(),
        "mapping start" => "a mapping (`key: value` lines or `{ key: value }`)".into(),
        "string scalar" => "a single value (text)".into(),
        other => other.to_owned(),
    }
}

/// The error an alias or snippet wrapper carries.
fn innermost(err: &E) -> &E {
    match err {
        E::WithSnippet { error, .. } => innermost(error),
        E::AliasError { error, .. } => innermost(error),
        other => other,
    }
}

/// serde-saphyr's message without its location suffix, on one line.
fn message_of(err: &E) -> String {
    let s = err.to_string();
    let first = s.lines().next().unwrap_or("").trim();
    let cut = first.find(" at line ").map_or(first, |i| &first[..i]);
    cut.to_owned()
}

/// The span of a location: its byte range when known, else one character at line/column.
fn point(file: FileId, text: &str, loc: &serde_saphyr::Location) -> Span {
    let s = super::location_span(file, loc);
    if !s.is_empty() || s.start != 0 || (loc.line() <= 1 && loc.column() <= 1) {
        if s.is_empty() {
            return one_char(file, text, s.start as usize);
        }
        return s;
    }
    let line = loc.line() as usize;
    let col = loc.column() as usize;
    let sf = crate::source::SourceFile::new("", text);
    one_char(file, text, sf.offset_of(line, col))
}

fn one_char(file: FileId, text: &str, at: usize) -> Span {
    let at = at.min(text.len());
    let len = text[at..].chars().next().map_or(0, char::len_utf8);
    Span::new(file, at, at + len)
}

/// Unknown-key errors point at the value or the mapping; narrow them to the key itself when it
/// can be found on the same line or just before.
fn key_span(file: FileId, text: &str, at: Span, key: &str) -> Span {
    // An empty key (`"": 1`) is found everywhere and would never advance the search below.
    if key.is_empty() {
        return at;
    }
    let start = at.start as usize;
    let line_start = text[..start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let search_from = text[..line_start.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let window_end = text[start.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| start + i);
    let window = &text[search_from..window_end];
    let mut best = None;
    let mut from = 0;
    while let Some(i) = window[from..].find(key) {
        let abs = search_from + from + i;
        let after = text[abs + key.len()..].trim_start_matches([' ', '"', '\'']);
        let before_ok = abs == 0
            || !text.as_bytes()[abs - 1].is_ascii_alphanumeric()
                && text.as_bytes()[abs - 1] != b'_';
        if after.starts_with(':') && before_ok {
            best = Some(abs);
        }
        from += i + key.len();
    }
    match best {
        Some(b) => Span::new(file, b, b + key.len()),
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use crate::source::FileId;

    /// Found by the spec_yaml fuzz target: an unknown key that is the empty string made the
    /// key search loop forever.
    #[test]
    fn an_unknown_empty_key_is_an_error_not_a_hang() {
        let text = "option_set: x\n\"\": 1\noptions:\n  - { code: a, en: A }\n";
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(crate::spec::parse_file(FileId(0), text).is_err());
        });
        let refused = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("parse_file returned");
        assert!(refused, "an unknown key is an error");
    }
}
