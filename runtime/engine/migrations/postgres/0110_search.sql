-- Full-text search of the history (issue 14), PostgreSQL's form of the SQLite FTS5 indexes:
-- GIN indexes over the `simple` text-search configuration of a run's error, its steps' errors and
-- its log lines (store/search.rs queries these exact expressions). Every text indexed here was
-- scrubbed before it was stored; the sealed columns are never indexed.
CREATE INDEX runs_error_words ON runs USING GIN (to_tsvector('simple', COALESCE(error, '')));
CREATE INDEX step_attempts_error_words ON step_attempts USING GIN (to_tsvector('simple', COALESCE(error, '')));
CREATE INDEX log_lines_message_words ON log_lines USING GIN (to_tsvector('simple', message));
