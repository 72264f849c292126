-- API tokens expire and carry a label (they are listed and revoked on the users page); a
-- user whose password is a one-time password must change it at the next login.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN label TEXT NOT NULL DEFAULT '';
UPDATE api_tokens SET expires_at = to_char(
    (CAST(created_at AS TIMESTAMPTZ) + INTERVAL '90 days') AT TIME ZONE 'UTC',
    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
ALTER TABLE users ADD COLUMN must_change BIGINT NOT NULL DEFAULT 0;
