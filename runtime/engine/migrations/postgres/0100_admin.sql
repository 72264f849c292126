-- The admin tables: users, API tokens, encrypted credentials, notification recipients,
-- workflow switches, cron fires and the audit log. Numbered 0100 and up; until version 0.1
-- they lived in a file of their own (admin.db), which the store imports once on open.

CREATE TABLE users (
    id             BIGSERIAL PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'viewer')),
    created_at     TEXT NOT NULL
);

-- Bearer tokens for the JSON API; only the SHA-256 of a token is kept.
CREATE TABLE api_tokens (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

-- One row says which master key encrypted the credentials (an encrypted known value).
CREATE TABLE key_check (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    nonce       BYTEA NOT NULL,
    ciphertext  BYTEA NOT NULL
);

-- Credential values are one encrypted JSON object of fields; field names are listed in clear.
CREATE TABLE credentials (
    name         TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    environment  TEXT NOT NULL,
    fields       TEXT NOT NULL,
    nonce        BYTEA NOT NULL,
    ciphertext   BYTEA NOT NULL,
    created_at   TEXT NOT NULL,
    rotated_at   TEXT NOT NULL
);

CREATE TABLE notify_recipients (
    workflow  TEXT NOT NULL,
    email     TEXT NOT NULL,
    PRIMARY KEY (workflow, email)
);

CREATE TABLE workflow_state (
    name     TEXT PRIMARY KEY,
    enabled  BIGINT NOT NULL
);

-- A cron fire is claimed by inserting its (workflow, fire time): never run twice.
CREATE TABLE schedule_fires (
    workflow  TEXT NOT NULL,
    fire_at   TEXT NOT NULL,
    run_id    BIGINT,
    PRIMARY KEY (workflow, fire_at)
);

CREATE TABLE audit_log (
    id      BIGSERIAL PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    detail  TEXT
);
CREATE INDEX audit_log_by_id ON audit_log(id);
