//! `/metrics` in the Prometheus text format, written by hand: runs by workflow and status (from
//! the store, so the whole history), and since the process started: records by outcome, step
//! durations (histogram), remote call errors by status, webhook-to-run-start latency.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

use crate::store::RunId;
use crate::store::StatusCount;

/// Upper bounds (seconds) of the step-duration histogram buckets.
const BUCKETS: [f64; 10] = [0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 15.0, 60.0];

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                self.counts[i] += 1;
            }
        }
        self.count += 1;
        self.sum += secs;
    }
}

#[derive(Debug, Default)]
struct Inner {
    records: BTreeMap<(String, String), u64>,
    steps: BTreeMap<(String, String), Histogram>,
    remote_errors: BTreeMap<String, u64>,
    webhook_start: Histogram,
    run_workflow: HashMap<RunId, String>,
    attempts: HashMap<i64, (RunId, String, Instant)>,
}

/// Counters fed by the runner's run observer as the engine stores runs.
#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

/// Classifies an adaptor error text by HTTP status (`HTTP 503`, `not found`, …).
pub fn remote_status(error: &str) -> Option<String> {
    if let Some(i) = error.find("HTTP ") {
        let code: String = error[i + 5..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if code.len() == 3 {
            return Some(code);
        }
    }
    let table = [
        (": not found", "404"),
        (": unauthorized", "401"),
        (": rate limited", "429"),
        (": unprocessable", "422"),
        (": transport error", "transport"),
    ];
    table
        .iter()
        .find(|(k, _)| error.contains(k))
        .map(|(_, v)| (*v).to_owned())
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Metrics {
    pub fn run_created(&self, run: RunId, workflow: &str) {
        if let Ok(mut m) = self.inner.lock() {
            m.run_workflow.insert(run, workflow.to_owned());
        }
    }

    pub fn run_finished(&self, run: RunId) {
        if let Ok(mut m) = self.inner.lock() {
            m.run_workflow.remove(&run);
        }
    }

    pub fn workflow_of(&self, run: RunId) -> Option<String> {
        self.inner.lock().ok()?.run_workflow.get(&run).cloned()
    }

    pub fn step_started(&self, attempt: i64, run: RunId, step: &str) {
        if let Ok(mut m) = self.inner.lock() {
            m.attempts
                .insert(attempt, (run, step.to_owned(), Instant::now()));
        }
    }

    pub fn step_finished(&self, attempt: i64, error: Option<&str>) {
        let Ok(mut m) = self.inner.lock() else { return };
        let Some((run, step, at)) = m.attempts.remove(&attempt) else {
            return;
        };
        let wf = m.run_workflow.get(&run).cloned().unwrap_or_default();
        m.steps
            .entry((wf, step))
            .or_default()
            .observe(at.elapsed().as_secs_f64());
        if let Some(status) = error.and_then(remote_status) {
            *m.remote_errors.entry(status).or_default() += 1;
        }
    }

    pub fn outcomes(&self, run: RunId, outcomes: impl Iterator<Item = &'static str>) {
        let Ok(mut m) = self.inner.lock() else { return };
        let wf = m.run_workflow.get(&run).cloned().unwrap_or_default();
        for o in outcomes {
            *m.records.entry((wf.clone(), o.to_owned())).or_default() += 1;
        }
    }

    pub fn webhook_started(&self, secs: f64) {
        if let Ok(mut m) = self.inner.lock() {
            m.webhook_start.observe(secs);
        }
    }

    /// The text exposition; `runs` are the store's counts.
    pub fn render(&self, runs: &[StatusCount]) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP mapwright_runs Runs in the history by workflow and status.\n# TYPE mapwright_runs gauge"
        );
        for r in runs {
            let _ = writeln!(
                out,
                "mapwright_runs{{workflow=\"{}\",status=\"{}\"}} {}",
                escape(&r.workflow),
                escape(&r.status),
                r.count
            );
        }
        let Ok(m) = self.inner.lock() else { return out };
        let _ = writeln!(
            out,
            "# HELP mapwright_records_total Records processed by outcome.\n# TYPE mapwright_records_total counter"
        );
        for ((wf, o), n) in &m.records {
            let _ = writeln!(
                out,
                "mapwright_records_total{{workflow=\"{}\",outcome=\"{}\"}} {n}",
                escape(wf),
                escape(o)
            );
        }
        let _ = writeln!(
            out,
            "# HELP mapwright_step_duration_seconds Step attempt durations.\n# TYPE mapwright_step_duration_seconds histogram"
        );
        for ((wf, step), h) in &m.steps {
            let labels = format!("workflow=\"{}\",step=\"{}\"", escape(wf), escape(step));
            write_histogram(&mut out, "mapwright_step_duration_seconds", &labels, h);
        }
        let _ = writeln!(
            out,
            "# HELP mapwright_remote_errors_total Failed remote calls by HTTP status (or transport).\n# TYPE mapwright_remote_errors_total counter"
        );
        for (s, n) in &m.remote_errors {
            let _ = writeln!(
                out,
                "mapwright_remote_errors_total{{status=\"{}\"}} {n}",
                escape(s)
            );
        }
        let _ = writeln!(
            out,
            "# HELP mapwright_webhook_start_seconds From a webhook request to its run being created.\n# TYPE mapwright_webhook_start_seconds histogram"
        );
        write_histogram(
            &mut out,
            "mapwright_webhook_start_seconds",
            "",
            &m.webhook_start,
        );
        out
    }
}

fn write_histogram(out: &mut String, name: &str, labels: &str, h: &Histogram) {
    let sep = if labels.is_empty() { "" } else { "," };
    for (i, b) in BUCKETS.iter().enumerate() {
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"{b}\"}} {}",
            h.counts[i]
        );
    }
    let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}", h.count);
    let braces = if labels.is_empty() {
        String::new()
    } else {
        format!("{{{labels}}}")
    };
    let _ = writeln!(out, "{name}_sum{braces} {}", h.sum);
    let _ = writeln!(out, "{name}_count{braces} {}", h.count);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_from_adaptor_errors() {
        assert_eq!(
            remote_status("GET /people/findOne: HTTP 503: busy").as_deref(),
            Some("503")
        );
        assert_eq!(
            remote_status("POST /Users/login: unauthorized: no").as_deref(),
            Some("401")
        );
        assert_eq!(remote_status("mapping failed"), None);
    }

    #[test]
    fn exposition_has_help_type_and_labelled_samples() {
        let m = Metrics::default();
        m.run_created(7, "w\"1");
        m.step_started(1, 7, "fetch");
        m.step_finished(1, Some("x: HTTP 500: boom"));
        m.outcomes(7, ["created", "failed", "created"].into_iter());
        let text = m.render(&[StatusCount {
            workflow: "w\"1".into(),
            status: "failed".into(),
            count: 3,
        }]);
        assert!(
            text.contains("mapwright_runs{workflow=\"w\\\"1\",status=\"failed\"} 3"),
            "{text}"
        );
        assert!(
            text.contains("mapwright_records_total{workflow=\"w\\\"1\",outcome=\"created\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("mapwright_remote_errors_total{status=\"500\"} 1"),
            "{text}"
        );
        assert!(
            text.contains(
                "mapwright_step_duration_seconds_count{workflow=\"w\\\"1\",step=\"fetch\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains("mapwright_webhook_start_seconds_bucket{le=\"+Inf\"} 0"),
            "{text}"
        );
    }
}
