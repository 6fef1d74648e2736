-- Cart read model: one row per cart, one per line it holds now. Built only from the Cart aggregate's events by
-- io.kiosk.projections.cart; safe to truncate and replay. "version" is the sequence number of the cart's last event
-- applied: an event at or below it was seen before and changes nothing. "customer_id" is the cart's owner: the query
-- API shows a cart to its owner (and to staff) only, and finds a customer's newest open cart by it.

CREATE TABLE cart (
    cart_id        UUID        NOT NULL PRIMARY KEY,
    customer_id    UUID        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    order_id       UUID,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    checked_out_at TIMESTAMPTZ,
    version        BIGINT      NOT NULL
);

-- the caller's current cart: their newest open one
CREATE INDEX cart_open_by_customer ON cart (customer_id, created_at DESC) WHERE status = 'OPEN';

-- A line as the cart holds it: what was added (the product's name and category as it was sold, missing for lines
-- added before carts recorded them; the normalised options; the unit price the cart quoted) and how many units now.
-- "added_in" is the sequence number of the event that added it: lines are listed in the order they were added.
CREATE TABLE cart_line (
    cart_id         UUID          NOT NULL REFERENCES cart (cart_id) ON DELETE CASCADE,
    item_id         UUID          NOT NULL,
    added_in        BIGINT        NOT NULL,
    product_id      VARCHAR(64)   NOT NULL,
    product_name_zh VARCHAR(120),
    product_name_en VARCHAR(120),
    category        VARCHAR(40),
    options         JSONB         NOT NULL,
    quantity        INTEGER       NOT NULL,
    unit_price      NUMERIC(16,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    PRIMARY KEY (cart_id, item_id)
);
