-- The order's lifecycle in the tracking read model: where a shipped order travels, and a timeline
-- with one row per status the order reached, keyed by the sequence number of the event that moved
-- it there (so a replayed or redelivered event adds nothing). Built only from events; safe to
-- truncate and replay.

ALTER TABLE order_tracking
    ADD COLUMN carrier         VARCHAR(100),
    ADD COLUMN tracking_number VARCHAR(100),
    ADD COLUMN eta_earliest    DATE,
    ADD COLUMN eta_latest      DATE;

CREATE TABLE order_tracking_status (
    order_id UUID         NOT NULL REFERENCES order_tracking (order_id) ON DELETE CASCADE,
    sequence BIGINT       NOT NULL,
    status   VARCHAR(32)  NOT NULL,
    at       TIMESTAMPTZ  NOT NULL,
    note     VARCHAR(200),
    PRIMARY KEY (order_id, sequence)
);
