-- Refunds in the tracking read model. On the order's row, from the order's OrderRefunded events: the money
-- given back so far and what it makes the order (NONE, PARTIALLY_REFUNDED, FULLY_REFUNDED). One row per
-- refund, from the refund's own events (which carry the order id): its status and the refund as tracking
-- shows it (JSON: what was asked, approved and paid back, the return of the goods, the back office's word).
-- A table of its own, without a reference to order_tracking: refund events and order events are handled by
-- different segments, so a refund may be seen before its order. "version" is the refund's last event
-- sequence applied, so replays never go backwards.

ALTER TABLE order_tracking
    ADD COLUMN refunded_amount NUMERIC(16,4),
    ADD COLUMN refund_state    VARCHAR(20) NOT NULL DEFAULT 'NONE';

CREATE TABLE order_tracking_refund (
    refund_id    UUID        NOT NULL PRIMARY KEY,
    order_id     UUID        NOT NULL,
    status       VARCHAR(20) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    refund       JSONB       NOT NULL,
    version      BIGINT      NOT NULL
);

CREATE INDEX order_tracking_refund_by_order ON order_tracking_refund (order_id, requested_at);
