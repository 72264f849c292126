-- `for_each … partition_by` across processes: a run holds a key of its workflow while one of its
-- records goes through its steps (Workflow 1: a child's national id), so two processes never
-- process records of one key at once. The key is stored as a keyed hash (a national id is
-- personal data). A row whose run is no longer `running` with a live lease is stale: the next
-- run that wants the key takes it over, and a run's rows are deleted when it ends or is lost.
CREATE TABLE key_locks (
    workflow  TEXT NOT NULL,
    key_hash  TEXT NOT NULL,
    run_id    BIGINT  NOT NULL REFERENCES runs(id),
    taken_at  TEXT NOT NULL,
    PRIMARY KEY (workflow, key_hash)
);
CREATE INDEX key_locks_by_run ON key_locks(run_id);
