-- The service's own view of each convention, updated in the same transaction as the events it reflects.
CREATE TABLE convention_view (
    convention_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(40)  NOT NULL,
    academie      VARCHAR(64),
    status        VARCHAR(40)  NOT NULL,
    version       BIGINT       NOT NULL,
    document      JSONB        NOT NULL
);
CREATE INDEX convention_view_academie ON convention_view (academie, convention_id);
