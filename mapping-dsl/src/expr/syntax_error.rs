//! pest errors -> our [`Diagnostic`]: rule names become words an analyst knows ("an operator",
//! "`)`"), and the span covers the token that was found.

use pest::error::{ErrorVariant, InputLocation};

use super::parse::Rule;
use crate::diag::{Diagnostic, codes::Code};
use crate::source::Span;

/// What the parser expected, by rule, in the order they are listed in messages.
fn describe(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::expr
        | Rule::paren
        | Rule::if_expr
        | Rule::call
        | Rule::ident
        | Rule::string
        | Rule::number
        | Rule::kw_true
        | Rule::kw_false
        | Rule::kw_null
        | Rule::not
        | Rule::neg => "an expression",
        Rule::or
        | Rule::and
        | Rule::eq
        | Rule::ne
        | Rule::le
        | Rule::ge
        | Rule::lt
        | Rule::gt
        | Rule::add
        | Rule::sub
        | Rule::mul
        | Rule::div => "an operator",
        Rule::rparen => "`)`",
        Rule::rbracket => "`]`",
        Rule::comma => "`,`",
        Rule::kw_then => "`then`",
        Rule::kw_else => "`else`",
        Rule::index => "an index (0, 1, …) or a quoted name",
        Rule::name => "a field name",
        Rule::EOI => "the end of the expression",
        _ => return None,
    })
}

pub(crate) fn convert(
    text: &str,
    e: &pest::error::Error<Rule>,
    map: &dyn Fn(usize, usize) -> Span,
) -> Diagnostic {
    let pos = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let mut expected: Vec<&'static str> = Vec::new();
    if let ErrorVariant::ParsingError { positives, .. } = &e.variant {
        for r in positives {
            if let Some(d) = describe(*r)
                && !expected.contains(&d)
            {
                expected.push(d);
            }
        }
    }
    // After `.` or `[` only a step can follow, whatever else pest tried.
    match text[..pos.min(text.len())].trim_end().chars().last() {
        Some('.') => expected = vec!["a field name (or a quoted \"name\")"],
        Some('[') => expected = vec!["an index (0, 1, …) or a quoted name"],
        _ if expected.contains(&"an expression") => expected.retain(|d| *d != "a field name"),
        _ => {}
    }
    expected.sort_by_key(|d| ORDER.iter().position(|o| o == d).unwrap_or(ORDER.len()));
    let (found, end) = token_at(text, pos);
    let message = if expected.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", list(&expected))
    };
    let mut d =
        Diagnostic::error(Code::ExprSyntax, message).with_primary(map(pos, end), "unexpected here");
    if let Some(h) = hint(text, pos) {
        d = d.with_hint(h);
    }
    d
}

/// The order expectations are listed in.
const ORDER: [&str; 8] = [
    "an expression",
    "an operator",
    "`,`",
    "`)`",
    "`]`",
    "`then`",
    "`else`",
    "the end of the expression",
];

fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The token at `pos` as shown in the message, and where it ends.
fn token_at(text: &str, pos: usize) -> (String, usize) {
    let rest = &text[pos.min(text.len())..];
    let Some(first) = rest.chars().next() else {
        return ("the end of the expression".to_owned(), pos);
    };
    let len = if first.is_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len())
    } else {
        first.len_utf8()
    };
    let tok = &rest[..len];
    let shown: String = tok.chars().take(30).collect();
    (format!("`{shown}`"), pos + len)
}

/// Advice for mistakes analysts make often.
fn hint(text: &str, pos: usize) -> Option<&'static str> {
    let rest = text.get(pos..)?.trim_start();
    if rest.starts_with('=') && !rest.starts_with("==") {
        Some("compare with `==`")
    } else if rest.starts_with('\'') {
        Some("strings use double quotes: \"text\"")
    } else if rest.starts_with("and ") || rest.starts_with("or ") {
        Some("write `&&` and `||`")
    } else if rest.starts_with('-') {
        Some("a name with `-` must be quoted: a.\"weird-name\" or a[\"weird-name\"]")
    } else {
        None
    }
}
