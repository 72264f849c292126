-- Full-text search of the history (issue 14): the words of a run's error, its steps' errors and
-- its log lines, in SQLite FTS5 indexes over those tables (external content: the text is not
-- stored twice). Every text indexed here was scrubbed before it was stored (national ids and
-- the record's personal values masked, secrets removed); the sealed columns (inputs, step
-- outputs, outcome reasons) are never indexed: a failed record's reason reaches the index
-- through the log line the engine writes for it, scrubbed like every log line.
-- The triggers keep the indexes in step with every write, update and delete (retention
-- included); the 'rebuild' lines index the rows written before this migration.
-- SQLite only: the PostgreSQL store uses a tsvector instead (see store/search.rs).

CREATE VIRTUAL TABLE log_lines_fts USING fts5(message, content='log_lines', content_rowid='id');
CREATE TRIGGER log_lines_fts_insert AFTER INSERT ON log_lines BEGIN
    INSERT INTO log_lines_fts(rowid, message) VALUES (new.id, new.message);
END;
CREATE TRIGGER log_lines_fts_delete AFTER DELETE ON log_lines BEGIN
    INSERT INTO log_lines_fts(log_lines_fts, rowid, message) VALUES ('delete', old.id, old.message);
END;
CREATE TRIGGER log_lines_fts_update AFTER UPDATE OF message ON log_lines BEGIN
    INSERT INTO log_lines_fts(log_lines_fts, rowid, message) VALUES ('delete', old.id, old.message);
    INSERT INTO log_lines_fts(rowid, message) VALUES (new.id, new.message);
END;
INSERT INTO log_lines_fts(log_lines_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE step_errors_fts USING fts5(error, content='step_attempts', content_rowid='id');
CREATE TRIGGER step_errors_fts_insert AFTER INSERT ON step_attempts BEGIN
    INSERT INTO step_errors_fts(rowid, error) VALUES (new.id, new.error);
END;
CREATE TRIGGER step_errors_fts_delete AFTER DELETE ON step_attempts BEGIN
    INSERT INTO step_errors_fts(step_errors_fts, rowid, error) VALUES ('delete', old.id, old.error);
END;
CREATE TRIGGER step_errors_fts_update AFTER UPDATE OF error ON step_attempts BEGIN
    INSERT INTO step_errors_fts(step_errors_fts, rowid, error) VALUES ('delete', old.id, old.error);
    INSERT INTO step_errors_fts(rowid, error) VALUES (new.id, new.error);
END;
INSERT INTO step_errors_fts(step_errors_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE run_errors_fts USING fts5(error, content='runs', content_rowid='id');
CREATE TRIGGER run_errors_fts_insert AFTER INSERT ON runs BEGIN
    INSERT INTO run_errors_fts(rowid, error) VALUES (new.id, new.error);
END;
CREATE TRIGGER run_errors_fts_delete AFTER DELETE ON runs BEGIN
    INSERT INTO run_errors_fts(run_errors_fts, rowid, error) VALUES ('delete', old.id, old.error);
END;
CREATE TRIGGER run_errors_fts_update AFTER UPDATE OF error ON runs BEGIN
    INSERT INTO run_errors_fts(run_errors_fts, rowid, error) VALUES ('delete', old.id, old.error);
    INSERT INTO run_errors_fts(rowid, error) VALUES (new.id, new.error);
END;
INSERT INTO run_errors_fts(run_errors_fts) VALUES ('rebuild');
