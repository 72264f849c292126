//! Where each character of a scalar's value sits in the file, so that an error inside an
//! expression underlines the exact token in the YAML line, through quotes, escapes, line folding
//! and block indentation.
//!
//! We re-decode the scalar from the raw text (plain, single-quoted, double-quoted, literal `|`,
//! folded `>`) and record the file offset of every decoded character. When our decoding does not
//! reproduce the value the parser gave (an exotic form), every position maps to the whole node:
//! the underline is wider, never wrong.

use crate::source::{FileId, Span};

/// Byte offsets in the value -> byte offsets in the file.
#[derive(Debug, Clone)]
pub struct ScalarOffsets {
    /// `offs[i]` is the file offset of value byte `i`; `offs[value.len()]` is the end.
    offs: Vec<u32>,
    /// `ends[i]` is the file offset just past the raw text of value byte `i`.
    ends: Vec<u32>,
    /// The whole node, for the fallback.
    node: (u32, u32),
    exact: bool,
}

impl ScalarOffsets {
    /// The file span of value bytes `start..end`.
    pub fn span(&self, file: FileId, start: usize, end: usize) -> Span {
        if !self.exact || self.offs.is_empty() {
            return Span::new(file, self.node.0 as usize, self.node.1 as usize);
        }
        let last = self.offs.len() - 1;
        let s = self.offs[start.min(last)] as usize;
        let e = if end > start {
            self.ends[(end - 1).min(last.saturating_sub(1))] as usize
        } else {
            s
        };
        Span::new(file, s, e.max(s))
    }

    /// Whether the decoding matched the parser's value (every position is exact).
    pub fn is_exact(&self) -> bool {
        self.exact
    }
}

/// Offsets for the scalar `value` whose node starts at byte `start` of `text` and is `len` bytes
/// long (as serde-saphyr reports it).
pub fn expr_offsets(text: &str, start: usize, len: usize, value: &str) -> ScalarOffsets {
    let start = start.min(text.len());
    let end = (start + len).min(text.len());
    let node = (
        start as u32,
        end.max(start + 1).min(text.len().max(start)) as u32,
    );
    let decoded = match block_header(text, start) {
        Some(h) => block(text, h),
        None => match text.as_bytes().get(start) {
            Some(b'"') => quoted(text, start, true),
            Some(b'\'') => quoted(text, start, false),
            Some(b'|') | Some(b'>') => block(text, start),
            _ => plain(&text[start..end], start),
        },
    };
    let got: String = decoded.iter().map(|(c, _)| *c).collect();
    let exact = got == value || got.trim_end_matches('\n') == value.trim_end_matches('\n');
    if !exact {
        return ScalarOffsets {
            offs: Vec::new(),
            ends: Vec::new(),
            node,
            exact: false,
        };
    }
    let mut offs = Vec::with_capacity(value.len() + 1);
    let mut ends = Vec::with_capacity(value.len() + 1);
    for (i, (c, raw)) in decoded.iter().enumerate() {
        let raw_is_same = text[*raw..].starts_with(*c);
        // An escape (`\"`) ends where the next decoded character starts, if that is close.
        let _ = i;
        let end = raw
            + if raw_is_same {
                c.len_utf8()
            } else {
                escape_len(&text[*raw..])
            };
        for b in 0..c.len_utf8() {
            offs.push((raw + if raw_is_same { b } else { 0 }) as u32);
            ends.push(if raw_is_same {
                (raw + b + 1) as u32
            } else {
                end as u32
            });
        }
        if offs.len() >= value.len() {
            break;
        }
    }
    let tail = decoded.last().map_or(start, |(c, r)| r + c.len_utf8());
    offs.truncate(value.len());
    ends.truncate(value.len());
    while offs.len() < value.len() {
        offs.push(tail as u32);
        ends.push(tail as u32);
    }
    offs.push(tail as u32);
    ScalarOffsets {
        offs,
        ends,
        node,
        exact: true,
    }
}

/// serde-saphyr spans a block scalar from its first content character: when only blank lines and
/// indentation separate `start` from a `|` / `>` header, returns the header's offset.
fn block_header(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before[line_start..].chars().all(is_ws) {
        return None;
    }
    let mut end = line_start.checked_sub(1)?;
    loop {
        let ls = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[ls..end];
        let line = match line.find(" #") {
            Some(i) => &line[..i],
            None => line,
        };
        let t = line.trim_end();
        if t.trim().is_empty() {
            end = ls.checked_sub(1)?;
            continue;
        }
        let tok_start = t.rfind([' ', '\t']).map_or(0, |i| i + 1);
        let tok = &t[tok_start..];
        let ok = tok.starts_with(['|', '>'])
            && tok[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '+' || c == '-');
        return ok.then_some(ls + tok_start);
    }
}

/// Raw length of what produced one decoded character: an escape, `''`, or one character.
fn escape_len(raw: &str) -> usize {
    let mut it = raw.chars();
    match (it.next(), it.next()) {
        (Some('\\'), Some('x')) => 4,
        (Some('\\'), Some('u')) => 6,
        (Some('\\'), Some('U')) => 10,
        (Some('\\'), Some(c)) => 1 + c.len_utf8(),
        (Some('\''), Some('\'')) => 2,
        (Some(c), _) => c.len_utf8(),
        _ => 0,
    }
}

type Decoded = Vec<(char, usize)>;

fn is_ws(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Drops trailing white space that came from raw white space (before a line break).
fn trim_raw_ws(out: &mut Decoded, text: &str) {
    while let Some((c, r)) = out.last() {
        if is_ws(*c) && text[*r..].starts_with(*c) {
            out.pop();
        } else {
            break;
        }
    }
}

/// Plain scalar: lines folded, leading white space of continuation lines dropped.
fn plain(raw: &str, base: usize) -> Decoded {
    let mut out = Decoded::new();
    let mut lines = raw.split('\n').peekable();
    let mut offset = base;
    let mut first = true;
    let mut pending_breaks = 0usize;
    while let Some(line) = lines.next() {
        let content = if first {
            line
        } else {
            line.trim_start_matches(is_ws)
        };
        let lead = line.len() - content.len();
        let content_trimmed = content.trim_end_matches(is_ws);
        if !first && content_trimmed.is_empty() && lines.peek().is_some() {
            pending_breaks += 1;
            offset += line.len() + 1;
            continue;
        }
        if !first && !content_trimmed.is_empty() {
            let at = offset.saturating_sub(1);
            if pending_breaks == 0 {
                out.push((' ', at));
            }
            for _ in 0..pending_breaks {
                out.push(('\n', at));
            }
            pending_breaks = 0;
        }
        for (i, c) in content_trimmed.char_indices() {
            out.push((c, offset + lead + i));
        }
        first = false;
        offset += line.len() + 1;
    }
    out
}

/// Single- or double-quoted scalar starting at the quote.
fn quoted(text: &str, start: usize, double: bool) -> Decoded {
    let mut out = Decoded::new();
    let mut it = text[start + 1..]
        .char_indices()
        .map(|(i, c)| (start + 1 + i, c))
        .peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '\'' if !double => {
                if let Some(&(_, '\'')) = it.peek() {
                    it.next();
                    out.push(('\'', i));
                } else {
                    break;
                }
            }
            '"' if double => break,
            '\\' if double => {
                let Some((_, e)) = it.next() else { break };
                let simple = match e {
                    '0' => Some('\0'),
                    'a' => Some('\u{7}'),
                    'b' => Some('\u{8}'),
                    't' | '\t' => Some('\t'),
                    'n' => Some('\n'),
                    'v' => Some('\u{b}'),
                    'f' => Some('\u{c}'),
                    'r' => Some('\r'),
                    'e' => Some('\u{1b}'),
                    ' ' => Some(' '),
                    '"' => Some('"'),
                    '/' => Some('/'),
                    '\\' => Some('\\'),
                    'N' => Some('\u{85}'),
                    '_' => Some('\u{a0}'),
                    'L' => Some('\u{2028}'),
                    'P' => Some('\u{2029}'),
                    _ => None,
                };
                if let Some(s) = simple {
                    out.push((s, i));
                    continue;
                }
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    'U' => 8,
                    '\n' => {
                        while let Some(&(_, w)) = it.peek() {
                            if is_ws(w) {
                                it.next();
                            } else {
                                break;
                            }
                        }
                        continue;
                    }
                    _ => return Decoded::new(),
                };
                let mut v = 0u32;
                for _ in 0..digits {
                    let Some((_, h)) = it.next() else {
                        return Decoded::new();
                    };
                    v = v * 16 + h.to_digit(16).unwrap_or(0);
                }
                out.push((char::from_u32(v).unwrap_or('\u{fffd}'), i));
            }
            '\n' => {
                trim_raw_ws(&mut out, text);
                let mut breaks = 0usize;
                loop {
                    while let Some(&(_, w)) = it.peek() {
                        if is_ws(w) {
                            it.next();
                        } else {
                            break;
                        }
                    }
                    if let Some(&(_, '\n')) = it.peek() {
                        it.next();
                        breaks += 1;
                    } else {
                        break;
                    }
                }
                if breaks == 0 {
                    out.push((' ', i));
                }
                for _ in 0..breaks {
                    out.push(('\n', i));
                }
            }
            _ => out.push((c, i)),
        }
    }
    out
}

/// Block scalar (`|` or `>`) starting at the indicator.
fn block(text: &str, start: usize) -> Decoded {
    let folded = text.as_bytes()[start] == b'>';
    let Some(nl) = text[start..].find('\n') else {
        return Decoded::new();
    };
    let header = &text[start + 1..start + nl];
    let explicit = header
        .chars()
        .find(|c| c.is_ascii_digit())
        .and_then(|c| c.to_digit(10))
        .map(|d| d as usize);
    let body_start = start + nl + 1;
    // Lines of the block: until a non-empty line indented less than the content.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut indent: Option<usize> = None;
    let mut off = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let l = line.trim_end_matches('\n').trim_end_matches('\r');
        let lead = l.len() - l.trim_start_matches(' ').len();
        let blank = l.trim().is_empty();
        if !blank {
            let n = *indent.get_or_insert_with(|| explicit.map_or(lead, |e| e.min(lead).max(1)));
            if lead < n {
                break;
            }
        }
        lines.push((off, l));
        off += line.len();
    }
    let n = indent.unwrap_or(0);
    while lines.last().is_some_and(|(_, l)| l.trim().is_empty()) {
        lines.pop();
    }
    let mut out = Decoded::new();
    let mut prev_normal = false;
    let mut breaks = 0usize;
    for (idx, (o, l)) in lines.iter().enumerate() {
        let content = if l.len() >= n { &l[n..] } else { "" };
        let blank = l.trim().is_empty();
        if blank {
            breaks += 1;
            continue;
        }
        let normal = !content.starts_with([' ', '\t']);
        if idx > 0 {
            let at = o.saturating_sub(1);
            if folded && prev_normal && normal {
                if breaks == 0 {
                    out.push((' ', at));
                }
                for _ in 0..breaks {
                    out.push(('\n', at));
                }
            } else {
                for _ in 0..=breaks {
                    out.push(('\n', at));
                }
            }
        }
        breaks = 0;
        for (i, c) in content.char_indices() {
            out.push((c, o + n + i));
        }
        prev_normal = normal;
    }
    out
}
