//! ADAPTER, TO BE REPLACED: the questions today's transforms expect, read from the text of their
//! expressions (`it.question == "…"` literals). The declarative questionnaire tables that are
//! coming list their questions directly; at that merge this file goes, and the caller takes the
//! list from the tables instead. Nothing else depends on how the list is made.
//!
//! How it reads a transform file: a `let:` entry whose expression holds
//! `questionnaire_code == "X"` selects questionnaire X, and a let that reads `let.NAME` of such a
//! let selects the same one (and a `groupDescription == "G"` in it names the group). Each
//! `question == "…"` literal expects its text in the questionnaire of the nearest `let.NAME`
//! before it on its line.

use std::collections::BTreeMap;

use super::ExpectedQuestion;
use crate::source::SourceMap;

/// The expected questions of every transform file of a deployment.
pub fn expected_questions(sources: &SourceMap) -> Vec<ExpectedQuestion> {
    let mut out = Vec::new();
    for (_, f) in sources.files() {
        if crate::spec::kind_of(&f.text) == Some("transform") {
            of_file(&f.name, &f.text, &mut out);
        }
    }
    out
}

#[derive(Clone)]
struct Selected {
    code: String,
    group: Option<String>,
}

fn of_file(name: &str, text: &str, out: &mut Vec<ExpectedQuestion>) {
    let mut lets: BTreeMap<String, Selected> = BTreeMap::new();
    let mut in_lets = false;
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with([' ', '#']) && !line.is_empty() {
            in_lets = line.starts_with("let:");
        }
        if in_lets && let Some((key, expr)) = let_entry(line) {
            let sel = literal_after(expr, "questionnaire_code == ")
                .map(|code| Selected { code, group: None })
                .or_else(|| first_let(expr).and_then(|l| lets.get(&l).cloned()));
            if let Some(mut sel) = sel {
                if let Some(g) = literal_after(expr, "groupDescription == ") {
                    sel.group = Some(g);
                }
                lets.insert(key.to_string(), sel);
            }
            continue;
        }
        if !line.contains("question == \"") {
            continue;
        }
        // Each literal belongs to the questionnaire of the nearest `let.NAME` before it (one
        // rule may read two questionnaires: AUQUEI_CQ2, else CQ1).
        let mut seen: Vec<(String, String)> = Vec::new();
        for (at, _) in line.match_indices("question == \"") {
            let Some(sel) = line[..at]
                .rfind("let.")
                .and_then(|l| first_let(&line[l..]))
                .and_then(|l| lets.get(&l))
            else {
                continue;
            };
            let Some(text) = literal_after(&line[at..], "question == ") else {
                continue;
            };
            if seen.iter().any(|(c, t)| *c == sel.code && *t == text) {
                continue;
            }
            seen.push((sel.code.clone(), text.clone()));
            out.push(ExpectedQuestion {
                questionnaire_code: sel.code.clone(),
                group: sel.group.clone(),
                text,
                file: name.to_string(),
                line: i + 1,
            });
        }
    }
}

/// `  name: expr` at the let indentation (two spaces).
fn let_entry(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("  ")?;
    if rest.starts_with([' ', '#']) {
        return None;
    }
    let (k, v) = rest.split_once(": ")?;
    k.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        .then_some((k, v))
}

/// The name of the first `let.NAME` in `s`.
fn first_let(s: &str) -> Option<String> {
    let i = s.find("let.")?;
    let name: String = s[i + 4..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The double-quoted literal right after the first `prefix` in `s` (no escapes in question texts).
fn literal_after(s: &str, prefix: &str) -> Option<String> {
    let i = s.find(prefix)? + prefix.len();
    let rest = s[i..].strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn reads_codes_groups_and_texts_from_todays_expressions() {
        let yaml = "transform: t\nsource: s\nlet:\n  plh: 'x'\n  cc: 'filter(let.plh, it.questionnaire_code == \"CC\")'\n  cc_w1: first(let.cc)\n  part1: 'find(let.cc_w1.questionsList, it.groupDescription == \"ส่วนที่ 1\").groupQuestionsList'\nfields:\n  a: 'find(let.cc_w1.questionsList, it.question == \"1. ถาม\").x ?? find(let.cc_w1.questionsList, trim(it.question) == \"1. ถาม\").y'\n  b: 'find(let.part1, it.question == \"2. ข้อ\").x'\n  c: 'find(let.other, it.question == \"3. no\").x'\n  d: 'coalesce(find(let.part1, it.question == \"4. เธอ\"), find(let.cc_w1.questionsList, it.question == \"4. ฉัน\"))'\n";
        let mut sources = SourceMap::default();
        sources.add(SourceFile::new("d/transforms/t.yaml", yaml));
        let got = expected_questions(&sources);
        let want = vec![
            ExpectedQuestion {
                questionnaire_code: "CC".into(),
                group: None,
                text: "1. ถาม".into(),
                file: "d/transforms/t.yaml".into(),
                line: 9,
            },
            ExpectedQuestion {
                questionnaire_code: "CC".into(),
                group: Some("ส่วนที่ 1".into()),
                text: "2. ข้อ".into(),
                file: "d/transforms/t.yaml".into(),
                line: 10,
            },
            ExpectedQuestion {
                questionnaire_code: "CC".into(),
                group: Some("ส่วนที่ 1".into()),
                text: "4. เธอ".into(),
                file: "d/transforms/t.yaml".into(),
                line: 12,
            },
            ExpectedQuestion {
                questionnaire_code: "CC".into(),
                group: None,
                text: "4. ฉัน".into(),
                file: "d/transforms/t.yaml".into(),
                line: 12,
            },
        ];
        assert_eq!(got, want);
    }
}
