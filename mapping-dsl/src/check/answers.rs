//! `answers:` rows of questionnaire tables as field rules: a row's field at a week is an
//! `answer:` rule reading that row's question at that week. A field named by rows of two tables
//! reads the table that the other's `fallback_for` names first (the first answered one wins).

use super::questionnaire::Tables;
use crate::diag::{Diagnostic, codes::Code};
use crate::source::FileId;
use crate::spec::de::{Code as Week, OrderedMap};
use crate::spec::questionnaire::{AnswerRef, QuestionnaireDecl, RowFields};
use crate::spec::transform::{Rule, RuleLong};
use crate::yaml::{Sp, did_you_mean, span_of};

/// The question key of the `n`th row (0-based) of a table's `answers:`.
pub fn row_key(n: usize) -> String {
    format!("#{}", n + 1)
}

/// One field a row fills at one week.
struct Use<'a> {
    table: &'a str,
    fallback_for: Option<&'a str>,
    key: String,
    week: Sp<Week>,
    field: &'a Sp<String>,
}

fn located<T>(value: T, at: &Sp<String>) -> Sp<T> {
    Sp {
        value,
        referenced: at.referenced,
        defined: at.defined,
    }
}

/// The fields every table row fills, in file order.
fn uses<'a>(
    file: FileId,
    decls: &'a OrderedMap<String, Sp<QuestionnaireDecl>>,
    tables: &Tables,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Use<'a>> {
    let mut out = Vec::new();
    for (name, d) in &decls.entries {
        let d = &d.value;
        let Some(table) = tables.0.iter().find(|t| t.name == name.value) else {
            continue;
        };
        let fallback_for = d.fallback_for.as_ref().and_then(|f| {
            if f.value != name.value && decls.entries.iter().any(|(n, _)| n.value == f.value) {
                return Some(f.value.as_str());
            }
            let others = decls.entries.iter().map(|(n, _)| n.value.as_str());
            let mut e = Diagnostic::error(
                Code::UnknownQuestion,
                format!("`fallback_for: {}` names no other table", f.value),
            )
            .with_primary(span_of(file, f), "not another questionnaire table");
            if let Some(h) = did_you_mean(&f.value, others.filter(|o| *o != name.value)) {
                e = e.with_hint(h);
            }
            diags.push(e);
            None
        });
        let rows = d.answers.iter().flat_map(|b| b.value.rows.iter());
        for (n, (_, fields)) in rows.enumerate() {
            let key = row_key(n);
            // A row of a block with an unknown group or form was reported with its table.
            if !table.questions.iter().any(|q| q.key == key) {
                continue;
            }
            let mut push = |week: Sp<Week>, field: &'a Sp<String>| {
                out.push(Use {
                    table: &name.value,
                    fallback_for,
                    key: key.clone(),
                    week,
                    field,
                });
            };
            match fields {
                RowFields::Weeks(ws) => ws.entries.iter().for_each(|(w, f)| push(w.clone(), f)),
                RowFields::One(f) => match d.weeks.entries.as_slice() {
                    [(w, _)] => push(located(w.value.clone(), f), f),
                    _ => diags.push(
                        Diagnostic::error(
                            Code::UnknownQuestion,
                            format!("say which week of `{}` fills `{}`", name.value, f.value),
                        )
                        .with_primary(span_of(file, f), "which week?")
                        .with_hint(format!(
                            "`{{ WEEK: {} }}`: the table has several weeks",
                            f.value
                        )),
                    ),
                },
            }
        }
    }
    out
}

/// The `answer:` rules of every table's `answers:` rows, one per target field. Two tables'
/// rows naming one field are merged when one table is the other's `fallback_for` (and the
/// weeks agree); otherwise both rules stay and the field is reported as written twice.
pub fn rules(
    file: FileId,
    decls: &OrderedMap<String, Sp<QuestionnaireDecl>>,
    tables: &Tables,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Sp<String>, Sp<Rule>)> {
    let mut merged: Vec<Vec<Use<'_>>> = Vec::new();
    for u in uses(file, decls, tables, diags) {
        let into = merged.iter_mut().find(|m| {
            let first = &m[0];
            first.field.value == u.field.value
                && first.week.value == u.week.value
                && m.iter().all(|x| x.table != u.table)
                && (u.fallback_for == Some(first.table) || first.fallback_for == Some(u.table))
        });
        match into {
            Some(m) if m[0].fallback_for == Some(u.table) => m.insert(0, u),
            Some(m) => m.push(u),
            None => merged.push(vec![u]),
        }
    }
    merged
        .into_iter()
        .map(|m| {
            let at = m[0].field;
            let refs = m
                .iter()
                .map(|u| located(format!("{}.{}", u.table, u.key), u.field))
                .collect();
            let rule = RuleLong {
                answer: Some(located(AnswerRef(refs), at)),
                week: Some(m[0].week.clone()),
                ..RuleLong::default()
            };
            (at.clone(), located(Rule::Long(Box::new(rule)), at))
        })
        .collect()
}
