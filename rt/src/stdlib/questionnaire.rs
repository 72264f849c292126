//! Questionnaire answers (`questionnaires:` tables and `answer:` rules): finding a question by
//! its text in a Child Shield `questionsList` and reading its answer. Shared by the interpreter
//! and generated code, like every stdlib function.
//!
//! A `questionsList` holds questions (`{question, answersList}`) and groups
//! (`{groupDescription, groupQuestionsList: [questions]}`). A question is found:
//! - in a named group: in the first group whose `groupDescription` is exactly the group text,
//!   the first question whose trimmed text is the question text;
//! - without a group: the first top-level question whose text is exactly the question text, if
//!   it has an `answersList`; else, over the groups in order, the first question (trimmed text)
//!   of a group that has an `answersList`.
//!
//! An `answersList` is either free text or a list of `{answer, score, checked}`.

use serde_json::Value;

use super::json::{list_of, text_or_number, wrong};
use super::{convert, text};
use crate::ErrorKind;

/// Where one answer is looked for: a questionnaire's `questionsList` (null when the
/// questionnaire is absent), the group (its `groupDescription`), and the question text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'r, 's> {
    pub questions: Option<&'r Value>,
    pub group: Option<&'s str>,
    pub text: &'s str,
}

fn field<'r>(v: &'r Value, name: &str) -> Option<&'r Value> {
    v.get(name).filter(|x| !x.is_null())
}

fn is_text(v: Option<&Value>, t: &str) -> bool {
    matches!(v, Some(Value::String(s)) if s == t)
}

/// Whether the question `q`'s trimmed text is `t` (a question text that is not text fails).
fn trimmed_is(q: &Value, t: &str) -> Result<bool, ErrorKind> {
    match field(q, "question") {
        None => Ok(false),
        Some(Value::String(s)) => Ok(super::fns::trim::call(Some(s)) == Some(t)),
        Some(other) => Err(wrong("text", other)),
    }
}

/// The first question of `list` (a list, or null) whose trimmed text is `t`.
fn find_trimmed<'r>(list: Option<&'r Value>, t: &str) -> Result<Option<&'r Value>, ErrorKind> {
    let Some(items) = list.map(list_of).transpose()?.flatten() else {
        return Ok(None);
    };
    for q in items {
        if trimmed_is(q, t)? {
            return Ok(Some(q));
        }
    }
    Ok(None)
}

/// The question `src` names, if the questionnaire has it.
pub fn question<'r>(src: &Source<'r, '_>) -> Result<Option<&'r Value>, ErrorKind> {
    let Some(items) = src.questions.map(list_of).transpose()?.flatten() else {
        return Ok(None);
    };
    if let Some(g) = src.group {
        let group = items
            .iter()
            .find(|it| is_text(field(it, "groupDescription"), g));
        return find_trimmed(group.and_then(|x| field(x, "groupQuestionsList")), src.text);
    }
    let top = items
        .iter()
        .find(|it| is_text(field(it, "question"), src.text));
    if let Some(q) = top.filter(|q| field(q, "answersList").is_some()) {
        return Ok(Some(q));
    }
    for it in items {
        if let Some(q) = find_trimmed(field(it, "groupQuestionsList"), src.text)?
            && field(q, "answersList").is_some()
        {
            return Ok(Some(q));
        }
    }
    Ok(None)
}

/// The score of the checked answer of `q`.
fn checked_score(q: &Value) -> Result<Option<&Value>, ErrorKind> {
    let Some(answers) = field(q, "answersList").map(list_of).transpose()?.flatten() else {
        return Ok(None);
    };
    Ok(answers
        .iter()
        .find(|a| matches!(field(a, "checked"), Some(Value::Bool(true))))
        .and_then(|a| field(a, "score")))
}

/// The first source's value that is not null.
fn first_of<'r, T>(
    sources: &[Source<'r, '_>],
    mut f: impl FnMut(&'r Value) -> Result<Option<T>, ErrorKind>,
) -> Result<Option<T>, ErrorKind> {
    for s in sources {
        if let Some(q) = question(s)?
            && let Some(v) = f(q)?
        {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `form: score`: the score of the checked answer (null when none is checked).
pub fn score<'r>(sources: &[Source<'r, '_>]) -> Result<Option<&'r Value>, ErrorKind> {
    first_of(sources, checked_score)
}

/// `form: count_score`: `"<number of answers>:<score of the checked one>"`, for scales whose
/// meaning depends on how many answers the question offers (`"3:1"`, `"5:1"`).
pub fn count_score(sources: &[Source<'_, '_>]) -> Result<Option<String>, ErrorKind> {
    first_of(sources, |q| {
        let Some(s) = checked_score(q)? else {
            return Ok(None);
        };
        let n = match field(q, "answersList") {
            Some(Value::Array(a)) => text::len_list(Some(a.len())),
            Some(v) => text::len(super::json::text_of(v)?),
            None => 0,
        };
        let s = super::json::text_of(s)?;
        Ok(Some(super::fns::concat::call(&[
            Some(&convert::int_to_string(n)),
            Some(":"),
            s,
        ])))
    })
}

/// `form: text`: a free-text answer (null when empty).
pub fn free_text<'r>(sources: &[Source<'r, '_>]) -> Result<Option<&'r Value>, ErrorKind> {
    first_of(sources, |q| {
        Ok(field(q, "answersList").filter(|a| !super::nulls::is_empty(Some(*a))))
    })
}

/// `form: number`: the whole number a free-text answer starts with, read as the legacy job's
/// `parseInt` did (`"40-45"` is 40, `"30.5"` is 30); null when it does not start with one.
pub fn leading_number(sources: &[Source<'_, '_>]) -> Result<Option<i64>, ErrorKind> {
    first_of(sources, |q| {
        let t = match field(q, "answersList") {
            Some(a) => text_or_number(a)?,
            None => None,
        };
        Ok(super::fns::leading_int::call(t.as_deref()))
    })
}

/// Whether `q` is a question (not a group) and its text (trimmed).
fn question_text(q: &Value) -> Option<&str> {
    match field(q, "question") {
        Some(Value::String(s)) => Some(s.trim()),
        _ => None,
    }
}

/// Every question of a `questionsList`: `(group description, trimmed question text)`, in
/// order. Drift counting compares these with the texts a questionnaire table expects.
pub fn questions_of(questions: Option<&Value>) -> Vec<(Option<&str>, &str)> {
    let mut out = Vec::new();
    let Some(Value::Array(items)) = questions else {
        return out;
    };
    for it in items {
        if let Some(t) = question_text(it) {
            out.push((None, t));
        }
        if let Some(Value::Array(g)) = field(it, "groupQuestionsList") {
            let desc = match field(it, "groupDescription") {
                Some(Value::String(s)) => Some(s.as_str()),
                _ => None,
            };
            out.extend(g.iter().filter_map(question_text).map(|t| (desc, t)));
        }
    }
    out
}

/// Drift of one questionnaire instance against what its table expects (`(group, text)`, the
/// group's `groupDescription` or none): counts every question of the input that no expected
/// question matches, and every expected question the input lacks. A question outside a group
/// in the table matches the same text anywhere; texts compare trimmed. With `fail`, the first
/// unmatched question fails the record instead. `ignored` texts are known and not read: never
/// counted. Nothing is counted for an absent questionnaire.
pub fn drift(
    questions: Option<&Value>,
    expected: &[(Option<&str>, &str)],
    ignored: &[&str],
    fail: bool,
    code: &str,
    counters: &crate::Counters,
) -> Result<(), ErrorKind> {
    if questions.is_none_or(Value::is_null) {
        return Ok(());
    }
    let found = questions_of(questions);
    let matches = |e: &(Option<&str>, &str), f: &(Option<&str>, &str)| {
        e.1.trim() == f.1 && (e.0.is_none() || e.0 == f.0)
    };
    for f in &found {
        if !expected.iter().any(|e| matches(e, f)) && !ignored.iter().any(|i| i.trim() == f.1) {
            if fail {
                return Err(ErrorKind::Function {
                    function: "questionnaire".into(),
                    reason: format!("{code} has a question no rule reads: {}", f.1),
                });
            }
            counters.unmatched_question(code, f.1);
        }
    }
    for e in expected {
        if !found.iter().any(|f| matches(e, f)) {
            counters.missing_question(code, e.1.trim());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn src<'r>(
        q: &'r Value,
        group: Option<&'static str>,
        text: &'static str,
    ) -> Source<'r, 'static> {
        Source {
            questions: Some(q),
            group,
            text,
        }
    }

    fn answers(score: &str, n: usize) -> Value {
        let mut v: Vec<Value> = (0..n)
            .map(|i| json!({"answer": format!("a{i}"), "score": i.to_string(), "checked": false}))
            .collect();
        v.push(json!({"answer": "x", "score": score, "checked": true}));
        Value::Array(v)
    }

    #[test]
    fn top_level_exact_text_before_groups() {
        let q = json!([
            {"groupDescription": "G", "groupQuestionsList": [{"question": " 1. Q ", "answersList": answers("2", 1)}]},
            {"question": "1. Q", "answersList": answers("1", 2)},
        ]);
        assert_eq!(score(&[src(&q, None, "1. Q")]).unwrap(), Some(&json!("1")));
        // A top-level text that differs only by spaces does not match; the group (trimmed) does.
        let q2 = json!([{"question": " 1. Q", "answersList": answers("1", 2)},
            {"groupDescription": "G", "groupQuestionsList": [{"question": "1. Q ", "answersList": answers("2", 1)}]}]);
        assert_eq!(score(&[src(&q2, None, "1. Q")]).unwrap(), Some(&json!("2")));
    }

    #[test]
    fn named_group_and_forms() {
        let q = json!([
            {"groupDescription": "A", "groupQuestionsList": [{"question": "1. Q", "answersList": answers("9", 0)}]},
            {"groupDescription": "B", "groupQuestionsList": [{"question": "1. Q", "answersList": answers("4", 2)},
                {"question": "age", "answersList": "40-45 ปี"}, {"question": "why", "answersList": ""}]},
        ]);
        assert_eq!(
            score(&[src(&q, Some("B"), "1. Q")]).unwrap(),
            Some(&json!("4"))
        );
        assert_eq!(
            count_score(&[src(&q, Some("B"), "1. Q")])
                .unwrap()
                .as_deref(),
            Some("3:4")
        );
        assert_eq!(
            leading_number(&[src(&q, Some("B"), "age")]).unwrap(),
            Some(40)
        );
        assert_eq!(free_text(&[src(&q, Some("B"), "why")]).unwrap(), None);
        assert_eq!(score(&[src(&q, Some("C"), "1. Q")]).unwrap(), None);
        // The first source with an answer wins.
        let none = Value::Null;
        let both = [src(&none, None, "1. Q"), src(&q, Some("A"), "1. Q")];
        assert_eq!(score(&both).unwrap(), Some(&json!("9")));
    }

    #[test]
    fn malformed_lists_fail_instead_of_guessing() {
        let q = json!({"question": "not a list"});
        assert!(score(&[src(&q, None, "x")]).is_err());
        let q = json!([{"groupDescription": "G", "groupQuestionsList": [{"question": 3}]}]);
        assert!(score(&[src(&q, Some("G"), "x")]).is_err());
    }

    #[test]
    fn drift_counts_unmatched_and_missing_questions_or_fails() {
        let q = json!([{"question": "1. ใช้ฝ่ามือตี "}, {"question": "2. same"},
            {"groupDescription": "G", "groupQuestionsList": [{"question": "3. grouped"}]}]);
        let expected = [
            (None, "1. ใช้ฝ่ามือฟาด"),
            (None, "2. same"),
            (Some("G"), "3. grouped"),
        ];
        let c = crate::Counters::default();
        drift(Some(&q), &expected, &[], false, "CC", &c).unwrap();
        let m = c.snapshot();
        let key = |t: &str| ("CC".to_owned(), t.to_owned());
        assert_eq!(m.unmatched_questions.get(&key("1. ใช้ฝ่ามือตี")), Some(&1));
        assert_eq!(m.missing_questions.get(&key("1. ใช้ฝ่ามือฟาด")), Some(&1));
        assert_eq!(m.unmatched_questions.len() + m.missing_questions.len(), 2);
        let e = drift(Some(&q), &expected, &["9. other"], true, "CC", &c).unwrap_err();
        assert!(e.to_string().contains("1. ใช้ฝ่ามือตี"), "{e}");
        // An absent questionnaire is no drift.
        let c = crate::Counters::default();
        drift(None, &expected, &[], true, "CC", &c).unwrap();
        assert_eq!(c.snapshot(), crate::CounterMaps::default());
    }

    #[test]
    fn lists_every_question_with_its_group() {
        let q = json!([{"question": " a "}, {"groupDescription": "G", "groupQuestionsList": [{"question": "b"}]}]);
        assert_eq!(questions_of(Some(&q)), vec![(None, "a"), (Some("G"), "b")]);
    }
}
