//! The history's text search: the words of run errors, step errors and log lines, and partial run
//! or record ids. On SQLite, FTS5 indexes filled by triggers (migration `sqlite/0110_search.sql`);
//! on PostgreSQL, GIN indexes over `to_tsvector('simple', …)` of the same columns (migration
//! `postgres/0110_search.sql`) matched with `phraseto_tsquery`. Both dialects are in this file.
//!
//! Only scrubbed text is indexed, so a national id or a personal value masked in the store is
//! never found by its words; runs are found by national id through the inputs' keyed hashes only
//! (see [`super::vault`]).

use super::sql::Dialect;

/// The runs whose error, step errors or log lines contain the phrase bound three times (as
/// [`text_phrase`] makes it), in `dialect`.
pub(super) fn text_match(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => {
            "(id IN (SELECT rowid FROM run_errors_fts WHERE run_errors_fts MATCH ?) \
             OR id IN (SELECT run_id FROM step_attempts WHERE id IN \
                (SELECT rowid FROM step_errors_fts WHERE step_errors_fts MATCH ?)) \
             OR id IN (SELECT run_id FROM log_lines WHERE id IN \
                (SELECT rowid FROM log_lines_fts WHERE log_lines_fts MATCH ?)))"
        }
        // The expressions are those of the GIN indexes, so the indexes serve them.
        Dialect::Postgres => {
            "(to_tsvector('simple', COALESCE(error, '')) @@ phraseto_tsquery('simple', ?) \
             OR id IN (SELECT run_id FROM step_attempts \
                WHERE to_tsvector('simple', COALESCE(error, '')) @@ phraseto_tsquery('simple', ?)) \
             OR id IN (SELECT run_id FROM log_lines \
                WHERE to_tsvector('simple', message) @@ phraseto_tsquery('simple', ?)))"
        }
    }
}

/// How many times [`text_match`] binds the phrase.
pub(super) const TEXT_MATCH_BINDS: usize = 3;

/// The search as a phrase of its words for [`text_match`], or `None` when it has no word: on
/// SQLite one FTS5 phrase (quotes doubled, so no query syntax gets through: `AND`, `*`, `:` are
/// words); on PostgreSQL the words, which `phraseto_tsquery` reads as a phrase.
pub(super) fn text_phrase(dialect: Dialect, q: &str) -> Option<String> {
    let words: Vec<&str> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(match dialect {
        Dialect::Sqlite => format!("\"{}\"", words.join(" ").replace('"', "\"\"")),
        Dialect::Postgres => words.join(" "),
    })
}

/// The FTS5 indexes, which keep a deleted row's entries until their segments are merged.
const FTS_TABLES: [&str; 3] = ["log_lines_fts", "step_errors_fts", "run_errors_fts"];

impl super::SqlStore {
    /// Merges the text indexes' segments, so the entries of deleted rows stop taking room (SQLite;
    /// PostgreSQL's GIN indexes need nothing here). Retention calls it before it measures the
    /// store again.
    pub(super) async fn compact_search(&self) -> Result<(), super::StoreError> {
        if self.dialect == Dialect::Sqlite {
            for t in FTS_TABLES {
                let sql = format!("INSERT INTO {t}({t}) VALUES ('optimize')");
                sqlx::query(&sql).execute(&self.pool).await?;
            }
        }
        Ok(())
    }
}

/// A `LIKE` pattern no id holds (not NUL: PostgreSQL refuses it in text).
const NO_MATCH: &str = "\u{1}";

/// Runs whose id starts with the digits bound, or with a record whose id contains the text
/// bound (both as `LIKE` patterns from [`id_patterns`]).
pub(super) const ID_MATCH: &str = "(CAST(id AS TEXT) LIKE ? \
     OR id IN (SELECT run_id FROM record_outcomes WHERE record LIKE ? ESCAPE '\\'))";

/// The shortest text searched for inside record ids (shorter would match nearly every run).
const MIN_PARTIAL: usize = 3;

/// `LIKE` patterns for [`ID_MATCH`]: a run id prefix (digits only, else a pattern nothing
/// matches) and a record id infix (at least [`MIN_PARTIAL`] characters, `%` and `_` escaped).
pub(super) fn id_patterns(q: &str) -> (String, String) {
    let q = q.trim().trim_start_matches('#');
    let run = if !q.is_empty() && q.chars().all(|c| c.is_ascii_digit()) {
        format!("{q}%")
    } else {
        NO_MATCH.to_owned()
    };
    let record = if q.chars().count() >= MIN_PARTIAL {
        let esc = q
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        format!("%{esc}%")
    } else {
        NO_MATCH.to_owned()
    };
    (run, record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::on_both;

    #[test]
    fn a_search_is_one_phrase_without_query_syntax() {
        assert_eq!(
            text_phrase(Dialect::Sqlite, "Internal Server Error").as_deref(),
            Some("\"Internal Server Error\"")
        );
        assert_eq!(
            text_phrase(Dialect::Sqlite, "a\"b OR c*").as_deref(),
            Some("\"a b OR c\"")
        );
        assert_eq!(
            text_phrase(Dialect::Postgres, "a\"b OR c*").as_deref(),
            Some("a b OR c")
        );
        assert_eq!(text_phrase(Dialect::Sqlite, " -- "), None);
    }

    #[test]
    fn id_patterns_are_a_prefix_and_an_escaped_infix() {
        assert_eq!(id_patterns("#12").0, "12%");
        assert_eq!(id_patterns("abc_1").1, "%abc\\_1%");
        assert_eq!(id_patterns("ab").1, NO_MATCH);
        assert_eq!(id_patterns("case-1").0, NO_MATCH);
    }

    #[tokio::test]
    async fn the_bundled_sqlite_has_fts5() {
        let s = crate::store::SqliteStore::in_memory().await.unwrap();
        let on: i64 = sqlx::query_scalar("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(on, 1);
    }

    on_both!(
        /// Error and log words find their run; a failed record's national id and name, masked in
        /// the store, find nothing; a partial run id and record id do.
        async fn error_text_is_found_and_masked_personal_data_is_not(db: &TestDb) {
            use crate::store::{
                HistoryQuery, Level, NewOutcome, NewRun, Outcome, RunStatus, Scrubber, Store,
            };
            let s = db.open().await;
            let new = |w| NewRun {
                workflow: w,
                trigger: "cron",
                input_id: None,
                retry_of: None,
            };
            let quiet = s.create_run(new("w1")).await.unwrap();
            s.finish_run(quiet, RunStatus::Success, None).await.unwrap();
            let run = s.create_run(new("w1")).await.unwrap();
            // 1111111111119 is a national id (valid check digit); Somchai the record's name.
            let scrub = Scrubber::default().with_names(["Somchai"]);
            let line = "record case-0042abc failed at `upsert`: child 1111111111119 (Somchai): \
                    HTTP 500 Internal Server Error";
            s.log(run, Some("upsert"), Level::Warn, scrub.scrub(line))
                .await
                .unwrap();
            s.record_outcomes(
                run,
                vec![NewOutcome {
                    record: "case-0042abc".into(),
                    outcome: Outcome::Failed,
                    step: Some("upsert".into()),
                    reason: Some(scrub.scrub("HTTP 500 Internal Server Error")),
                }],
            )
            .await
            .unwrap();
            s.finish_run(
                run,
                RunStatus::Failed,
                Some(scrub.scrub("step `fetch`: quota exceeded")),
            )
            .await
            .unwrap();
            let found = |q: &str| {
                let s = s.clone();
                let q = q.to_owned();
                async move {
                    let hq = HistoryQuery {
                        q: Some(q),
                        ..HistoryQuery::default()
                    };
                    let (runs, _) = s.history_page(&hq).await.unwrap();
                    runs.iter().map(|r| r.id).collect::<Vec<_>>()
                }
            };
            assert_eq!(found("internal server error").await, [run]);
            assert_eq!(found("Quota exceeded").await, [run], "the run's own error");
            assert_eq!(found("0042ab").await, [run], "a partial record id");
            assert_eq!(found(&run.to_string()).await, [run], "a run id");
            assert!(
                found("1111111111119").await.is_empty(),
                "a national id as text"
            );
            assert!(found("1-1111-11111-11-9").await.is_empty());
            assert!(found("11111111").await.is_empty(), "part of a national id");
            assert!(found("Somchai").await.is_empty(), "a masked name");
            assert!(found("server AND").await.is_empty(), "no query syntax");
        }
    );
}
