-- Idempotency keys: the first answer to a request sent with an Idempotency-Key header, kept per
-- caller account and key so that a retry gets that answer again instead of a second order or charge.
-- A row without a status is a request still in progress (its claim is the one instance allowed to
-- finish it); a 5xx answer deletes the row, so the key may be retried. Rows past expires_at count as
-- absent and are deleted by a scheduled cleanup.

CREATE TABLE idempotency_key (
    account_id   UUID         NOT NULL,
    client_key   VARCHAR(255) NOT NULL,
    -- SHA-256 (hex) of method, path and body: the same key with another request is refused
    fingerprint  VARCHAR(64)  NOT NULL,
    claim        UUID         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    completed_at TIMESTAMPTZ,
    status       SMALLINT,
    location     VARCHAR(2048),
    content_type VARCHAR(255),
    body         BYTEA,
    PRIMARY KEY (account_id, client_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
