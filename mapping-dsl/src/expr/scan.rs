//! A pre-scan that runs before pest: it rejects what would make the recursive parser (or the
//! recursive checker and evaluator) use unbounded stack — too long, too deeply nested — and
//! reports unclosed strings, bad escapes and unbalanced brackets with better spans than pest's
//! generic "expected …" would give.

use crate::diag::{Diagnostic, codes::Code};
use crate::source::Span;

/// The longest expression accepted, in bytes. Real expressions are a few hundred bytes.
pub const MAX_LEN: usize = 64 * 1024;
/// The deepest nesting of brackets, the most `if`s and the longest run of `!`/`-` accepted.
pub const MAX_NESTING: usize = 32;

type Map<'a> = &'a dyn Fn(usize, usize) -> Span;

pub(crate) fn prescan(text: &str, map: Map<'_>) -> Result<(), Diagnostic> {
    if text.len() > MAX_LEN {
        return Err(Diagnostic::error(
            Code::ExprTooDeep,
            format!("the expression is {} bytes long", text.len()),
        )
        .with_primary(map(0, 0), "this expression is too long")
        .with_note(format!("expressions are limited to {MAX_LEN} bytes"))
        .with_hint("split it into several fields or simplify it"));
    }
    let b = text.as_bytes();
    // `cost` estimates how deep the parser recurses at this point: one per open bracket and
    // one per prefix operator applying to it; `run_start` is the cost before the current run
    // of `!`/`-`, restored once the operand they apply to has been seen.
    let mut open: Vec<(u8, usize, usize)> = Vec::new();
    let (mut ifs, mut prefix_run, mut cost, mut run_start) = (0usize, 0usize, 0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => {
                i = scan_string(text, i, map)?;
                (prefix_run, cost) = (0, run_start);
                continue;
            }
            b'(' | b'[' => {
                open.push((c, i, run_start));
                cost += 1;
                (prefix_run, run_start) = (0, cost);
                if open.len() > MAX_NESTING {
                    return Err(too_deep(map(i, i + 1), "brackets"));
                }
                if cost > 2 * MAX_NESTING {
                    return Err(too_deep(
                        map(i, i + 1),
                        "brackets and `!` / `-` operators around each other",
                    ));
                }
                i += 1;
                continue;
            }
            b')' | b']' => {
                let want = if c == b')' { b'(' } else { b'[' };
                match open.pop() {
                    Some((o, _, saved)) if o == want => {
                        (cost, run_start, prefix_run) = (saved, saved, 0)
                    }
                    Some((o, at, _)) => {
                        return Err(Diagnostic::error(
                            Code::UnbalancedParen,
                            format!("`{}` does not close `{}`", c as char, o as char),
                        )
                        .with_primary(map(i, i + 1), format!("expected `{}` here", closer(o)))
                        .with_secondary(map(at, at + 1), "this bracket is still open"));
                    }
                    None => {
                        return Err(Diagnostic::error(
                            Code::UnbalancedParen,
                            format!("`{}` without a matching `{}`", c as char, want as char),
                        )
                        .with_primary(map(i, i + 1), "nothing to close here"));
                    }
                }
            }
            b'!' | b'-' if b.get(i + 1) != Some(&b'=') => {
                if prefix_run == 0 {
                    run_start = cost;
                }
                prefix_run += 1;
                cost += 1;
                if prefix_run > MAX_NESTING || cost > 2 * MAX_NESTING {
                    return Err(too_deep(map(i, i + 1), "`!` / `-` operators in a row"));
                }
                i += 1;
                continue;
            }
            b'i' if b.get(i + 1) == Some(&b'f')
                && !b.get(i + 2).is_some_and(|n| is_name(*n))
                && (i == 0 || !(is_name(b[i - 1]) || b[i - 1] == b'.')) =>
            {
                ifs += 1;
                if ifs > MAX_NESTING {
                    return Err(too_deep(map(i, i + 2), "`if` expressions"));
                }
            }
            _ => {}
        }
        if !c.is_ascii_whitespace() && !matches!(c, b')' | b']') {
            (prefix_run, cost) = (0, run_start);
        }
        i += 1;
    }
    if let Some((o, at, _)) = open.pop() {
        return Err(Diagnostic::error(
            Code::UnbalancedParen,
            format!("`{}` is never closed", o as char),
        )
        .with_primary(map(at, at + 1), "this bracket is never closed")
        .with_hint(format!("add `{}`", closer(o))));
    }
    Ok(())
}

fn closer(open: u8) -> char {
    if open == b'(' { ')' } else { ']' }
}

fn is_name(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn too_deep(span: Span, what: &str) -> Diagnostic {
    Diagnostic::error(Code::ExprTooDeep, "the expression is nested too deeply")
        .with_primary(span, format!("more than {MAX_NESTING} {what}"))
        .with_hint("simplify the expression or split it into several fields")
}

/// Scans the string literal opening at `start`; returns the index after its closing quote.
fn scan_string(text: &str, start: usize, map: Map<'_>) -> Result<usize, Diagnostic> {
    let b = text.as_bytes();
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'"' => return Ok(i + 1),
            b'\\' => {
                let len = escape_len(&b[i..]).ok_or_else(|| bad_escape(text, i, map))?;
                i += len;
            }
            _ => i += 1,
        }
    }
    Err(
        Diagnostic::error(Code::UnclosedString, "this string is never closed")
            .with_primary(map(start, start + 1), "the string starts here")
            .with_secondary(map(text.len(), text.len()), "the expression ends here")
            .with_hint("add a closing `\"`; write `\\\"` for a quote inside a string"),
    )
}

/// The length of the JSON escape at the start of `b` (which begins with `\`).
fn escape_len(b: &[u8]) -> Option<usize> {
    match b.get(1)? {
        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Some(2),
        b'u' if b.len() >= 6 && b[2..6].iter().all(u8::is_ascii_hexdigit) => Some(6),
        _ => None,
    }
}

pub(crate) fn bad_escape(text: &str, at: usize, map: Map<'_>) -> Diagnostic {
    let shown: String = text[at..]
        .chars()
        .take(if text[at..].starts_with("\\u") { 6 } else { 2 })
        .collect();
    let end = at + shown.len();
    Diagnostic::error(
        Code::BadEscape,
        format!("invalid escape `{shown}` in a string"),
    )
    .with_primary(map(at, end), "not a valid escape")
    .with_note("valid escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
    .with_hint("write `\\\\` for a backslash")
}
