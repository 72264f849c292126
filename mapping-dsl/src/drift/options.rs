//! Option sets against Primero's lookups (and inline options and locations): the export is read
//! through the lookups importer, so a set is compared with exactly what a re-import would write,
//! matched by its `source:` (`lookup-gender`, `locations`, `field X (form Y)`). Sets without a
//! `source:` (hand-made value maps and sets) are not compared.

use std::collections::BTreeMap;

use super::{DriftError, Edit, Finding, FindingKind, PrimeroExports, Specs, at};
use crate::import::{LookupsInput, import_primero_lookups};
use crate::source::{FileId, SourceMap};
use crate::spec::options::OptionSetFile;
use crate::spec::{self, SpecFile};
use crate::yaml::span_of;

/// One set of the export: code -> labels by language, in export order.
type ExportSet = Vec<(String, Vec<(String, String)>)>;

pub(super) fn compare(
    sources: &SourceMap,
    specs: &Specs,
    lookups: &str,
    exports: PrimeroExports<'_>,
) -> Result<Vec<Finding>, DriftError> {
    let mut input = LookupsInput::new(lookups);
    input.forms_json = exports.forms;
    input.locations_json = exports.locations;
    let export = export_sets(&input)?;
    let mut out = Vec::new();
    for (file, s) in &specs.files {
        if let SpecFile::OptionSet(set) = s {
            compare_set(sources, *file, set, &export, &mut out);
        }
    }
    Ok(out)
}

/// The export's sets by `source`.
fn export_sets(input: &LookupsInput<'_>) -> Result<BTreeMap<String, ExportSet>, DriftError> {
    let imported = import_primero_lookups(input)?;
    let mut out = BTreeMap::new();
    for f in imported.files {
        // The importer's own output always parses; a file that did not would only be skipped.
        let Ok(SpecFile::OptionSet(set)) = spec::parse_file(FileId::default(), &f.yaml) else {
            continue;
        };
        let Some(source) = set.source.clone() else {
            continue;
        };
        let opts = set
            .options
            .value
            .iter()
            .filter_map(|o| Some((o.value.code.as_ref()?.0.clone(), o.value.labels.clone())))
            .collect();
        out.insert(source, opts);
    }
    Ok(out)
}

fn compare_set(
    sources: &SourceMap,
    file: FileId,
    set: &OptionSetFile,
    export: &BTreeMap<String, ExportSet>,
    out: &mut Vec<Finding>,
) {
    let Some(source) = &set.source else { return };
    let name = set.option_set.value.as_str();
    let Some(text) = sources.get(file).map(|f| f.text.clone()) else {
        return;
    };
    let Some(theirs) = export.get(source) else {
        let (f, line) = at(sources, file, span_of(file, &set.option_set).start);
        out.push(Finding::new(
            FindingKind::OptionSetMissing,
            (&f, line),
            name,
            source,
        ));
        return;
    };
    let theirs_by_code: BTreeMap<&str, &Vec<(String, String)>> =
        theirs.iter().map(|(c, l)| (c.as_str(), l)).collect();
    let mut ours = std::collections::BTreeSet::new();
    let mut last_line = at(sources, file, span_of(file, &set.options).start);
    for decl in &set.options.value {
        let Some(code) = decl.value.code.as_ref().map(|c| c.0.as_str()) else {
            continue;
        };
        ours.insert(code);
        let start = span_of(file, decl).start;
        let (f, line) = at(sources, file, start);
        last_line = (f.clone(), line);
        let Some(their_labels) = theirs_by_code.get(code) else {
            out.push(Finding::new(
                FindingKind::OptionRemoved,
                (&f, line),
                name,
                code,
            ));
            continue;
        };
        for (lang, label) in &decl.value.labels {
            let Some((_, now)) = their_labels.iter().find(|(l, _)| l == lang) else {
                continue;
            };
            if now == label {
                continue;
            }
            let mut finding = Finding::new(FindingKind::LabelChanged, (&f, line), name, code);
            finding.lang = Some(lang.clone());
            finding.old = Some(label.clone());
            finding.new = Some(now.clone());
            finding.edits = label_span(&text, start as usize, lang)
                .map(|(s, e)| {
                    let raw = &text[s..e];
                    let new = if raw.starts_with(['"', '\'']) {
                        crate::import::yaml_quoted(now)
                    } else {
                        crate::import::yaml_scalar(now)
                    };
                    Edit {
                        file: f.clone(),
                        start: s,
                        end: e,
                        old: raw.to_string(),
                        new,
                    }
                })
                .into_iter()
                .collect();
            out.push(finding);
        }
    }
    for (code, labels) in theirs {
        if ours.contains(code.as_str()) {
            continue;
        }
        let mut finding = Finding::new(
            FindingKind::OptionAdded,
            (&last_line.0, last_line.1),
            name,
            code,
        );
        finding.new = Some(
            labels
                .iter()
                .map(|(l, t)| format!("{l}: {t}"))
                .collect::<Vec<_>>()
                .join(", "),
        );
        out.push(finding);
    }
}

/// The byte range of the value of key `lang` in the option that starts at `start`: a flow
/// mapping `{ code: x, en: Label }` or a block mapping (`code: x` then `en: Label` lines).
fn label_span(text: &str, start: usize, lang: &str) -> Option<(usize, usize)> {
    let rest = text.get(start..)?;
    if rest.starts_with('{') {
        flow_pairs(text, start + 1)
            .into_iter()
            .find(|(k, _, _)| k == lang)
            .map(|(_, s, e)| (s, e))
    } else {
        block_pairs(text, start)
            .into_iter()
            .find(|(k, _, _)| k == lang)
            .map(|(_, s, e)| (s, e))
    }
}

/// `key: value` pairs of a flow mapping from `pos` (just after `{`) to its `}`.
fn flow_pairs(text: &str, mut pos: usize) -> Vec<(String, usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    loop {
        pos = skip_ws(b, pos);
        if pos >= b.len() || b[pos] == b'}' {
            return out;
        }
        let (ks, ke) = scalar_at(text, pos, b":,}");
        pos = skip_ws(b, ke);
        if b.get(pos) != Some(&b':') {
            return out;
        }
        let key = text[ks..ke].trim_matches(['"', '\'']).to_string();
        let vs = skip_ws(b, pos + 1);
        let (vs, ve) = scalar_at(text, vs, b",}");
        out.push((key, vs, ve));
        pos = skip_ws(b, ve);
        match b.get(pos) {
            Some(b',') => pos += 1,
            _ => return out,
        }
    }
}

/// `key: value` lines of a block mapping whose first key starts at `start`.
fn block_pairs(text: &str, start: usize) -> Vec<(String, usize, usize)> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..start].chars().count();
    let mut out = Vec::new();
    let mut pos = start;
    loop {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        if let Some(colon) = line.find(": ") {
            let key = line[..colon].trim().to_string();
            let vs = skip_ws(text.as_bytes(), pos + colon + 1);
            let (vs, ve) = scalar_at(text, vs.min(line_end), b"\n");
            let ve = if text[vs..].starts_with(['"', '\'']) {
                ve
            } else {
                // A plain value ends at a comment.
                text[vs..ve].find(" #").map_or(ve, |i| vs + i)
            };
            let trimmed = text[vs..ve].trim_end().len();
            out.push((key, vs, vs + trimmed));
        }
        // The next line belongs to the mapping when indented to the first key's column.
        let next = line_end + 1;
        if next >= text.len() {
            return out;
        }
        let nl = &text[next..];
        let indent = nl.len() - nl.trim_start_matches(' ').len();
        if indent != col || nl[indent..].starts_with('-') {
            return out;
        }
        pos = next + indent;
    }
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && (b[pos] == b' ' || b[pos] == b'\t') {
        pos += 1;
    }
    pos
}

/// The raw extent of one scalar at `pos`: a quoted one to its closing quote, a plain one up to
/// (not including) one of `stops` or a line end, trailing blanks trimmed.
fn scalar_at(text: &str, pos: usize, stops: &[u8]) -> (usize, usize) {
    let b = text.as_bytes();
    match b.get(pos) {
        Some(b'"') => {
            let mut i = pos + 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            (pos, (i + 1).min(b.len()))
        }
        Some(b'\'') => {
            let mut i = pos + 1;
            while i < b.len() {
                if b[i] == b'\'' {
                    if b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i += 1;
            }
            (pos, (i + 1).min(b.len()))
        }
        _ => {
            let mut i = pos;
            while i < b.len() && !stops.contains(&b[i]) && b[i] != b'\n' {
                i += 1;
            }
            let end = pos + text[pos..i].trim_end().len();
            (pos, end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_flow_and_block_label_values() {
        let t = "  - { code: male, en: Male, th: ผู้ชาย }    # note\n";
        let s = t.find('{').unwrap();
        let (a, b) = label_span(t, s, "th").unwrap();
        assert_eq!(&t[a..b], "ผู้ชาย");
        let (a, b) = label_span(t, s, "en").unwrap();
        assert_eq!(&t[a..b], "Male");
        let t = "  - { code: x, en: \"a, b\", th: 'it''s' }\n";
        let s = t.find('{').unwrap();
        let (a, b) = label_span(t, s, "en").unwrap();
        assert_eq!(&t[a..b], "\"a, b\"");
        let (a, b) = label_span(t, s, "th").unwrap();
        assert_eq!(&t[a..b], "'it''s'");
        let t = "options:\n  - code: x\n    en: Label one   # c\n    th: ไทย\n  - code: y\n    en: Two\n";
        let s = t.find("code: x").unwrap();
        let (a, b) = label_span(t, s, "en").unwrap();
        assert_eq!(&t[a..b], "Label one");
        let (a, b) = label_span(t, s, "th").unwrap();
        assert_eq!(&t[a..b], "ไทย");
        assert_eq!(label_span(t, s, "fr"), None);
    }
}
