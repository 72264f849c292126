-- Personal data at rest (issue 13): trigger inputs, step outputs and outcome reasons are kept
-- sealed (XChaCha20-Poly1305 under the master key, the key id in each BYTEA). The plaintext
-- columns stay for rows written before; `mapwright rotate-key` seals those too.
ALTER TABLE trigger_inputs ADD COLUMN sealed BYTEA;
ALTER TABLE step_outputs ADD COLUMN sealed BYTEA;
ALTER TABLE record_outcomes ADD COLUMN reason_sealed BYTEA;

-- The history search's index of an input: keyed hashes (HMAC-SHA256 under a key derived from
-- the master key) of its national ids and record ids, never the values.
CREATE TABLE input_terms (
    input_id  BIGINT NOT NULL REFERENCES trigger_inputs(id),
    term      TEXT NOT NULL,
    PRIMARY KEY (term, input_id)
);
