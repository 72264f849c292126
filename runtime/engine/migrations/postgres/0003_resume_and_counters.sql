-- What a retry from a later step and `mapwright show` need besides the log.

-- The outputs of a run's top-level steps, in the order they ended: the typed JSON value a retry
-- from a later step resumes from (secrets removed; log-like fields fully scrubbed), or none with
-- a note (too large to keep, a record stream). `ok = 0` rows hold the error a failure branch read.
CREATE TABLE step_outputs (
    id       BIGSERIAL PRIMARY KEY,
    run_id   BIGINT NOT NULL REFERENCES runs(id),
    step     TEXT NOT NULL,
    ok       BIGINT NOT NULL,
    value    TEXT,
    note     TEXT,
    bytes    BIGINT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX step_outputs_by_run ON step_outputs(run_id, id);

-- Transform counters of a run (coercions applied, unknown codes passed by policy), summed.
CREATE TABLE run_counters (
    run_id     BIGINT NOT NULL REFERENCES runs(id),
    transform  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    count      BIGINT NOT NULL,
    PRIMARY KEY (run_id, transform, kind, subject, detail)
);

-- Where the sync in progress began: equal to `value` after a run that delivered everything,
-- behind it while a sync is resumed page by page.
ALTER TABLE cursors ADD COLUMN sync_start TEXT;
