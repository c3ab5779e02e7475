-- The instant each need was stated (its event's timestamp): needs of the same standing are served in the order they
-- were stated, to the instant, not to the day. Needs stated before take their event's timestamp from the event store.
ALTER TABLE need_view ADD COLUMN stated_at TIMESTAMPTZ;
UPDATE need_view n SET stated_at = e.timestamp::timestamptz
    FROM domainevententry e WHERE e.aggregateidentifier = n.need_id AND e.sequencenumber = 0;
UPDATE need_view SET stated_at = stated_on::timestamptz WHERE stated_at IS NULL;
ALTER TABLE need_view ALTER COLUMN stated_at SET NOT NULL;
