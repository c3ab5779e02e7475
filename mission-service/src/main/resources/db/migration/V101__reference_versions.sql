-- The version of each IPE, member company and year's priorities (the aggregate's last sequence number), answered as the
-- ETag of its creation and of its commands. An IPE's registration is two events (0 and 1), its erasure a third (2); a
-- member company and a year's priorities are one event each (0).
ALTER TABLE ipe_view ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
UPDATE ipe_view SET version = 2 WHERE erased_on IS NOT NULL;
ALTER TABLE ipe_view ALTER COLUMN version DROP DEFAULT;

ALTER TABLE company_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE company_view ALTER COLUMN version DROP DEFAULT;

UPDATE priorities_view SET document = document || '{"version": 0}'::jsonb WHERE NOT document ? 'version';
