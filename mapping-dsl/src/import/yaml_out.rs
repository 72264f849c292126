//! Writing YAML scalars: plain when that is unambiguous (and readable for Thai text), else
//! double-quoted with JSON escapes (a JSON string is a valid YAML double-quoted scalar).

/// A scalar safe in block and flow context (inside `{ … }`).
pub fn scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

pub fn quoted(s: &str) -> String {
    // serde_json never fails on a &str.
    serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""))
}

/// A comment line's text: one line, no control characters.
pub(super) fn comment_text(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn is_plain_safe(s: &str) -> bool {
    if s.is_empty() || s.trim() != s {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    const RESERVED: [&str; 12] = [
        "true", "false", "null", "~", "yes", "no", "on", "off", "y", "n", ".nan", ".inf",
    ];
    if RESERVED.contains(&lower.as_str()) || looks_numeric(s) {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "-?:,[]{}#&*!|>'\"%@`=.+".contains(first) {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    !s.chars()
        .any(|c| c.is_control() || ",[]{}\"'\\".contains(c))
}

fn looks_numeric(s: &str) -> bool {
    let t = s.trim_start_matches(['+', '-']);
    !t.is_empty()
        && (t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '_' || c == 'e' || c == 'E')
            && t.chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == '.'))
        || t.starts_with("0x")
        || t.starts_with("0o")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_quoted() {
        assert_eq!(scalar("male"), "male");
        assert_eq!(scalar("ผู้ชาย"), "ผู้ชาย");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("true"), "\"true\"");
        assert_eq!(scalar("024"), "\"024\"");
        assert_eq!(scalar("1e5"), "\"1e5\"");
        assert_eq!(scalar("a, b"), "\"a, b\"");
        assert_eq!(scalar("x: y"), "\"x: y\"");
        assert_eq!(scalar("ประเทศไทย:กรุงเทพมหานคร"), "ประเทศไทย:กรุงเทพมหานคร");
        assert_eq!(scalar(" lead"), "\" lead\"");
        assert_eq!(scalar("say \"hi\""), "\"say \\\"hi\\\"\"");
    }
}
