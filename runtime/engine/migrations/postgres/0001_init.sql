-- Mapwright run history on PostgreSQL: the SQLite migration of the same number with BIGSERIAL
-- ids, BIGINT integers (the only integer type sqlx's Any driver reads on both) and BYTEA blobs.
-- Timestamps are RFC 3339 UTC text with milliseconds, so they sort as text.

CREATE TABLE workflows (
    name        TEXT PRIMARY KEY,
    file        TEXT NOT NULL,
    trigger     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE trigger_inputs (
    id           BIGSERIAL PRIMARY KEY,
    workflow     TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    body         TEXT NOT NULL
);

CREATE TABLE runs (
    id           BIGSERIAL PRIMARY KEY,
    workflow     TEXT NOT NULL,
    trigger      TEXT NOT NULL,
    status       TEXT NOT NULL,
    exit_code    BIGINT,
    input_id     BIGINT REFERENCES trigger_inputs(id),
    retry_of     BIGINT REFERENCES runs(id),
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    error        TEXT
);
CREATE INDEX runs_by_workflow ON runs(workflow, id);
CREATE INDEX runs_by_status ON runs(status, id);

CREATE TABLE step_attempts (
    id           BIGSERIAL PRIMARY KEY,
    run_id       BIGINT NOT NULL REFERENCES runs(id),
    step         TEXT NOT NULL,
    attempt      BIGINT NOT NULL,
    status       TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    error        TEXT
);
CREATE INDEX step_attempts_by_run ON step_attempts(run_id, id);

CREATE TABLE log_lines (
    id       BIGSERIAL PRIMARY KEY,
    run_id   BIGINT NOT NULL REFERENCES runs(id),
    step     TEXT,
    at       TEXT NOT NULL,
    level    TEXT NOT NULL,
    message  TEXT NOT NULL
);
CREATE INDEX log_lines_by_run ON log_lines(run_id, id);

CREATE TABLE record_outcomes (
    id       BIGSERIAL PRIMARY KEY,
    run_id   BIGINT NOT NULL REFERENCES runs(id),
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
    run_id      BIGINT REFERENCES runs(id),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (workflow, name)
);
