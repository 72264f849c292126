-- Search by record id (admin page, `history`) without scanning every outcome.
CREATE INDEX record_outcomes_by_record ON record_outcomes(record);
