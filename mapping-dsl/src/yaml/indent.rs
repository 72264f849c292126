//! Indentation in plain words: when the parser gives up (E003) or a key lands at the wrong
//! level (E006), say which line is indented how much, against the lines above.

use crate::source::{FileId, Span};

/// One non-blank, non-comment line: where it starts, its indentation, its text after it.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    indent: usize,
    body: &'a str,
}

impl Line<'_> {
    /// The column a block under a `- ` item starts at.
    fn inner(&self) -> Option<usize> {
        self.body
            .strip_prefix("- ")
            .map(|r| self.indent + 2 + (r.len() - r.trim_start().len()))
    }

    /// The text before a trailing comment.
    fn code(&self) -> &str {
        match self.body.find(" #") {
            Some(i) => self.body[..i].trim_end(),
            None => self.body.trim_end(),
        }
    }

    /// `key:` with nothing after it: a block follows.
    fn opens_block(&self) -> bool {
        self.code().ends_with(':')
    }

    /// A block scalar (`|`, `>-`) or an unclosed flow (`{`, `[`) continues on the next lines.
    fn continues(&self) -> bool {
        let c = self.code();
        let last = c.rsplit(' ').next().unwrap_or("");
        matches!(last, "|" | "|-" | "|+" | ">" | ">-" | ">+")
            || c.matches(['{', '[']).count() > c.matches(['}', ']']).count()
    }
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let body = line.trim_start_matches(' ');
        if !body.is_empty() && !body.starts_with('#') {
            out.push(Line {
                start,
                indent: line.len() - body.len(),
                body,
            });
        }
        start += raw.len();
    }
    out
}

/// The index of the content line holding byte `at` (or the last one before it).
fn line_at(lines: &[Line<'_>], at: usize) -> Option<usize> {
    lines.iter().rposition(|l| l.start <= at)
}

fn spaces(n: usize) -> String {
    if n == 1 {
        "1 space".to_owned()
    } else {
        format!("{n} spaces")
    }
}

/// After a YAML syntax error at byte `at`: the line (the error's, or the one before it) whose
/// indentation fits no block above, and "this line is indented 3 spaces; the lines above use 2".
pub fn misindented(file: FileId, text: &str, at: usize) -> Option<(Span, String)> {
    let all = lines(text);
    let e = line_at(&all, at)?;
    for c in [e, e.saturating_sub(1)] {
        if c == 0 {
            continue;
        }
        let (cur, prev) = (all[c], all[c - 1]);
        if prev.continues() || prev.opens_block() && cur.indent > prev.indent {
            continue;
        }
        // The indentations a line may have here: the line above's, its `- ` item's block, and
        // every enclosing block's.
        let mut valid = vec![prev.indent];
        valid.extend(prev.inner());
        let mut min = prev.indent;
        for l in all[..c - 1].iter().rev() {
            if l.indent < min {
                min = l.indent;
                valid.push(l.indent);
                valid.extend(l.inner().filter(|i| *i <= prev.indent));
            }
        }
        if valid.contains(&cur.indent) {
            continue;
        }
        let nearest = valid
            .iter()
            .copied()
            .min_by_key(|v| (v.abs_diff(cur.indent), *v != prev.indent))
            .unwrap_or(prev.indent);
        let from = cur.start + cur.indent;
        let span = Span::new(file, from, from + cur.body.trim_end_matches(['\r']).len());
        let msg = format!(
            "this line is indented {}; the lines above use {}",
            spaces(cur.indent),
            nearest
        );
        return Some((span, msg));
    }
    None
}

/// After an unknown key at byte `at`: when the line above opens a block (`fields:`) and this
/// line is not indented under it, indentation is the likely cause.
pub fn dedented_block(text: &str, at: usize) -> Option<String> {
    let all = lines(text);
    let c = line_at(&all, at)?;
    let prev = *all.get(c.checked_sub(1)?)?;
    let cur = all[c];
    if !prev.opens_block() || cur.indent > prev.indent {
        return None;
    }
    let key = prev.code().trim_start_matches("- ");
    Some(format!(
        "`{key}` on the line above opens a block, but this line is not indented under it: \
         indentation is the likely cause (indent the block's lines {} deeper than `{key}`)",
        spaces(2)
    ))
}

/// After "expected a mapping / list" at byte `at`: when that line is `key:` with nothing after
/// it and the next line is not indented under it, the block lost its indentation.
pub fn empty_block(text: &str, at: usize) -> Option<String> {
    let all = lines(text);
    let c = line_at(&all, at)?;
    let (cur, next) = (all[c], *all.get(c + 1)?);
    if !cur.opens_block() || next.indent > cur.indent {
        return None;
    }
    let key = cur.code().trim_start_matches("- ");
    Some(format!(
        "the lines after `{key}` are not indented under it, so `{key}` is empty: indentation is \
         the likely cause (indent them {} deeper than `{key}`)",
        spaces(2)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_one_space_too_deep_is_named_with_both_widths() {
        let text = "option_set: r\noptions:\n  - { code: a }\n   - { code: b }\n";
        let at = text.find("   - { code: b").unwrap_or(0) + 3;
        let (span, msg) = misindented(FileId(0), text, at).expect("found");
        assert_eq!(msg, "this line is indented 3 spaces; the lines above use 2");
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "- { code: b }"
        );
    }

    #[test]
    fn a_consistent_file_has_no_culprit() {
        let text = "a:\n  b: 1\n  c:\n    - d: 1\n      e: 2\nf: 3\n";
        for at in [0, 5, 12, 20, 30] {
            assert_eq!(misindented(FileId(0), text, at), None, "at {at}");
        }
    }

    #[test]
    fn a_dedented_block_is_pointed_out() {
        let text = "transform: t\nfields:\na: age\n";
        let at = text.find("a: age").unwrap_or(0);
        let h = dedented_block(text, at).expect("hint");
        assert!(
            h.contains("`fields:` on the line above opens a block"),
            "{h}"
        );
        assert_eq!(dedented_block(text, 0), None);
    }
}
