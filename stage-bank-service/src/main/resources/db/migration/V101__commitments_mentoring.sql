-- Objectif stages' commitments of companies, and the mentors of the parrainage with the young people they follow.
CREATE TABLE commitment_view (
    commitment_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    academie       VARCHAR(64)  NOT NULL,
    bassin         VARCHAR(100),
    company_siret  CHAR(14)     NOT NULL,
    company_name   VARCHAR(300) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    -- [{"schoolYear": "2009-2010", "trainees": 6}, ...], oldest first
    years          JSONB        NOT NULL,
    declined_for   VARCHAR(9),
    decline_reason TEXT,
    version        BIGINT       NOT NULL
);
CREATE INDEX commitment_view_academie ON commitment_view (academie, commitment_id);
CREATE INDEX commitment_view_siret ON commitment_view (company_siret);

CREATE TABLE mentor_view (
    mentor_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    academie      VARCHAR(64)  NOT NULL,
    reference     VARCHAR(100) NOT NULL,
    company_siret CHAR(14),
    company_name  VARCHAR(300),
    status        VARCHAR(20)  NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX mentor_view_academie ON mentor_view (academie, mentor_id);

CREATE TABLE mentoring_view (
    mentor_id    VARCHAR(64) NOT NULL,
    uai          VARCHAR(8)  NOT NULL,
    school_year  VARCHAR(9)  NOT NULL,
    young_people INT         NOT NULL,
    PRIMARY KEY (mentor_id, uai, school_year)
);
CREATE INDEX mentoring_view_uai ON mentoring_view (uai, school_year);
