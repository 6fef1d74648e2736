-- Order tracking read model: one row per order, one per order line. Built only from events by
-- io.kiosk.projections.tracking; safe to truncate and replay. "version" is the sequence number of
-- the order's last event applied, so a replayed or redelivered event never overwrites newer state.
-- "customer_id" is the account that placed the order: the query API shows an order to its owner
-- (and to staff) only, and lists a customer's orders by it.

CREATE TABLE order_tracking (
    order_id    UUID          NOT NULL PRIMARY KEY,
    cart_id     UUID          NOT NULL,
    customer_id UUID          NOT NULL,
    status      VARCHAR(32)   NOT NULL,
    currency    CHAR(3)       NOT NULL,
    total       NUMERIC(16,4) NOT NULL,
    placed_at   TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE INDEX order_tracking_by_customer ON order_tracking (customer_id, placed_at DESC);

CREATE TABLE order_tracking_line (
    order_id   UUID          NOT NULL REFERENCES order_tracking (order_id) ON DELETE CASCADE,
    line_id    UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    product_id VARCHAR(64)   NOT NULL,
    options    JSONB         NOT NULL,
    quantity   INTEGER       NOT NULL,
    unit_price NUMERIC(16,4) NOT NULL,
    PRIMARY KEY (order_id, line_id)
);
