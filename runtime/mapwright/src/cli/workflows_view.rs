//! Text views of the run history for `mapwright history` and `mapwright show`.

use std::fmt::Write;

use crate::store::{RunDetail, RunSummary};

/// Duration between two RFC 3339 timestamps, as `1.234s`.
fn took(start: &str, end: Option<&str>) -> String {
    let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
    match (parse(start), end.and_then(parse)) {
        (Some(a), Some(b)) => format!("{:.3}s", (b - a).num_milliseconds() as f64 / 1000.0),
        _ => "-".into(),
    }
}

pub fn history_table(runs: &[RunSummary]) -> String {
    let mut out = String::new();
    if runs.is_empty() {
        out.push_str("no runs\n");
        return out;
    }
    let w = runs
        .iter()
        .map(|r| r.workflow.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let _ = writeln!(
        out,
        "{:>5}  {:<w$}  {:<8}  {:<9}  {:>4}  {:<24}  {:>9}",
        "RUN", "WORKFLOW", "TRIGGER", "STATUS", "EXIT", "STARTED", "TOOK"
    );
    for r in runs {
        let _ = writeln!(
            out,
            "{:>5}  {:<w$}  {:<8}  {:<9}  {:>4}  {:<24}  {:>9}",
            r.id,
            r.workflow,
            r.trigger,
            r.status,
            r.exit_code
                .map(|c| c.to_string())
                .unwrap_or_else(|| "-".into()),
            r.started_at,
            took(&r.started_at, r.finished_at.as_deref()),
        );
    }
    out
}

/// Outcomes listed in full up to this many; beyond, only the non-delivered ones are listed.
const LIST_ALL_UP_TO: usize = 50;

pub fn run_detail(d: &RunDetail) -> String {
    let mut out = String::new();
    let r = &d.run;
    let _ = writeln!(out, "run {}  {}  ({})", r.id, r.workflow, r.trigger);
    let _ = writeln!(
        out,
        "status {}  exit {}  started {}  took {}",
        r.status,
        r.exit_code
            .map(|c| c.to_string())
            .unwrap_or_else(|| "-".into()),
        r.started_at,
        took(&r.started_at, r.finished_at.as_deref())
    );
    if let Some(p) = r.retry_of {
        let _ = writeln!(out, "retry of run {p}");
    }
    if let Some(a) = r.attention() {
        let _ = writeln!(
            out,
            "needs attention: {a} (the counters below name each question and code)"
        );
    }
    if let Some(e) = &r.error {
        let _ = writeln!(out, "error: {e}");
    }
    let _ = writeln!(out, "\nsteps:");
    for s in &d.steps {
        let _ = writeln!(
            out,
            "  {:<20} attempt {}  {:<8} {:>9}{}",
            s.step,
            s.attempt,
            s.status,
            took(&s.started_at, s.finished_at.as_deref()),
            s.error
                .as_deref()
                .map(|e| format!("  {e}"))
                .unwrap_or_default()
        );
    }
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for o in &d.outcomes {
        *counts.entry(o.outcome.as_str()).or_default() += 1;
    }
    let _ = writeln!(
        out,
        "\nrecords: {} ({})",
        d.outcomes.len(),
        counts
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let all = d.outcomes.len() <= LIST_ALL_UP_TO;
    for o in d
        .outcomes
        .iter()
        .filter(|o| all || !matches!(o.outcome.as_str(), "created" | "updated" | "skipped"))
    {
        let _ = writeln!(
            out,
            "  {:<38} {:<9} {}{}",
            o.record,
            o.outcome,
            o.step
                .as_deref()
                .map(|s| format!("at {s}"))
                .unwrap_or_default(),
            o.reason
                .as_deref()
                .map(|x| format!(": {x}"))
                .unwrap_or_default()
        );
    }
    if !d.counters.is_empty() {
        let _ = writeln!(out, "\ntransform counters:");
        for c in &d.counters {
            let what = match c.kind.as_str() {
                "unknown_code" => format!("unknown code `{}` in `{}`", c.detail, c.subject),
                "coercion" => format!("coercion {} at {}", c.detail, c.subject),
                "unmatched_question" => {
                    format!("{} question no rule reads: {}", c.subject, c.detail)
                }
                "missing_question" => {
                    format!("{} lacks the question: {}", c.subject, c.detail)
                }
                "missing_label" => {
                    format!(
                        "code `{}` of `{}` written without a label",
                        c.detail, c.subject
                    )
                }
                other => format!("{other} {} {}", c.subject, c.detail),
            };
            let _ = writeln!(out, "  {:<40} {:>7}  {what}", c.transform, c.count);
        }
    }
    if !d.outputs.is_empty() {
        let kept: Vec<String> = d
            .outputs
            .iter()
            .map(|o| match &o.note {
                Some(n) => format!("{} ({n})", o.step),
                None if !o.ok => format!("{} (its error)", o.step),
                None => format!("{} ({} bytes)", o.step, o.bytes),
            })
            .collect();
        let _ = writeln!(out, "\nstep outputs kept for a retry: {}", kept.join(", "));
    }
    let _ = writeln!(out, "\nlog:");
    for l in &d.logs {
        let _ = writeln!(
            out,
            "  {} {:<5} {}{}",
            l.at,
            l.level,
            l.step
                .as_deref()
                .map(|s| format!("[{s}] "))
                .unwrap_or_default(),
            l.message
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CounterRow;

    /// The counters the engine test `transform_counters_are_kept_with_the_run_and_shown` stores, as `show`
    /// prints them.
    #[test]
    fn show_prints_transform_counters() {
        let row = |kind: &str, subject: &str, detail: &str| CounterRow {
            transform: "t_count".into(),
            kind: kind.into(),
            subject: subject.into(),
            detail: detail.into(),
            count: 7,
        };
        let d = RunDetail {
            run: RunSummary {
                id: 1,
                workflow: "w".into(),
                trigger: "manual".into(),
                status: "success".into(),
                exit_code: Some(0),
                started_at: "2026-01-01T00:00:00.000Z".into(),
                finished_at: Some("2026-01-01T00:00:01.000Z".into()),
                input_id: None,
                retry_of: None,
                error: None,
                question_drift: 0,
                unknown_codes: 7,
            },
            steps: vec![],
            logs: vec![],
            outcomes: vec![],
            counters: vec![
                row("coercion", "age", "string_to_int"),
                row("missing_label", "gender", "other"),
                row("unknown_code", "gender", "x"),
            ],
            outputs: vec![],
        };
        let text = run_detail(&d);
        assert!(text.contains("needs attention: 7 unknown codes"), "{text}");
        assert!(text.contains("transform counters:"), "{text}");
        assert!(text.contains("unknown code `x` in `gender`"), "{text}");
        assert!(text.contains("coercion string_to_int at age"), "{text}");
        assert!(
            text.contains("code `other` of `gender` written without a label"),
            "{text}"
        );
    }

    #[test]
    fn attention_names_what_was_counted() {
        let mut r = RunSummary {
            id: 1,
            workflow: "w".into(),
            trigger: "manual".into(),
            status: "success".into(),
            exit_code: Some(0),
            started_at: "2026-01-01T00:00:00.000Z".into(),
            finished_at: None,
            input_id: None,
            retry_of: None,
            error: None,
            question_drift: 0,
            unknown_codes: 0,
        };
        assert_eq!(r.attention(), None);
        r.question_drift = 2;
        assert_eq!(r.attention().as_deref(), Some("2 questionnaire drift"));
        r.unknown_codes = 3;
        assert_eq!(
            r.attention().as_deref(),
            Some("2 questionnaire drift, 3 unknown codes")
        );
    }
}
