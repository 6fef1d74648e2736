-- The refund work list: one row per refund, kept from the refund events by a subscribing processor in the same
-- transaction as the events (never behind them), like held_payment. The back office lists the refunds to review,
-- the goods to receive and the escalated payouts from it; a customer reads their own. The refund's events stay
-- the truth: lines are the refund's RefundLine list as JSON, amounts in the refund's currency.

CREATE TABLE refund_request (
    refund_id        UUID          NOT NULL PRIMARY KEY,
    order_id         UUID          NOT NULL,
    customer_id      UUID          NOT NULL,
    payment_method   VARCHAR(20),
    reason           VARCHAR(30)   NOT NULL,
    note             VARCHAR(500),
    with_return      BOOLEAN       NOT NULL,
    lines            TEXT          NOT NULL,
    currency         CHAR(3)       NOT NULL,
    requested_amount NUMERIC(19,4) NOT NULL,
    approved_amount  NUMERIC(19,4),
    refunded_amount  NUMERIC(19,4),
    status           VARCHAR(20)   NOT NULL,
    status_note      VARCHAR(1000),
    return_deadline  TIMESTAMPTZ,
    return_carrier   VARCHAR(100),
    return_tracking  VARCHAR(100),
    attempts         INT           NOT NULL DEFAULT 0,
    requested_at     TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX refund_request_status ON refund_request (status, requested_at);
CREATE INDEX refund_request_customer ON refund_request (customer_id, requested_at);
CREATE INDEX refund_request_order ON refund_request (order_id);
