-- The payment of a tracked order: its method, where it stands, and what the customer does next to
-- pay (open a page, scan a code). Written from the payment's own events, which carry the order id.
-- A table of its own, without a reference to order_tracking: payment events and order events are
-- handled by different segments, so a payment may be seen before the order it belongs to.
-- "version" is the payment's last event sequence applied, so replays never go backwards.

CREATE TABLE order_tracking_payment (
    order_id     UUID          NOT NULL PRIMARY KEY,
    payment_id   UUID          NOT NULL,
    method       VARCHAR(20),
    status       VARCHAR(20)   NOT NULL,
    action_kind  VARCHAR(20),
    action_value VARCHAR(2000),
    version      BIGINT        NOT NULL
);
