//! Label edits in place: the [`Edit`] that sets one label of one option to a new text, at the
//! span the loader recorded for the label's value (`OptionDecl::label_at`). Only that scalar's
//! text changes; comments, quoting of the other labels and layout stay as they are, and the YAML
//! is never re-serialised. Used by `mapwright sheet import`.

use crate::drift::Edit;
use crate::import::{yaml_quoted, yaml_scalar};
use crate::spec::options::OptionDecl;
use crate::yaml::Sp;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelEditError {
    #[error(
        "the option `{code}` has no `{lang}` label, and it is not written as a one-line `{{ code: …, … }}`, so the label cannot be added in place: add `{lang}:` to the option in the YAML first"
    )]
    CannotAdd { code: String, lang: String },
    #[error(
        "the `{lang}` label of the option `{code}` is empty here: a label is removed in the YAML, not in the sheet"
    )]
    CannotRemove { code: String, lang: String },
    #[error("the loader recorded no position for the `{lang}` label of the option `{code}`")]
    NoSpan { code: String, lang: String },
}

/// The edit that makes label `lang` of `decl` read `new`, in the file `file` whose text is
/// `text`; `None` when it already does. A label written quoted stays quoted; a plain one stays
/// plain unless the new text needs quotes (`a: b`, `"hi"`, a line break, a leading space). A
/// missing label is added at the end of a one-line flow mapping (`{ code: x, en: X }`).
pub fn label_edit(
    file: &str,
    text: &str,
    decl: &Sp<OptionDecl>,
    lang: &str,
    new: &str,
) -> Result<Option<Edit>, LabelEditError> {
    let code = decl
        .value
        .code
        .as_ref()
        .map(|c| c.0.clone())
        .unwrap_or_default();
    let err_code = || code.clone();
    let Some(i) = decl.value.labels.iter().position(|(l, _)| l == lang) else {
        if new.is_empty() {
            return Ok(None);
        }
        return add_to_flow(file, text, decl, lang, new)
            .map(Some)
            .ok_or_else(|| LabelEditError::CannotAdd {
                code: err_code(),
                lang: lang.to_string(),
            });
    };
    if decl.value.labels[i].1 == new {
        return Ok(None);
    }
    if new.is_empty() {
        return Err(LabelEditError::CannotRemove {
            code,
            lang: lang.to_string(),
        });
    }
    let no_span = || LabelEditError::NoSpan {
        code: err_code(),
        lang: lang.to_string(),
    };
    let loc = decl.value.label_at.get(i).ok_or_else(no_span)?;
    let (Some(start), Some(len)) = (loc.span().byte_offset(), loc.span().byte_len()) else {
        return Err(no_span());
    };
    let (mut start, mut end) = (start as usize, (start + len) as usize);
    let mut raw = text.get(start..end).ok_or_else(no_span)?;
    let block = block_header(text, start);
    if let Some(header) = block {
        // A block scalar's span is its content, up to the next key: the edit covers the
        // header (`|`, `>-`) and the content, and the lines after it keep their line break.
        end = start + raw.trim_end().len();
        start = header;
        raw = text.get(start..end).ok_or_else(no_span)?;
    }
    let quoted_before = raw.starts_with(['"', '\'']);
    let written = if quoted_before || block.is_some() {
        yaml_quoted(new)
    } else {
        yaml_scalar(new)
    };
    Ok(Some(Edit {
        file: file.to_string(),
        start,
        end,
        old: raw.to_string(),
        new: written,
    }))
}

/// The offset of the block scalar header (`|`, `>-`, `|+2`) that the content at `start`
/// belongs to: the end of the line above, when that line's value is such a header.
fn block_header(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before[line_start..].trim().is_empty() {
        return None; // the value starts on its key's line
    }
    let above = before[..line_start].trim_end_matches(['\n', '\r']);
    let above_start = above.rfind('\n').map_or(0, |i| i + 1);
    let line = &above[above_start..];
    let (_, value) = line.split_once(": ")?;
    let value = value.trim();
    let header = value.starts_with(['|', '>'])
        && value[1..]
            .chars()
            .all(|c| matches!(c, '-' | '+' | '1'..='9'));
    header.then(|| above_start + line.trim_end().len() - value.len())
}

/// `, lang: new` before the closing brace of a one-line flow mapping.
fn add_to_flow(
    file: &str,
    text: &str,
    decl: &Sp<OptionDecl>,
    lang: &str,
    new: &str,
) -> Option<Edit> {
    let span = decl.referenced.span();
    let start = span.byte_offset()? as usize;
    let end = start + span.byte_len()? as usize;
    let node = text.get(start..end)?;
    if !node.starts_with('{') || node.contains('\n') {
        return None;
    }
    // The node may or may not include its closing brace; find it on the line.
    let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    let close = start + text.get(start..line_end)?.rfind('}')?;
    let at = start + text[start..close].trim_end().len();
    Some(Edit {
        file: file.to_string(),
        start: at,
        end: at,
        old: String::new(),
        new: format!(", {lang}: {}", yaml_scalar(new)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drift::apply_edits;
    use crate::source::FileId;
    use crate::spec::{self, SpecFile};

    fn set(text: &str) -> Box<crate::spec::options::OptionSetFile> {
        match spec::parse_file(FileId::default(), text) {
            Ok(SpecFile::OptionSet(s)) => s,
            other => panic!("not an option set: {other:?}"),
        }
    }

    /// Sets `lang` of option `i` to `new`, applies the edit, and returns the new text after
    /// checking that it parses to exactly the intended labels.
    fn edit(text: &str, i: usize, lang: &str, new: &str) -> String {
        let s = set(text);
        let e = label_edit("f.yaml", text, &s.options.value[i], lang, new)
            .unwrap()
            .expect("an edit");
        let out = apply_edits(text, &[&e]).unwrap();
        let after = set(&out);
        for (j, (b, a)) in s.options.value.iter().zip(&after.options.value).enumerate() {
            let mut want = b.value.labels.clone();
            if j == i {
                match want.iter_mut().find(|(l, _)| l == lang) {
                    Some(w) => w.1 = new.to_string(),
                    None => want.push((lang.to_string(), new.to_string())),
                }
            }
            assert_eq!(a.value.labels, want, "option {j} in\n{out}");
        }
        out
    }

    const FLOW: &str = "# head comment\noption_set: s\noptions:\n  - { code: a, en: Apple, th: แอปเปิล }   # keep me\n  - { code: b, en: \"Banana, ripe\", th: 'it''s' }\n  - { code: c, en: Cherry }\n";

    #[test]
    fn plain_quoted_and_thai_labels_change_in_place() {
        let out = edit(FLOW, 0, "en", "Green apple");
        assert_eq!(
            out,
            FLOW.replace("en: Apple,", "en: Green apple,"),
            "only the scalar changes"
        );
        let out = edit(FLOW, 0, "th", "แอปเปิ้ลเขียว");
        assert!(out.contains("th: แอปเปิ้ลเขียว }   # keep me\n"), "{out}");
        let out = edit(FLOW, 1, "en", "Banana");
        assert!(
            out.contains("en: \"Banana\", th: 'it''s'"),
            "quoted stays quoted: {out}"
        );
        let out = edit(FLOW, 1, "th", "ของ: \"เขา\"");
        assert!(out.contains(r#"th: "ของ: \"เขา\"" }"#), "{out}");
    }

    #[test]
    fn colons_commas_and_line_breaks_are_quoted() {
        let out = edit(FLOW, 0, "en", "Apple: red, sweet");
        assert!(out.contains("en: \"Apple: red, sweet\", th"), "{out}");
        let out = edit(FLOW, 0, "en", "line one\nline two");
        assert!(out.contains("en: \"line one\\nline two\", th"), "{out}");
        assert_eq!(out.lines().count(), FLOW.lines().count());
        let out = edit(FLOW, 0, "en", "true");
        assert!(out.contains("en: \"true\","), "{out}");
    }

    #[test]
    fn block_style_and_multi_line_labels() {
        let text = "option_set: s\noptions:\n  - code: a\n    en: First\n      line\n    th: |\n      สอง\n      บรรทัด\n    zh: \"one\n      two\"   # c\n  - code: b\n    en: B\n";
        let out = edit(text, 0, "en", "One line");
        assert!(out.contains("    en: One line\n    th: |\n"), "{out}");
        let out = edit(text, 0, "zh", "一");
        assert!(out.contains("    zh: \"一\"   # c\n  - code: b"), "{out}");
        let out = edit(text, 0, "th", "หนึ่ง");
        assert!(out.contains("    th: \"หนึ่ง\""), "{out}");
        assert!(out.ends_with("  - code: b\n    en: B\n"), "{out}");
    }

    #[test]
    fn a_missing_label_is_added_to_a_flow_mapping_only() {
        let out = edit(FLOW, 2, "th", "เชอร์รี่");
        assert!(
            out.contains("  - { code: c, en: Cherry, th: เชอร์รี่ }\n"),
            "{out}"
        );
        let block = "option_set: s\noptions:\n  - code: a\n    en: A\n";
        let s = set(block);
        let e = label_edit("f.yaml", block, &s.options.value[0], "th", "ก");
        assert!(matches!(e, Err(LabelEditError::CannotAdd { .. })), "{e:?}");
    }

    #[test]
    fn unchanged_is_no_edit_and_empty_is_refused() {
        let s = set(FLOW);
        let d = &s.options.value[1];
        assert_eq!(
            label_edit("f", FLOW, d, "en", "Banana, ripe").unwrap(),
            None
        );
        assert_eq!(label_edit("f", FLOW, d, "th", "it's").unwrap(), None);
        assert!(matches!(
            label_edit("f", FLOW, d, "en", ""),
            Err(LabelEditError::CannotRemove { .. })
        ));
        assert_eq!(
            label_edit("f", FLOW, &s.options.value[2], "th", "").unwrap(),
            None
        );
    }
}
