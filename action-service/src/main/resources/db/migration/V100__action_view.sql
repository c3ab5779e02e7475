-- The service's own view of each action, updated in the same transaction as the events it reflects.
CREATE TABLE action_view (
    action_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    academie  VARCHAR(64),
    status    VARCHAR(40)  NOT NULL,
    version   BIGINT       NOT NULL,
    document  JSONB        NOT NULL
);
CREATE INDEX action_view_academie ON action_view (academie, action_id);
