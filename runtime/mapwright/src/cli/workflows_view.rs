//! Text views of the run history for `mapwright history` and `mapwright show`.

use std::fmt::Write;

use crate::store::stats::is_problem;
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

/// What `show` lists beyond its summary.
#[derive(Debug, Clone, Default)]
pub struct Detail {
    /// `None`: no record list; `Some(None)`: every record; `Some(Some(o))`: records with outcome
    /// `o` only.
    pub records: Option<Option<String>>,
    /// Every log line, not only warnings and errors.
    pub log: bool,
}

/// Failure reasons this many at most are listed in the summary (the most frequent first).
const REASONS: usize = 5;
/// Codes named per option set in the counters; the rest are counted.
const CODES: usize = 8;

pub fn run_detail(d: &RunDetail, detail: &Detail) -> String {
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
    records_summary(&mut out, d, detail);
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
    counters(&mut out, d);
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
    log(&mut out, d, detail.log);
    if let Some(filter) = &detail.records {
        record_list(&mut out, d, filter.as_deref());
    }
    out
}

/// Counts by outcome, then the failures grouped by reason, most frequent first.
fn records_summary(out: &mut String, d: &RunDetail, detail: &Detail) {
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for o in &d.outcomes {
        *counts.entry(o.outcome.as_str()).or_default() += 1;
    }
    let _ = writeln!(
        out,
        "\nrecords: {}{}",
        d.outcomes.len(),
        if counts.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                counts
                    .iter()
                    .map(|(k, v)| format!("{v} {k}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    let reasons = crate::store::stats::group_reasons(&d.outcomes);
    for r in reasons.iter().take(REASONS) {
        let _ = writeln!(out, "  {} {}: {}", r.count, r.outcome, r.reason);
    }
    if reasons.len() > REASONS {
        let _ = writeln!(out, "  … and {} other reasons", reasons.len() - REASONS);
    }
    if detail.records.is_none() && !d.outcomes.is_empty() {
        let hint = if counts.keys().any(|o| is_problem(o)) {
            "--records failed"
        } else {
            "--records"
        };
        let _ = writeln!(out, "  (list them with {hint})");
    }
}

/// The records, failures first, optionally only those with one outcome.
fn record_list(out: &mut String, d: &RunDetail, only: Option<&str>) {
    let mut list: Vec<_> = d
        .outcomes
        .iter()
        .filter(|o| only.is_none_or(|w| o.outcome == w))
        .collect();
    list.sort_by_key(|o| !is_problem(&o.outcome));
    let _ = writeln!(
        out,
        "\nrecords{}: {}",
        only.map(|o| format!(" {o}")).unwrap_or_default(),
        list.len()
    );
    for o in list {
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
}

/// A counted code as shown: the empty code is named, not left blank.
fn code(c: &str) -> String {
    if c.is_empty() {
        "(empty)".into()
    } else {
        format!("`{c}`")
    }
}

/// The transform counters: unknown codes grouped per option set (the most frequent named), the
/// other kinds one line each.
fn counters(out: &mut String, d: &RunDetail) {
    if d.counters.is_empty() {
        return;
    }
    let _ = writeln!(out, "\ntransform counters:");
    for g in crate::store::stats::group_unknown_codes(&d.counters) {
        let (transform, set, codes, times) = (&g.transform, &g.set, &g.codes, g.total);
        let named: Vec<String> = codes
            .iter()
            .take(CODES)
            .map(|(c, n)| format!("{} ×{n}", code(c)))
            .collect();
        let more = codes.len().saturating_sub(CODES);
        let _ = writeln!(
            out,
            "  {transform:<40} {times:>7}  unknown codes in `{set}`: {} code{}: {}{}",
            codes.len(),
            if codes.len() == 1 { "" } else { "s" },
            named.join(", "),
            if more > 0 {
                format!(", and {more} more")
            } else {
                String::new()
            }
        );
    }
    for c in d.counters.iter().filter(|c| c.kind != "unknown_code") {
        let what = match c.kind.as_str() {
            "coercion" => format!("coercion {} at {}", c.detail, c.subject),
            "unmatched_question" => {
                format!("{} question no rule reads: {}", c.subject, c.detail)
            }
            "missing_question" => format!("{} lacks the question: {}", c.subject, c.detail),
            "missing_label" => format!(
                "code {} of `{}` written without a label",
                code(&c.detail),
                c.subject
            ),
            other => format!("{other} {} {}", c.subject, c.detail),
        };
        let _ = writeln!(out, "  {:<40} {:>7}  {what}", c.transform, c.count);
    }
}

/// The run's log: warnings and errors, or every line with `--log`.
fn log(out: &mut String, d: &RunDetail, all: bool) {
    let shown: Vec<_> = d
        .logs
        .iter()
        .filter(|l| all || !matches!(l.level.as_str(), "info" | "debug" | "trace"))
        .collect();
    let hidden = d.logs.len() - shown.len();
    let _ = writeln!(
        out,
        "\nlog{}:",
        if hidden > 0 {
            format!(" ({hidden} info lines not shown; --log shows them)")
        } else {
            String::new()
        }
    );
    for l in shown {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CounterRow;

    /// Run 1 of workflow `w`, ended with `status` a second after it started, nothing counted.
    fn summary(status: &str) -> RunSummary {
        RunSummary {
            id: 1,
            workflow: "w".into(),
            trigger: "manual".into(),
            status: status.into(),
            exit_code: Some(i64::from(status != "success")),
            started_at: "2026-01-01T00:00:00.000Z".into(),
            finished_at: Some("2026-01-01T00:00:01.000Z".into()),
            input_id: None,
            retry_of: None,
            error: None,
            question_drift: 0,
            unknown_codes: 0,
        }
    }

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
                unknown_codes: 7,
                ..summary("success")
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
        let text = run_detail(&d, &Detail::default());
        assert!(text.contains("needs attention: 7 unknown codes"), "{text}");
        assert!(text.contains("transform counters:"), "{text}");
        assert!(
            text.contains("unknown codes in `gender`: 1 code: `x` ×7"),
            "{text}"
        );
        assert!(text.contains("coercion string_to_int at age"), "{text}");
        assert!(
            text.contains("code `other` of `gender` written without a label"),
            "{text}"
        );
    }

    #[test]
    fn attention_names_what_was_counted() {
        let mut r = summary("success");
        assert_eq!(r.attention(), None);
        r.question_drift = 2;
        assert_eq!(r.attention().as_deref(), Some("2 questionnaire drift"));
        r.unknown_codes = 3;
        assert_eq!(
            r.attention().as_deref(),
            Some("2 questionnaire drift, 3 unknown codes")
        );
    }

    fn run_with(outcomes: &[(&str, &str, Option<&str>)], counters: Vec<CounterRow>) -> RunDetail {
        RunDetail {
            run: summary("failed"),
            steps: vec![],
            logs: vec![
                crate::store::LogRow {
                    at: "t".into(),
                    level: "info".into(),
                    step: None,
                    message: "page 1 read".into(),
                },
                crate::store::LogRow {
                    at: "t".into(),
                    level: "warn".into(),
                    step: None,
                    message: "slow answer".into(),
                },
            ],
            outcomes: outcomes
                .iter()
                .map(|(record, outcome, reason)| crate::store::OutcomeRow {
                    record: (*record).into(),
                    outcome: (*outcome).into(),
                    step: None,
                    reason: reason.map(str::to_owned),
                })
                .collect(),
            counters,
            outputs: vec![],
        }
    }

    #[test]
    fn show_summarises_failures_by_reason_and_lists_records_only_when_asked() {
        let d = run_with(
            &[
                ("r1", "created", None),
                ("r2", "failed", Some("national id missing")),
                ("r3", "skipped", Some("keep")),
                ("r4", "failed", Some("national id missing")),
                ("r5", "failed", Some("HTTP 500")),
            ],
            vec![],
        );
        let text = run_detail(&d, &Detail::default());
        assert!(
            text.contains("records: 5 (1 created, 3 failed, 1 skipped)"),
            "{text}"
        );
        let two = text.find("  2 failed: national id missing").expect(&text);
        let one = text.find("  1 failed: HTTP 500").expect(&text);
        assert!(two < one, "the most frequent reason first:\n{text}");
        assert!(text.contains("(list them with --records failed)"), "{text}");
        assert!(!text.contains("r1"), "no record list by default:\n{text}");
        assert!(
            text.contains("slow answer") && !text.contains("page 1 read"),
            "{text}"
        );
        assert!(text.contains("1 info lines not shown"), "{text}");

        let failed = Detail {
            records: Some(Some("failed".into())),
            log: true,
        };
        let text = run_detail(&d, &failed);
        assert!(text.contains("records failed: 3"), "{text}");
        assert!(
            text.contains("r2") && text.contains("r5") && !text.contains("r3 "),
            "{text}"
        );
        assert!(
            text.contains("page 1 read"),
            "--log shows every line:\n{text}"
        );

        let all = Detail {
            records: Some(None),
            log: false,
        };
        let text = run_detail(&d, &all);
        let list = &text[text.find("records: 5\n").expect(&text)..];
        let first_ok = list.find("r1").expect(list);
        assert!(
            list.find("r2").expect(list) < first_ok,
            "failures first:\n{list}"
        );
    }

    #[test]
    fn unknown_codes_are_grouped_per_option_set_and_the_empty_code_is_named() {
        let row = |set: &str, code: &str, count: u64| CounterRow {
            transform: "w1".into(),
            kind: "unknown_code".into(),
            subject: set.into(),
            detail: code.into(),
            count,
        };
        let mut counters: Vec<CounterRow> = (0..12)
            .map(|i| row("locations", &format!("TH{i:02}"), 1))
            .collect();
        counters.push(row("locations", "TH99", 5));
        counters.push(row("gender", "", 2));
        let text = run_detail(&run_with(&[], counters), &Detail::default());
        assert!(
            text.contains("17  unknown codes in `locations`: 13 codes: `TH99` ×5, `TH00` ×1"),
            "{text}"
        );
        assert!(text.contains(", and 5 more"), "{text}");
        assert!(
            text.contains("unknown codes in `gender`: 1 code: (empty) ×2"),
            "{text}"
        );
        assert_eq!(
            text.lines()
                .filter(|l| l.contains("unknown codes in"))
                .count(),
            2,
            "one line per option set:\n{text}"
        );
    }
}
