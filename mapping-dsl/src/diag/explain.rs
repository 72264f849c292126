//! `mapwright explain CODE`: one page per diagnostic code, kept as Markdown in
//! `src/diag/explain/*.md` (one file per range) so the CLI, the docs and the tests share them.
//!
//! A page starts with `# CODE: summary`. Its examples are fenced YAML blocks whose info string
//! names the role and the file: ```` ```yaml broken file=transforms/t.yaml ````. Broken files are
//! laid over the small clean deployment of `base.md`; fixed files are laid over base + broken.
//! The test in `tests/it/explain.rs` checks every page against the checker.

use super::codes::Code;

const RANGES: &[&str] = &[
    include_str!("explain/e0.md"),
    include_str!("explain/e1.md"),
    include_str!("explain/e2.md"),
    include_str!("explain/e3.md"),
    include_str!("explain/e4.md"),
    include_str!("explain/e5.md"),
    include_str!("explain/w6.md"),
];

/// The deployment every example is laid over, as a page of YAML blocks.
pub const BASE: &str = include_str!("explain/base.md");

/// The role of an example file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Broken,
    Fixed,
}

/// One example file of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFile {
    pub role: Role,
    /// Relative to the deployment root: `transforms/t.yaml`.
    pub path: String,
    pub text: String,
}

/// The code a user typed: `E401`, `e401`, `401` is not accepted (the letter says the range).
pub fn lookup(text: &str) -> Option<Code> {
    let t = text.trim();
    Code::ALL
        .iter()
        .copied()
        .find(|c| c.as_str().eq_ignore_ascii_case(t))
}

/// The page of `code`, from its `# CODE` heading to the next page's heading.
pub fn page(code: Code) -> Option<&'static str> {
    let head = format!("# {}:", code.as_str());
    RANGES.iter().find_map(|range| {
        let start = find_heading(range, &head)?;
        let rest = &range[start..];
        let end = rest[1..]
            .match_indices("\n# ")
            .map(|(i, _)| i + 2)
            .next()
            .unwrap_or(rest.len());
        Some(rest[..end].trim_end())
    })
}

fn find_heading(text: &str, head: &str) -> Option<usize> {
    if text.starts_with(head) {
        return Some(0);
    }
    text.find(&format!("\n{head}")).map(|i| i + 1)
}

/// Every code with its one-line summary, then how to read a page.
pub fn index() -> String {
    let mut out = String::from(
        "Diagnostic codes (`mapwright explain CODE` shows a page: what it means, a broken \
         example, the error it gives, and the fix):\n\n",
    );
    for c in Code::ALL {
        let sev = match c.default_severity() {
            super::Severity::Error => "error",
            super::Severity::Warning => "warning",
        };
        out.push_str(&format!("  {}  {:<7}  {}\n", c.as_str(), sev, c.summary()));
    }
    out.push_str(
        "\nThe examples are small files laid over the deployment shown by \
         `mapwright explain base`.\n",
    );
    out
}

/// The example files of a page (or of [`BASE`], whose blocks carry no role and read as fixed).
pub fn examples(page: &str) -> Vec<ExampleFile> {
    let mut out = Vec::new();
    let mut current: Option<ExampleFile> = None;
    for line in page.split_inclusive('\n') {
        if let Some(ex) = current.as_mut() {
            if line.trim_end() == "```" {
                out.extend(current.take());
            } else {
                ex.text.push_str(line);
            }
            continue;
        }
        let Some(info) = line.trim_end().strip_prefix("```yaml") else {
            continue;
        };
        let mut role = Role::Fixed;
        let mut path = None;
        for word in info.split_whitespace() {
            match word {
                "broken" => role = Role::Broken,
                "fixed" => role = Role::Fixed,
                w => {
                    if let Some(p) = w.strip_prefix("file=") {
                        path = Some(p.to_owned());
                    }
                }
            }
        }
        if let Some(path) = path {
            current = Some(ExampleFile {
                role,
                path,
                text: String::new(),
            });
        }
    }
    out
}

/// The `text` blocks of a page: what the checker prints for the broken example.
pub fn outputs(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in page.split_inclusive('\n') {
        match current.as_mut() {
            Some(t) if line.trim_end() == "```" => {
                out.push(std::mem::take(t));
                current = None;
            }
            Some(t) => t.push_str(line),
            None if line.trim_end() == "```text" => current = Some(String::new()),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case_and_spaces() {
        assert_eq!(lookup(" e401 "), Some(Code::MissingLabel));
        assert_eq!(lookup("W604"), Some(Code::EmptyLabel));
        assert_eq!(lookup("401"), None);
        assert_eq!(lookup("E999"), None);
    }

    #[test]
    fn a_page_stops_at_the_next_heading() {
        let p = page(Code::MissingLabel).expect("E401 has a page");
        assert!(p.starts_with("# E401:"), "{p}");
        assert!(!p.contains("# E402:"), "{p}");
    }

    #[test]
    fn the_base_is_a_deployment() {
        let files = examples(BASE);
        assert!(files.iter().any(|f| f.path.starts_with("schemas/")));
        assert!(files.iter().all(|f| f.role == Role::Fixed));
    }
}
