-- The analytics read model: facts about carts, orders, payments, products and refunds, for the query API's
-- reports and for analysts who query them with SQL (read-only role kiosk_analyst, see README "Analytics").
-- Built only from events by io.kiosk.projections.analytics; emptied by its reset handler and rebuilt by a replay.
--
-- Rules that keep it right however often and in whichever interleaving events are handled:
--   * each table is written from one aggregate's events only and keyed by that aggregate's id;
--   * "version" is the sequence number of the aggregate's last event applied: an event at or below it
--     was seen before and changes nothing;
--   * every value comes from event data or the event's timestamp, never from the clock of the moment;
--   * figures that combine aggregates (an order's payment, a refund's order) are joined when read, in the
--     views of V2, never written across tables.
-- Each moment is kept as an instant (<x>_at) and as the day it fell on in the mall's time zone (<x>_on,
-- kiosk.delivery.zone, Asia/Shanghai): changing the zone asks for a rebuild. Money is NUMERIC at the
-- currency's scale (199.00 CNY, 1500 JPY), always beside its currency. No personal data: no names,
-- addresses, contacts, customer ids, nor the options a customer chose (an engraving is free text).

-- One row per cart (Cart events).
CREATE TABLE analytics.cart_fact (
    cart_id        UUID        NOT NULL PRIMARY KEY,
    created_at     TIMESTAMPTZ,
    created_on     DATE,
    checked_out_at TIMESTAMPTZ,
    checked_out_on DATE,
    order_id       UUID,
    version        BIGINT      NOT NULL
);

CREATE INDEX cart_fact_by_created_on ON analytics.cart_fact (created_on);

-- One row per order (Order events). payment_method and region are what the checkout said (absent for
-- orders placed before checkouts said it); status is the last one reached. placed_weekday is ISO
-- (1 = Monday ... 7 = Sunday) and placed_hour 0-23, both in mall time.
CREATE TABLE analytics.order_fact (
    order_id            UUID        NOT NULL PRIMARY KEY,
    cart_id             UUID        NOT NULL,
    currency            CHAR(3)     NOT NULL,
    total               NUMERIC     NOT NULL,
    line_count          INTEGER     NOT NULL,
    units               INTEGER     NOT NULL,
    payment_method      VARCHAR(20),
    region              VARCHAR(16),
    status              VARCHAR(32) NOT NULL,
    placed_at           TIMESTAMPTZ NOT NULL,
    placed_on           DATE        NOT NULL,
    placed_weekday      SMALLINT    NOT NULL,
    placed_hour         SMALLINT    NOT NULL,
    paid_at             TIMESTAMPTZ,
    paid_on             DATE,
    payment_id          UUID,
    shipped_at          TIMESTAMPTZ,
    shipped_on          DATE,
    delivered_at        TIMESTAMPTZ,
    delivered_on        DATE,
    cancelled_at        TIMESTAMPTZ,
    cancelled_on        DATE,
    cancellation_reason VARCHAR(32),
    cancelled_when_paid BOOLEAN,
    expired_at          TIMESTAMPTZ,
    expired_on          DATE,
    version             BIGINT      NOT NULL
);

CREATE INDEX order_fact_by_placed_on ON analytics.order_fact (placed_on);
CREATE INDEX order_fact_by_paid_on ON analytics.order_fact (paid_on);
CREATE INDEX order_fact_by_cart ON analytics.order_fact (cart_id);

-- One row per order line, written once with the order's placement (lines never change). The name and
-- category are the line's label, what the product was sold as; absent for lines placed before lines
-- carried a label (the views fall back to product_fact, then to the product id and "uncategorised").
CREATE TABLE analytics.order_line_fact (
    order_id        UUID        NOT NULL,
    line_id         UUID        NOT NULL,
    position        INTEGER     NOT NULL,
    product_id      VARCHAR(64) NOT NULL,
    product_name_zh VARCHAR(120),
    product_name_en VARCHAR(120),
    category        VARCHAR(40),
    quantity        INTEGER     NOT NULL,
    currency        CHAR(3)     NOT NULL,
    unit_price      NUMERIC     NOT NULL,
    line_total      NUMERIC     NOT NULL,
    PRIMARY KEY (order_id, line_id)
);

-- One row per payment attempt (Payment events). started is its first event (requested, held for review,
-- or failed at once); method, currency and amount are absent for a payment that failed before it asked
-- anyone (the views take the order's). held_for_review says whether the risk check ever held it.
CREATE TABLE analytics.payment_fact (
    payment_id      UUID        NOT NULL PRIMARY KEY,
    order_id        UUID        NOT NULL,
    method          VARCHAR(20),
    currency        CHAR(3),
    amount          NUMERIC,
    status          VARCHAR(20) NOT NULL,
    held_for_review BOOLEAN     NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    started_on      DATE        NOT NULL,
    succeeded_at    TIMESTAMPTZ,
    succeeded_on    DATE,
    failed_at       TIMESTAMPTZ,
    failed_on       DATE,
    failure_reason  VARCHAR(64),
    cancelled_at    TIMESTAMPTZ,
    cancelled_on    DATE,
    version         BIGINT      NOT NULL
);

CREATE INDEX payment_fact_by_order ON analytics.payment_fact (order_id);
CREATE INDEX payment_fact_by_started_on ON analytics.payment_fact (started_on);
CREATE INDEX payment_fact_by_succeeded_on ON analytics.payment_fact (succeeded_on);
CREATE INDEX payment_fact_by_failed_on ON analytics.payment_fact (failed_on);

-- The latest definition of each product (Product events): the name and category for order lines that
-- carry no label of their own.
CREATE TABLE analytics.product_fact (
    product_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(120) NOT NULL,
    name_en    VARCHAR(120) NOT NULL,
    category   VARCHAR(40)  NOT NULL,
    version    BIGINT       NOT NULL
);

-- One row per refund whose money went back (Refund events), with its lines: which products, how many
-- units (0 for money returned without goods) and how much of the amount each line accounts for; the
-- refund's amount is the sum of its lines, in the order's currency. reason is the refund's stable code.
CREATE TABLE analytics.refund_fact (
    refund_id   UUID        NOT NULL PRIMARY KEY,
    order_id    UUID        NOT NULL,
    reason      VARCHAR(64) NOT NULL,
    currency    CHAR(3)     NOT NULL,
    amount      NUMERIC     NOT NULL,
    units       INTEGER     NOT NULL,
    refunded_at TIMESTAMPTZ NOT NULL,
    refunded_on DATE        NOT NULL,
    version     BIGINT      NOT NULL
);

CREATE INDEX refund_fact_by_order ON analytics.refund_fact (order_id);
CREATE INDEX refund_fact_by_refunded_on ON analytics.refund_fact (refunded_on);

CREATE TABLE analytics.refund_line_fact (
    refund_id  UUID        NOT NULL REFERENCES analytics.refund_fact (refund_id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    product_id VARCHAR(64) NOT NULL,
    quantity   INTEGER     NOT NULL,
    amount     NUMERIC     NOT NULL,
    PRIMARY KEY (refund_id, position)
);
