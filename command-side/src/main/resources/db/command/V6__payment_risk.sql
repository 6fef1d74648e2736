-- The risk check's memory, written by a subscribing processor in the same transaction as the payment's
-- events (never behind them). payment_attempt: one row per payment that reached a provider or review, with
-- its customer, so "payments / failed payments of this customer in the last hour" is one indexed count
-- (the event store would have to read every payment's JSON to find a customer's). held_payment: the
-- payments waiting for the back office, for its list; a row goes when the payment is approved or rejected.

CREATE TABLE payment_attempt (
    payment_id   UUID        NOT NULL PRIMARY KEY,
    customer_id  UUID        NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    failed_at    TIMESTAMPTZ
);
CREATE INDEX payment_attempt_customer ON payment_attempt (customer_id, attempted_at);

CREATE TABLE held_payment (
    payment_id  UUID          NOT NULL PRIMARY KEY,
    order_id    UUID          NOT NULL,
    customer_id UUID          NOT NULL,
    method      VARCHAR(20)   NOT NULL,
    amount      NUMERIC(19,4) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    rules       VARCHAR(500)  NOT NULL,
    held_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX held_payment_held_at ON held_payment (held_at);
