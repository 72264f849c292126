//! Queries over the run history for the activity page: filters (workflow, status, date
//! range), search (a national id through the inputs' keyed hashes; otherwise a record id, a
//! partial run or record id, or the words of errors and log lines: [`super::search`]), keyset
//! pagination (`before` a run id, so page
//! 1000 costs what page 1 does).

use sqlx::Row;

use super::sqlite::{RUN_COLUMNS, summary};
use super::{RunSummary, SqliteStore, StoreError};

pub const PAGE_SIZE: i64 = 50;

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct HistoryQuery {
    #[serde(default)]
    pub workflow: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub from: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub to: Option<String>,
    /// A national id (digits, dashes allowed), a whole or partial run or record id, or words of
    /// an error or a log line.
    #[serde(default)]
    pub q: Option<String>,
    /// Show runs with an id below this one (the next page).
    #[serde(default)]
    pub before: Option<i64>,
}

fn clean(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A date `YYYY-MM-DD` or nothing (anything else is ignored rather than an SQL surprise).
fn date(s: &Option<String>) -> Option<String> {
    let d = clean(s)?;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// Digits of a national-id-looking search or value (13 digits once dashes and spaces are
/// removed).
pub fn as_national_id(q: &str) -> Option<String> {
    let q = q.trim();
    let digits: String = q.chars().filter(char::is_ascii_digit).collect();
    let only = q
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == ' ');
    (only && digits.len() == 13).then_some(digits)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatusCount {
    pub workflow: String,
    pub status: String,
    pub count: i64,
}

/// A bound value no record id or search term holds (not NUL: PostgreSQL refuses it in text).
const NO_MATCH: &str = "\u{1}";

impl SqliteStore {
    /// One page (newest first) and whether there are more.
    pub async fn history_page(
        &self,
        q: &HistoryQuery,
    ) -> Result<(Vec<RunSummary>, bool), StoreError> {
        let search = clean(&q.q);
        // The record-id search looks at outcomes; both searches look at the inputs' index of
        // keyed hashes (inputs are sealed: see `vault`), under every key in hand.
        let hashes = search
            .map(|s| self.vault.search_hashes(&super::vault::query_term(s)))
            .unwrap_or_default();
        let to = date(&q.to).and_then(|d| {
            chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.succ_opt())
                .map(|d| d.format("%Y-%m-%d").to_string())
        });
        // Only the conditions in use go into the SQL, so SQLite can use the (workflow, id)
        // and (status, id) indexes; every value is a bound parameter.
        let mut conds: Vec<String> = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        let mut add = |cond: &'static str, v: Option<String>| {
            if let Some(v) = v {
                conds.push(cond.to_owned());
                binds.push(v);
            }
        };
        add("workflow = ?", clean(&q.workflow).map(str::to_owned));
        add("status = ?", clean(&q.status).map(str::to_owned));
        add("started_at >= ?", date(&q.from));
        add("started_at < ?", to);
        add("id < CAST(? AS BIGINT)", q.before.map(|b| b.to_string()));
        if let Some(s) = search {
            let national = as_national_id(s).is_some();
            let marks = vec!["?"; hashes.len().max(1)].join(", ");
            let mut any = vec![format!(
                "input_id IN (SELECT input_id FROM input_terms WHERE term IN ({marks}))"
            )];
            binds.extend(hashes.iter().cloned());
            if hashes.is_empty() {
                binds.push(NO_MATCH.to_owned());
            }
            // A national id is looked up through the keyed hashes only: never as text.
            if !national {
                any.push("id IN (SELECT run_id FROM record_outcomes WHERE record = ?)".into());
                binds.push(s.to_owned());
                let (run, record) = super::search::id_patterns(s);
                any.push(super::search::ID_MATCH.into());
                binds.extend([run, record]);
                if let Some(phrase) = super::search::text_phrase(self.dialect, s) {
                    any.push(super::search::text_match(self.dialect).into());
                    binds.extend(std::iter::repeat_n(phrase, super::search::TEXT_MATCH_BINDS));
                }
            }
            conds.push(format!("({})", any.join(" OR ")));
        }
        let wh = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conds.join(" AND "))
        };
        let sql = format!("SELECT {RUN_COLUMNS} FROM runs {wh} ORDER BY id DESC LIMIT ?");
        let sql = self.dialect.owned(&sql);
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        let rows = query.bind(PAGE_SIZE + 1).fetch_all(&self.pool).await?;
        let mut out = rows.iter().map(summary).collect::<Result<Vec<_>, _>>()?;
        let more = out.len() as i64 > PAGE_SIZE;
        out.truncate(PAGE_SIZE as usize);
        Ok((out, more))
    }

    /// Run counts by workflow and status (metrics).
    pub async fn run_counts(&self) -> Result<Vec<StatusCount>, StoreError> {
        let rows = self.q("SELECT workflow, status, COUNT(*) FROM runs GROUP BY workflow, status ORDER BY workflow, status")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(StatusCount {
                    workflow: r.try_get(0)?,
                    status: r.try_get(1)?,
                    count: r.try_get(2)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// The latest run of each workflow (the workflows page).
    pub async fn latest_run(&self, workflow: &str) -> Result<Option<RunSummary>, StoreError> {
        let sql =
            format!("SELECT {RUN_COLUMNS} FROM runs WHERE workflow = ? ORDER BY id DESC LIMIT 1");
        let r = sqlx::query(&self.dialect.owned(&sql))
            .bind(workflow)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.as_ref().map(summary).transpose()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_id_search_needs_thirteen_digits() {
        assert_eq!(
            as_national_id("1-1111-11111-11-3").as_deref(),
            Some("1111111111113")
        );
        assert_eq!(as_national_id("case-123"), None);
        assert_eq!(as_national_id("12345"), None);
    }
}
