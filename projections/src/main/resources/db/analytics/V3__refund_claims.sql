-- What each refund asked for, from the refund's RefundRequested: its order, reason and lines (product,
-- units, what those units cost), kept until the money goes back (RefundCompleted), which records the
-- refund in refund_fact with these lines, their amounts scaled to what was actually paid back (a refund
-- may be approved for less than was asked). Written only from the refund's own events, which one segment
-- handles in order; version is the refund's sequence number. No personal data: the customer's note stays out.

CREATE TABLE analytics.refund_claim (
    refund_id UUID        NOT NULL PRIMARY KEY,
    order_id  UUID        NOT NULL,
    reason    VARCHAR(32) NOT NULL,
    currency  CHAR(3)     NOT NULL,
    lines     JSONB       NOT NULL,
    version   BIGINT      NOT NULL
);
