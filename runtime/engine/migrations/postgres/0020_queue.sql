-- The durable run queue (the contract issue 12's PostgreSQL queue carries over): a webhook's
-- run is stored `queued` before it is acknowledged; a worker claims it (`claimed_by`, a lease
-- renewed while the run goes on); a run whose lease expired is `lost`, and the server's recovery
-- policy re-queues or resumes it (`recovery` says what was done, so it is done once).
ALTER TABLE runs ADD COLUMN claimed_by TEXT;
ALTER TABLE runs ADD COLUMN lease_until TEXT;
ALTER TABLE runs ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN from_step TEXT;
ALTER TABLE runs ADD COLUMN recovery TEXT;
CREATE INDEX runs_by_workflow_status ON runs(workflow, status, id);

-- Webhook deliveries already accepted, by idempotency key, for the replay window.
CREATE TABLE idempotency_keys (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
    run_id      BIGINT NOT NULL REFERENCES runs(id),
    expires_at  TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys(expires_at);
