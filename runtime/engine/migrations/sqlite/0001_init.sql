-- Mapwright run history. Portable SQL: the PostgreSQL migration differs only in the id
-- columns (BIGSERIAL instead of INTEGER PRIMARY KEY AUTOINCREMENT).
-- Timestamps are RFC 3339 UTC text with milliseconds, so they sort as text.

CREATE TABLE workflows (
    name        TEXT PRIMARY KEY,
    file        TEXT NOT NULL,
    trigger     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE trigger_inputs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow     TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    body         TEXT NOT NULL
);

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow     TEXT NOT NULL,
    trigger      TEXT NOT NULL,
    status       TEXT NOT NULL,
    exit_code    INTEGER,
    input_id     INTEGER REFERENCES trigger_inputs(id),
    retry_of     INTEGER REFERENCES runs(id),
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    error        TEXT
);
CREATE INDEX runs_by_workflow ON runs(workflow, id);
CREATE INDEX runs_by_status ON runs(status, id);

CREATE TABLE step_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id       INTEGER NOT NULL REFERENCES runs(id),
    step         TEXT NOT NULL,
    attempt      INTEGER NOT NULL,
    status       TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    error        TEXT
);
CREATE INDEX step_attempts_by_run ON step_attempts(run_id, id);

CREATE TABLE log_lines (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id   INTEGER NOT NULL REFERENCES runs(id),
    step     TEXT,
    at       TEXT NOT NULL,
    level    TEXT NOT NULL,
    message  TEXT NOT NULL
);
CREATE INDEX log_lines_by_run ON log_lines(run_id, id);

CREATE TABLE record_outcomes (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id   INTEGER NOT NULL REFERENCES runs(id),
    record   TEXT NOT NULL,
    outcome  TEXT NOT NULL,
    step     TEXT,
    reason   TEXT,
    at       TEXT NOT NULL
);
CREATE INDEX record_outcomes_by_run ON record_outcomes(run_id, id);

CREATE TABLE cursors (
    workflow    TEXT NOT NULL,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    run_id      INTEGER REFERENCES runs(id),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (workflow, name)
);
