-- The service's own views, updated in the same transaction as the events they reflect (a subscribing processor).
CREATE TABLE company_view (
    siret         VARCHAR(14)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    registered_on DATE         NOT NULL
);

-- Personal data (name, contact, account) in clear, for the roles that need them; erased with the IPE's key.
CREATE TABLE ipe_view (
    ipe_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    company_siret VARCHAR(14)  NOT NULL,
    name          VARCHAR(200),
    contact       VARCHAR(200),
    account       VARCHAR(200),
    registered_on DATE         NOT NULL,
    erased_on     DATE
);
CREATE UNIQUE INDEX ipe_view_account ON ipe_view (account);

-- One AES-256 key per IPE: the personal data in the event store are sealed with it; deleting it erases them (art. 17).
CREATE TABLE ipe_key (
    ipe_id VARCHAR(64) NOT NULL PRIMARY KEY,
    secret BYTEA       NOT NULL
);

CREATE TABLE priorities_view (
    year     INTEGER NOT NULL PRIMARY KEY,
    document JSONB   NOT NULL
);

CREATE TABLE need_view (
    need_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    academie VARCHAR(64),
    version  BIGINT      NOT NULL,
    document JSONB       NOT NULL
);
CREATE INDEX need_view_academie ON need_view (academie, need_id);

CREATE TABLE mission_view (
    mission_id VARCHAR(64) NOT NULL PRIMARY KEY,
    need_id    VARCHAR(64) NOT NULL,
    ipe_id     VARCHAR(64) NOT NULL,
    academie   VARCHAR(64),
    first_day  DATE        NOT NULL,
    last_day   DATE        NOT NULL,
    version    BIGINT      NOT NULL,
    document   JSONB       NOT NULL
);
CREATE INDEX mission_view_ipe ON mission_view (ipe_id);
CREATE INDEX mission_view_academie ON mission_view (academie, mission_id);
CREATE INDEX mission_view_days ON mission_view (first_day, last_day);
