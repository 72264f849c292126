//! Questions the rules expect against the questionnaires Child Shield sends.
//!
//! Per questionnaire code that the documents hold:
//! - a rule whose text is not sent, with an unmatched sent text similar to it, is a changed
//!   question: the finding proposes the sent text, and its edit replaces the text on the rule's
//!   line;
//! - a rule whose text is not sent, with nothing similar sent, is a question not seen;
//! - a sent text that no rule reads is unmatched (informational; many questions are not mapped),
//!   with the nearest rule's text. Questionnaires that no rule reads are left out.
//!
//! Similarity is by character (Thai has no spaces between words).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{Edit, Finding, FindingKind, round, similarity};

/// One question a rule reads: where the rule is, and the text it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedQuestion {
    pub questionnaire_code: String,
    /// The group (`groupDescription`) the question sits in, when the rule names one.
    pub group: Option<String>,
    pub text: String,
    /// The spec file, as named in the source map.
    pub file: String,
    /// 1-based line of the rule (where the text is written).
    pub line: usize,
}

/// One question a document holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ObservedQuestion {
    pub questionnaire_code: String,
    pub group: Option<String>,
    pub text: String,
}

/// A sent text is taken for a rule's changed text from this similarity up.
pub const MIN_SIMILARITY: f64 = 0.6;

/// Documents nest at most this deep before we stop looking (HIS person responses are ~8).
const MAX_DEPTH: usize = 32;

/// Every question of every questionnaire in the documents (objects with `questionnaire_code` and
/// `questionsList`, anywhere), texts trimmed, each once, in order.
pub fn observed_questions(docs: &[Value]) -> Vec<ObservedQuestion> {
    let mut out = BTreeSet::new();
    for d in docs {
        walk(d, 0, &mut out);
    }
    out.into_iter().collect()
}

fn walk(v: &Value, depth: usize, out: &mut BTreeSet<ObservedQuestion>) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(o) => {
            if let (Some(code), Some(list)) = (
                o.get("questionnaire_code").and_then(Value::as_str),
                o.get("questionsList").and_then(Value::as_array),
            ) {
                questions_of(code, None, list, out);
            }
            for x in o.values() {
                walk(x, depth + 1, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                walk(x, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn questions_of(
    code: &str,
    group: Option<&str>,
    list: &[Value],
    out: &mut BTreeSet<ObservedQuestion>,
) {
    for q in list {
        if let Some(text) = q.get("question").and_then(Value::as_str) {
            out.insert(ObservedQuestion {
                questionnaire_code: code.to_string(),
                group: group.map(str::to_string),
                text: text.trim().to_string(),
            });
        }
        if let Some(inner) = q.get("groupQuestionsList").and_then(Value::as_array) {
            let g = q.get("groupDescription").and_then(Value::as_str);
            questions_of(code, g, inner, out);
        }
    }
}

pub(super) fn compare(
    expected: &[ExpectedQuestion],
    observed: &[ObservedQuestion],
) -> Vec<Finding> {
    let mut sent: BTreeMap<&str, Vec<&ObservedQuestion>> = BTreeMap::new();
    for o in observed {
        sent.entry(o.questionnaire_code.as_str())
            .or_default()
            .push(o);
    }
    let mut out = Vec::new();
    for (code, qs) in &sent {
        let rules: Vec<&ExpectedQuestion> = expected
            .iter()
            .filter(|e| e.questionnaire_code == *code)
            .collect();
        if rules.is_empty() {
            // A questionnaire no rule reads: nothing expected, no line to point at.
            continue;
        }
        let sent_texts: BTreeSet<&str> = qs.iter().map(|q| q.text.as_str()).collect();
        let rule_texts: BTreeSet<&str> = rules.iter().map(|r| r.text.trim()).collect();
        let mut unmatched: Vec<&&ObservedQuestion> = qs
            .iter()
            .filter(|q| !rule_texts.contains(q.text.as_str()))
            .collect();
        // A text sent in two groups is one question here.
        let mut once = BTreeSet::new();
        unmatched.retain(|q| once.insert(q.text.as_str()));
        let unseen: Vec<&str> = rule_texts
            .iter()
            .copied()
            .filter(|t| !sent_texts.contains(t))
            .collect();
        let pairs = pair(&rules, &unseen, &unmatched);
        let mut proposed = BTreeSet::new();
        for r in &rules {
            let text = r.text.trim();
            if sent_texts.contains(text) {
                continue;
            }
            let at = (r.file.as_str(), r.line);
            let finding = match pairs.get(text) {
                Some((sim, new)) => {
                    proposed.insert(*new);
                    let mut f = Finding::new(FindingKind::QuestionChanged, at, code, &r.text);
                    f.old = Some(r.text.clone());
                    f.new = Some((*new).to_string());
                    f.similarity = Some(round(*sim));
                    f.group = r.group.clone();
                    f
                }
                None => {
                    let mut f = Finding::new(FindingKind::QuestionNotSeen, at, code, &r.text);
                    f.group = r.group.clone();
                    f
                }
            };
            out.push(finding);
        }
        for q in unmatched {
            if proposed.contains(q.text.as_str()) {
                continue;
            }
            let nearest = rules
                .iter()
                .map(|r| (similarity(r.text.trim(), &q.text), *r))
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let (file, line) = nearest.map_or(("", 0), |(_, r)| (r.file.as_str(), r.line));
            let mut f = Finding::new(FindingKind::QuestionUnmatched, (file, line), code, &q.text);
            f.group = q.group.clone();
            if let Some((sim, r)) = nearest {
                f.old = Some(r.text.clone());
                f.similarity = Some(round(sim));
            }
            out.push(f);
        }
    }
    out
}

/// Pairs each rule text that is not sent with at most one unmatched sent text, and each sent
/// text with at most one rule text: the most similar pairs first (from [`MIN_SIMILARITY`] up),
/// in the same group when both name one. Rules that share a text share its pair.
fn pair<'a>(
    rules: &[&ExpectedQuestion],
    unseen: &[&'a str],
    unmatched: &[&&'a ObservedQuestion],
) -> BTreeMap<&'a str, (f64, &'a str)> {
    let group_of = |t: &str| {
        rules
            .iter()
            .find(|r| r.text.trim() == t)
            .and_then(|r| r.group.as_deref())
    };
    let mut candidates = Vec::new();
    for t in unseen {
        let g = group_of(t);
        for q in unmatched {
            if g.is_some() && q.group.is_some() && q.group.as_deref() != g {
                continue;
            }
            let sim = similarity(t, &q.text);
            if sim >= MIN_SIMILARITY {
                candidates.push((sim, *t, q.text.as_str()));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)).then(a.2.cmp(b.2)));
    let mut out = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for (sim, rule, sent) in candidates {
        if out.contains_key(rule) || taken.contains(sent) {
            continue;
        }
        taken.insert(sent);
        out.insert(rule, (sim, sent));
    }
    out
}

/// The edit for a changed question: every occurrence of the old text on the rule's line,
/// when the new text can be written there as it is (no quote, backslash or line break, which
/// would need escaping in the expression or YAML scalar around it).
pub fn question_edits(text: &str, file: &str, line: usize, old: &str, new: &str) -> Vec<Edit> {
    if new.contains(['"', '\'', '\\', '\n', '\r']) || old.is_empty() {
        return Vec::new();
    }
    let Some(start) = line_start(text, line) else {
        return Vec::new();
    };
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    text[start..end]
        .match_indices(old)
        .map(|(i, _)| Edit {
            file: file.to_string(),
            start: start + i,
            end: start + i + old.len(),
            old: old.to_string(),
            new: new.to_string(),
        })
        .collect()
}

fn line_start(text: &str, line: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    if line == 1 {
        return Some(0);
    }
    text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
}
