-- Responses to POSTs sent with an Idempotency-Key, so a retried request answers what the first one did.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(255) NOT NULL,
    principal       VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(255),
    location        VARCHAR(1024),
    etag            VARCHAR(255),
    body            BYTEA,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idempotency_key)
);
