//! `questionnaires:` tables and `answer:` rules. A table names, once, each question's text (and
//! group) of one Child Shield questionnaire and which instance each week reads; an `answer:`
//! rule reads `TABLE.QUESTION` at a week, through the question's scale. Errors are E214.

use super::exprs::Exprs;
use super::policy;
use crate::diag::{Diagnostic, codes::Code};
use crate::expr::Env;
use crate::ir::{
    Answer, AnswerForm, AnswerSource, EmptyAs, ExpectedQuestion, Expr, Questionnaire, Step, TExpr,
    UnknownCode,
};
use crate::source::{FileId, Span};
use crate::spec::de::OrderedMap;
use crate::spec::questionnaire::{AnswerRef, QuestionnaireDecl};
use crate::types::Type;
use crate::yaml::{Sp, did_you_mean, span_of};

/// A checked table.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub code: String,
    /// `(week, that week's questionsList)`.
    pub weeks: Vec<(String, TExpr)>,
    pub unknown: Option<UnknownCode>,
    /// How its absent answers are written (`absent:`, or `omit` from `unknown: omit`).
    pub absent: Option<EmptyAs>,
    pub questions: Vec<Question>,
    pub ignored: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub key: String,
    pub text: String,
    /// The group's `groupDescription`.
    pub group: Option<String>,
    pub scale: Option<(String, Span)>,
    pub form: AnswerForm,
    pub span: Span,
}

/// The transform's tables, in file order.
#[derive(Debug, Clone, Default)]
pub struct Tables(pub Vec<Table>);

impl Tables {
    /// The IR view: what each table expects to find (for drift counts and `mapwright drift`).
    pub fn to_ir(&self) -> Vec<Questionnaire> {
        self.0
            .iter()
            .map(|t| Questionnaire {
                name: t.name.clone(),
                code: t.code.clone(),
                weeks: t.weeks.clone(),
                ignored: t.ignored.clone(),
                questions: t
                    .questions
                    .iter()
                    .map(|q| ExpectedQuestion {
                        questionnaire: t.code.clone(),
                        table: t.name.clone(),
                        key: q.key.clone(),
                        group: q.group.clone(),
                        text: q.text.clone(),
                        span: q.span,
                    })
                    .collect(),
            })
            .collect()
    }
}

fn unknown_name(file: FileId, sp: &Sp<String>, what: &str, known: &[&str]) -> Diagnostic {
    let mut d = Diagnostic::error(
        Code::UnknownQuestion,
        format!("no {what} is named `{}`", sp.value),
    )
    .with_primary(span_of(file, sp), format!("unknown {what}"));
    if let Some(h) = did_you_mean(&sp.value, known.iter().copied()) {
        d = d.with_hint(h);
    } else if !known.is_empty() {
        d = d.with_note(format!("known: {}", known.join(", ")));
    }
    d
}

fn form(file: FileId, sp: &Sp<String>) -> Result<AnswerForm, Diagnostic> {
    AnswerForm::ALL
        .into_iter()
        .find(|f| f.name() == sp.value)
        .ok_or_else(|| {
            let names: Vec<&str> = AnswerForm::ALL.iter().map(|f| f.name()).collect();
            unknown_name(file, sp, "answer form", &names)
        })
}

/// A span of `inner`, or of `outer` when `inner` has none (a short form's scalar).
fn span_or(file: FileId, inner: &Sp<String>, outer: Span) -> Span {
    let s = span_of(file, inner);
    if s.start == s.end { outer } else { s }
}

/// A question's (or block's) group text and answer form; an unknown name is reported.
fn group_form(
    file: FileId,
    d: &QuestionnaireDecl,
    group: &Option<Sp<String>>,
    own_form: &Option<Sp<String>>,
    base_form: AnswerForm,
    ex: &mut Exprs<'_>,
) -> Option<(Option<String>, AnswerForm)> {
    let group = match group {
        None => None,
        Some(g) => match d.groups.entries.iter().find(|(k, _)| k.value == g.value) {
            Some((_, text)) => Some(text.value.clone()),
            None => {
                let names: Vec<&str> = d
                    .groups
                    .entries
                    .iter()
                    .map(|(k, _)| k.value.as_str())
                    .collect();
                ex.diags.push(unknown_name(file, g, "group", &names));
                return None;
            }
        },
    };
    let form = match own_form {
        Some(f) => form(file, f).map_err(|e| ex.diags.push(e)).ok()?,
        None => base_form,
    };
    Some((group, form))
}

/// Checks every table; week expressions see the lets.
pub fn tables(
    decls: &OrderedMap<String, Sp<QuestionnaireDecl>>,
    env: &Env,
    ex: &mut Exprs<'_>,
) -> Tables {
    let file = ex.file;
    let mut out = Vec::new();
    for (name, d) in &decls.entries {
        let d = &d.value;
        let unknown = d.unknown.as_ref().and_then(|c| {
            policy::unknown_rule(file, c, "unknown")
                .map_err(|e| ex.diags.push(e))
                .ok()
        });
        let absent = match &d.absent {
            Some(a) => policy::absent(file, a).map_err(|e| ex.diags.push(e)).ok(),
            None => unknown.filter(|u| u.1).map(|_| EmptyAs::Omit),
        };
        let unknown = unknown.map(|u| u.0);
        let base_form = match &d.form {
            Some(f) => form(file, f)
                .map_err(|e| ex.diags.push(e))
                .unwrap_or(AnswerForm::Score),
            None => AnswerForm::Score,
        };
        let mut weeks = Vec::new();
        for (w, e) in &d.weeks.entries {
            let Some(t) = ex.compile(e, env, false) else {
                continue;
            };
            let list_ty = match &t.ty {
                Type::Object(o) => o.get("questionsList").cloned(),
                Type::Json | Type::Null => Some(Type::Json),
                _ => None,
            };
            let Some(ty) = list_ty else {
                ex.diags.push(
                    Diagnostic::error(
                        Code::UnknownQuestion,
                        format!("week `{}` of `{}` is not a questionnaire", w.value.0, name.value),
                    )
                    .with_primary(t.span, format!("{}, without a `questionsList`", t.ty))
                    .with_hint("a week names one questionnaire: an object with `questionsList`, e.g. `let.cc_w1`"),
                );
                continue;
            };
            let span = t.span;
            weeks.push((
                w.value.0.clone(),
                TExpr {
                    kind: Expr::Access(Box::new(t), vec![Step::Field("questionsList".into())]),
                    ty,
                    span,
                },
            ));
        }
        // The table's scale maps scores; a free-text or number answer goes through a scale only
        // when the question (or its block) names one.
        let scale_of = |form: AnswerForm, own: Option<&Sp<String>>| {
            let scored = matches!(form, AnswerForm::Score | AnswerForm::CountScore);
            own.or(d.scale.as_ref().filter(|_| scored))
                .map(|s| (s.value.clone(), span_of(file, s)))
        };
        let mut questions = Vec::new();
        for (k, q) in &d.questions.entries {
            let outer = span_of(file, q);
            let q = &q.value;
            let Some((group, form)) = group_form(file, d, &q.group, &q.form, base_form, ex) else {
                continue;
            };
            questions.push(Question {
                key: k.value.clone(),
                text: q.text.value.clone(),
                group,
                scale: scale_of(form, q.scale.as_ref()),
                form,
                span: span_or(file, &q.text, outer),
            });
        }
        let mut n = 0;
        for block in &d.answers {
            let b = &block.value;
            let first = n;
            n += b.rows.len();
            let Some((group, form)) = group_form(file, d, &b.group, &b.form, base_form, ex) else {
                continue;
            };
            for (i, (text, _)) in b.rows.iter().enumerate() {
                questions.push(Question {
                    key: super::answers::row_key(first + i),
                    text: text.value.clone(),
                    group: group.clone(),
                    scale: scale_of(form, b.scale.as_ref()),
                    form,
                    span: span_or(file, text, span_of(file, block)),
                });
            }
        }
        out.push(Table {
            name: name.value.clone(),
            code: d.code.value.clone(),
            weeks,
            unknown,
            absent,
            questions,
            ignored: d.ignore.iter().map(|t| t.value.clone()).collect(),
        });
    }
    Tables(out)
}

/// A checked `answer:`: the value expression, the scale (value map) and the unknown-code policy
/// of its questions.
pub struct Checked {
    pub value: TExpr,
    pub scale: Option<(String, Span)>,
    pub unknown: Option<UnknownCode>,
    pub absent: Option<EmptyAs>,
}

/// Resolves an `answer:` (with its `week:`) against the tables.
pub fn answer(
    tables: &Tables,
    file: FileId,
    refs: &Sp<AnswerRef>,
    week: Option<&Sp<crate::spec::de::Code>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Checked> {
    let whole = span_of(file, refs);
    let names: Vec<&str> = tables.0.iter().map(|t| t.name.as_str()).collect();
    let mut sources = Vec::new();
    let mut shape: Option<(AnswerForm, Option<(String, Span)>)> = None;
    let mut unknown = None;
    let mut absent = None;
    if refs.value.0.is_empty() {
        diags.push(
            Diagnostic::error(Code::BadRule, "`answer:` names no question")
                .with_primary(whole, "empty"),
        );
        return None;
    }
    for r in &refs.value.0 {
        let rspan = span_or(file, r, whole);
        let (tname, qname) = r.value.split_once('.').unwrap_or((&r.value, ""));
        let Some(table) = tables.0.iter().find(|t| t.name == tname) else {
            let mut d = Diagnostic::error(
                Code::UnknownQuestion,
                format!("no questionnaire table is named `{tname}`"),
            )
            .with_primary(rspan, "unknown questionnaire table")
            .with_note("`answer:` is `TABLE.QUESTION`, a table of `questionnaires:`");
            if let Some(h) = did_you_mean(tname, names.iter().copied()) {
                d = d.with_hint(h);
            }
            diags.push(d);
            return None;
        };
        let Some(q) = table.questions.iter().find(|q| q.key == qname) else {
            let keys: Vec<&str> = table.questions.iter().map(|q| q.key.as_str()).collect();
            let mut d = Diagnostic::error(
                Code::UnknownQuestion,
                format!("the questionnaire table `{tname}` has no question `{qname}`"),
            )
            .with_primary(rspan, "unknown question");
            if let Some(h) = did_you_mean(qname, keys) {
                d = d.with_hint(h);
            }
            diags.push(d);
            return None;
        };
        let wk = match (week, table.weeks.as_slice()) {
            (Some(w), _) => table.weeks.iter().find(|(n, _)| *n == w.value.0),
            (None, [one]) => Some(one),
            (None, _) => None,
        };
        let Some((_, questions)) = wk else {
            let known: Vec<&str> = table.weeks.iter().map(|(n, _)| n.as_str()).collect();
            let at = week.map_or(rspan, |w| span_of(file, w));
            diags.push(
                Diagnostic::error(
                    Code::UnknownQuestion,
                    match week {
                        Some(w) => format!("the table `{tname}` has no week `{}`", w.value.0),
                        None => format!("say which week of `{tname}`: `week:`"),
                    },
                )
                .with_primary(at, "which questionnaire?")
                .with_note(format!("weeks of `{tname}`: {}", known.join(", "))),
            );
            return None;
        };
        match &shape {
            None => shape = Some((q.form, q.scale.clone())),
            Some((f, s))
                if *f == q.form && s.as_ref().map(|x| &x.0) == q.scale.as_ref().map(|x| &x.0) => {}
            Some(_) => {
                diags.push(
                    Diagnostic::error(
                        Code::BadRule,
                        "the questions of one `answer:` must share their form and scale",
                    )
                    .with_primary(rspan, "differs from the first one"),
                );
                return None;
            }
        }
        unknown = unknown.or(table.unknown);
        absent = absent.or(table.absent);
        sources.push(AnswerSource {
            questions: questions.clone(),
            group: q.group.clone(),
            text: q.text.clone(),
        });
    }
    let (form, scale) = shape?;
    Some(Checked {
        value: TExpr {
            kind: Expr::Answer(Box::new(Answer { form, sources })),
            ty: form.ty(),
            span: whole,
        },
        scale,
        unknown,
        absent,
    })
}

impl super::rules::Rules<'_> {
    /// An `answer:` rule: the answer, through its questions' scale when they have one.
    pub(super) fn answer(
        &mut self,
        l: &crate::spec::transform::RuleLong,
    ) -> Option<(crate::ir::ValueRule, Type, Option<EmptyAs>)> {
        let file = self.ex.file;
        let refs = l.answer.as_ref()?;
        let c = answer(
            &self.tables,
            file,
            refs,
            l.week.as_ref(),
            &mut self.ex.diags,
        )?;
        self.ex.note_uses(&c.value);
        let unknown = match &l.unknown {
            Some(u) => {
                policy::unknown_rule(file, u, "unknown")
                    .map_err(|d| self.err(d))
                    .ok()?
                    .0
            }
            None => c.unknown.unwrap_or(self.unknown),
        };
        let (v, t) = match c.scale {
            Some((scale, span)) => self.map_through(&scale, span, Some(c.value), Some(unknown))?,
            None => {
                let ty = c.value.ty.clone();
                (crate::ir::ValueRule::Expr(c.value), ty)
            }
        };
        Some((v, t, c.absent))
    }
}
