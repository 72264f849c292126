//! Summaries of the run history for the admin page and `mapwright show`: record counts per run,
//! failures grouped by reason, a run's records a page at a time (failures first), unknown codes
//! grouped per option set, and a workflow's daily success rate and duration.

use std::collections::{BTreeMap, HashMap};

use sqlx::Row;

use super::{CounterRow, OutcomeRow, RunId, SqliteStore, StoreError};

/// Outcomes that are a record's failure (listed first, grouped by reason).
pub fn is_problem(outcome: &str) -> bool {
    matches!(outcome, "failed" | "invalid")
}

/// The SQL twin of [`is_problem`], for ordering.
const PROBLEM_FIRST: &str = "CASE WHEN outcome IN ('failed', 'invalid') THEN 0 ELSE 1 END";

/// Failed records read to group their reasons (the groups of a larger run are those of its
/// first failures).
const REASON_ROWS: i64 = 5000;

/// Records of one outcome that failed for one reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReasonCount {
    pub outcome: String,
    pub reason: String,
    pub count: u64,
}

/// The failures grouped by outcome and reason, most frequent first.
pub fn group_reasons<'a>(rows: impl IntoIterator<Item = &'a OutcomeRow>) -> Vec<ReasonCount> {
    let mut groups = HashMap::<(&str, &str), u64>::new();
    for o in rows.into_iter().filter(|o| is_problem(&o.outcome)) {
        let why = o.reason.as_deref().unwrap_or("no reason recorded");
        *groups.entry((o.outcome.as_str(), why)).or_default() += 1;
    }
    let mut out: Vec<ReasonCount> = groups
        .into_iter()
        .map(|((outcome, reason), count)| ReasonCount {
            outcome: outcome.to_owned(),
            reason: reason.to_owned(),
            count,
        })
        .collect();
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| (&a.outcome, &a.reason).cmp(&(&b.outcome, &b.reason)))
    });
    out
}

/// The unknown codes one transform met in one option set (or value map), most frequent first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeGroup {
    pub transform: String,
    pub set: String,
    pub total: u64,
    pub codes: Vec<(String, u64)>,
}

/// `unknown_code` counters grouped per transform and option set, in that order.
pub fn group_unknown_codes(rows: &[CounterRow]) -> Vec<CodeGroup> {
    let mut groups = BTreeMap::<(&str, &str), Vec<(String, u64)>>::new();
    for c in rows.iter().filter(|c| c.kind == "unknown_code") {
        groups
            .entry((c.transform.as_str(), c.subject.as_str()))
            .or_default()
            .push((c.detail.clone(), c.count));
    }
    groups
        .into_iter()
        .map(|((transform, set), mut codes)| {
            codes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            CodeGroup {
                transform: transform.to_owned(),
                set: set.to_owned(),
                total: codes.iter().map(|c| c.1).sum(),
                codes,
            }
        })
        .collect()
}

/// One UTC day of a workflow's finished runs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct DayStat {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub runs: u64,
    pub succeeded: u64,
    /// Summed duration of the day's runs, in seconds.
    pub seconds: f64,
}

/// A workflow's last days, oldest first, today last.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct WorkflowStats {
    pub days: Vec<DayStat>,
}

/// Finished runs, successes and mean duration over some days.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Window {
    pub runs: u64,
    pub succeeded: u64,
    pub mean_seconds: f64,
}

impl Window {
    /// The share of runs that succeeded, 0 to 1 (`None` without runs).
    pub fn rate(&self) -> Option<f64> {
        (self.runs > 0).then(|| self.succeeded as f64 / self.runs as f64)
    }
}

impl WorkflowStats {
    /// The last `n` days together (today included).
    pub fn window(&self, n: usize) -> Window {
        let days = &self.days[self.days.len().saturating_sub(n)..];
        let runs: u64 = days.iter().map(|d| d.runs).sum();
        let seconds: f64 = days.iter().map(|d| d.seconds).sum();
        Window {
            runs,
            succeeded: days.iter().map(|d| d.succeeded).sum(),
            mean_seconds: if runs > 0 { seconds / runs as f64 } else { 0.0 },
        }
    }
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl SqliteStore {
    /// Record counts by outcome of each of these runs (runs without records are absent).
    pub async fn outcome_counts_of(
        &self,
        runs: &[RunId],
    ) -> Result<HashMap<RunId, BTreeMap<String, u64>>, StoreError> {
        let mut out = HashMap::<RunId, BTreeMap<String, u64>>::new();
        if runs.is_empty() {
            return Ok(out);
        }
        let marks = vec!["?"; runs.len()].join(", ");
        let sql = format!(
            "SELECT run_id, outcome, COUNT(*) FROM record_outcomes WHERE run_id IN ({marks}) \
             GROUP BY run_id, outcome"
        );
        let sql = self.dialect.owned(&sql);
        let mut q = sqlx::query(&sql);
        for r in runs {
            q = q.bind(r);
        }
        for row in q.fetch_all(&self.pool).await? {
            out.entry(row.try_get(0)?)
                .or_default()
                .insert(row.try_get(1)?, count(row.try_get(2)?));
        }
        Ok(out)
    }

    /// A run's failures grouped by reason, most frequent first (reasons opened).
    pub async fn failure_reasons(&self, run: RunId) -> Result<Vec<ReasonCount>, StoreError> {
        let rows = self
            .q(
                "SELECT record, outcome, step, reason, reason_sealed FROM record_outcomes \
             WHERE run_id = ? AND outcome IN ('failed', 'invalid') ORDER BY id LIMIT ?",
            )
            .bind(run)
            .bind(REASON_ROWS)
            .fetch_all(&self.pool)
            .await?;
        let rows = rows
            .iter()
            .map(|r| self.outcome_row(r))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(group_reasons(&rows))
    }

    /// One page of a run's records, failures first then in arrival order, optionally only
    /// those of one outcome.
    pub async fn outcomes_page(
        &self,
        run: RunId,
        only: Option<&str>,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<OutcomeRow>, StoreError> {
        let filter = if only.is_some() {
            "AND outcome = ?"
        } else {
            ""
        };
        let sql = format!(
            "SELECT record, outcome, step, reason, reason_sealed FROM record_outcomes \
             WHERE run_id = ? {filter} ORDER BY {PROBLEM_FIRST}, id LIMIT ? OFFSET ?"
        );
        let sql = self.dialect.owned(&sql);
        let mut q = sqlx::query(&sql).bind(run);
        if let Some(o) = only {
            q = q.bind(o);
        }
        let rows = q
            .bind(i64::try_from(limit).unwrap_or(i64::MAX))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| self.outcome_row(r)).collect()
    }

    /// The trigger input of the workflow's latest run that had one.
    pub async fn latest_input(
        &self,
        workflow: &str,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        let id: Option<i64> = self
            .qs(
                "SELECT input_id FROM runs WHERE workflow = ? AND input_id IS NOT NULL \
             ORDER BY id DESC LIMIT 1",
            )
            .bind(workflow)
            .fetch_optional(&self.pool)
            .await?;
        match id {
            Some(i) => self.read_input(i).await,
            None => Ok(None),
        }
    }

    /// A workflow's finished runs over the `days` UTC days up to `now`'s, one entry a day.
    pub async fn workflow_stats(
        &self,
        workflow: &str,
        days: u32,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<WorkflowStats, StoreError> {
        let today = now.date_naive();
        let first = today - chrono::Days::new(u64::from(days.max(1) - 1));
        let rows = self
            .q("SELECT status, started_at, finished_at FROM runs \
             WHERE workflow = ? AND started_at >= ? AND finished_at IS NOT NULL")
            .bind(workflow)
            .bind(first.format("%Y-%m-%d").to_string())
            .fetch_all(&self.pool)
            .await?;
        let mut stats = WorkflowStats {
            days: first
                .iter_days()
                .take_while(|d| *d <= today)
                .map(|d| DayStat {
                    day: d.format("%Y-%m-%d").to_string(),
                    ..DayStat::default()
                })
                .collect(),
        };
        for r in &rows {
            let status: String = r.try_get(0)?;
            let (Ok(start), Ok(end)) = (
                chrono::DateTime::parse_from_rfc3339(&r.try_get::<String, _>(1)?),
                chrono::DateTime::parse_from_rfc3339(&r.try_get::<String, _>(2)?),
            ) else {
                continue;
            };
            let day = (start.with_timezone(&chrono::Utc).date_naive() - first).num_days();
            let Some(d) = usize::try_from(day)
                .ok()
                .and_then(|i| stats.days.get_mut(i))
            else {
                continue;
            };
            d.runs += 1;
            d.succeeded += u64::from(status == "success");
            d.seconds += (end - start).num_milliseconds().max(0) as f64 / 1000.0;
        }
        Ok(stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{NewOutcome, NewRun, Outcome, RunStatus, Scrubber, Store};

    fn row(outcome: &str, reason: Option<&str>) -> OutcomeRow {
        OutcomeRow {
            record: "r".into(),
            outcome: outcome.into(),
            step: None,
            reason: reason.map(str::to_owned),
        }
    }

    #[test]
    fn reasons_are_grouped_most_frequent_first_and_skips_are_not_failures() {
        let rows = [
            row("failed", Some("national id missing")),
            row("skipped", Some("skipped (keep)")),
            row("failed", Some("HTTP 500")),
            row("failed", Some("national id missing")),
        ];
        let g = group_reasons(&rows);
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(
            (g[0].reason.as_str(), g[0].count),
            ("national id missing", 2)
        );
        assert_eq!((g[1].reason.as_str(), g[1].count), ("HTTP 500", 1));
    }

    #[tokio::test]
    async fn records_page_failures_first_and_filter_by_outcome() {
        let s = SqliteStore::in_memory().await.unwrap();
        let run = s
            .create_run(NewRun {
                workflow: "w",
                trigger: "manual",
                input_id: None,
                retry_of: None,
            })
            .await
            .unwrap();
        let scrub = Scrubber::default();
        let rows = (0..10)
            .map(|i| NewOutcome {
                record: format!("rec-{i}"),
                outcome: if i % 4 == 3 {
                    Outcome::Failed
                } else {
                    Outcome::Created
                },
                step: None,
                reason: (i % 4 == 3).then(|| scrub.scrub("HTTP 500: codes E1")),
            })
            .collect();
        s.record_outcomes(run, rows).await.unwrap();
        let page = s.outcomes_page(run, None, 0, 3).await.unwrap();
        let keys: Vec<_> = page.iter().map(|o| o.record.as_str()).collect();
        assert_eq!(keys, ["rec-3", "rec-7", "rec-0"]);
        let created = s.outcomes_page(run, Some("created"), 6, 5).await.unwrap();
        assert_eq!(created.len(), 2);
        let counts = s.outcome_counts_of(&[run, run + 1]).await.unwrap();
        assert_eq!(counts[&run]["failed"], 2);
        assert_eq!(counts[&run]["created"], 8);
        assert!(!counts.contains_key(&(run + 1)));
        let reasons = s.failure_reasons(run).await.unwrap();
        assert_eq!(reasons.len(), 1);
        assert_eq!(reasons[0].count, 2);
        assert_eq!(reasons[0].reason, "HTTP 500: codes E1");
        s.finish_run(run, RunStatus::Failed, None).await.unwrap();
        let st = s.workflow_stats("w", 7, chrono::Utc::now()).await.unwrap();
        assert_eq!(st.days.len(), 7);
        let w = st.window(7);
        assert_eq!((w.runs, w.succeeded), (1, 0));
        assert_eq!(w.rate(), Some(0.0));
    }
}
