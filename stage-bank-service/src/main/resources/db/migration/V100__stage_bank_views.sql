-- The stage bank's own views, updated in the same transaction as the events they reflect. Weeks are ISO weeks as
-- numbers (2026-W10 is 202610) so that matching finds overlapping weeks with the array operator && on a GIN index.
CREATE TABLE etablissement_view (
    uai        VARCHAR(8)   NOT NULL PRIMARY KEY,
    academie   VARCHAR(64)  NOT NULL,
    bassin     VARCHAR(100) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    priorities TEXT[]       NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX etablissement_view_academie ON etablissement_view (academie, uai);

CREATE TABLE offer_view (
    offer_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    academie        VARCHAR(64)  NOT NULL,
    bassin          VARCHAR(100) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    company_siret   CHAR(14)     NOT NULL,
    company_name    VARCHAR(300) NOT NULL,
    sector          VARCHAR(200) NOT NULL,
    trade           VARCHAR(200) NOT NULL,
    levels          TEXT[]       NOT NULL,
    places_per_week INT          NOT NULL,
    weeks           INT[]        NOT NULL,
    -- places reserved in each week, in the order of weeks
    reserved        INT[]        NOT NULL,
    -- the weeks that still have a free place: what matching looks for
    free_weeks      INT[]        NOT NULL,
    conditions      TEXT,
    entered_by      VARCHAR(20)  NOT NULL,
    published_on    DATE         NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX offer_view_academie ON offer_view (academie, offer_id);
CREATE INDEX offer_view_matching ON offer_view (academie, bassin, status);
CREATE INDEX offer_view_free_weeks ON offer_view USING GIN (free_weeks);

CREATE TABLE need_view (
    need_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    academie   VARCHAR(64)  NOT NULL,
    uai        VARCHAR(8)   NOT NULL,
    bassin     VARCHAR(100) NOT NULL,
    level      VARCHAR(40)  NOT NULL,
    speciality VARCHAR(200),
    pupils     INT          NOT NULL,
    -- pupils placed by the bank: reserved or confirmed places, cancelled ones given back
    placed     INT          NOT NULL,
    weeks      INT[]        NOT NULL,
    objectives TEXT,
    status     VARCHAR(20)  NOT NULL,
    stated_on  DATE         NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX need_view_academie ON need_view (academie, need_id);
CREATE INDEX need_view_matching ON need_view (academie, bassin, status);

CREATE TABLE placement_view (
    placement_id VARCHAR(64) NOT NULL PRIMARY KEY,
    offer_id     VARCHAR(64) NOT NULL,
    need_id      VARCHAR(64) NOT NULL,
    academie     VARCHAR(64) NOT NULL,
    uai          VARCHAR(8)  NOT NULL,
    priority     BOOLEAN     NOT NULL,
    level        VARCHAR(40) NOT NULL,
    places       INT         NOT NULL,
    weeks        INT[]       NOT NULL,
    status       VARCHAR(20) NOT NULL,
    reserved_on  DATE        NOT NULL,
    changed_on   DATE        NOT NULL
);
CREATE INDEX placement_view_offer ON placement_view (offer_id);
CREATE INDEX placement_view_need ON placement_view (need_id);
CREATE INDEX placement_view_academie ON placement_view (academie, placement_id);
