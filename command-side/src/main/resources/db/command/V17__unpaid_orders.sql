-- A customer's orders placed and not yet paid, cancelled or expired, with the units in them: what the cap on unpaid
-- orders (kiosk.orders.unpaid.*) counts. Written by a subscribing processor in the transaction of the events
-- themselves: a row comes with OrderPlaced (refused, and the checkout with it, when it would pass a cap) and goes
-- with OrderPaid, OrderCancelled or OrderExpired. Orders placed before this table existed are not counted: they
-- were paid or closed within the payment timeout, or wait for a review.

CREATE TABLE unpaid_order (
    order_id    UUID        NOT NULL PRIMARY KEY,
    customer_id UUID        NOT NULL,
    units       INTEGER     NOT NULL,
    placed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX unpaid_order_customer ON unpaid_order (customer_id);
