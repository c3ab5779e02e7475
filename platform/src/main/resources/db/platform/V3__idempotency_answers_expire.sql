-- Stored answers expire (ipe.idempotency.retention) and are forgotten with the resource they concern (an erasure): the
-- path each request was sent to, and an index for the sweep. Forgetting a resource's answers is rare and the table
-- holds one retention period of answers, so it scans.
ALTER TABLE idempotency_key ADD COLUMN request_path VARCHAR(2048);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
