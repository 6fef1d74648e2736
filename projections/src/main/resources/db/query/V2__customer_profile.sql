-- Customer profile read model: one row per customer, one per kept delivery address and one per
-- saved payment method. Built only from the Customer aggregate's events by
-- io.kiosk.projections.customer; safe to truncate and replay. "version" is the sequence number of
-- the customer's last event applied: an event at or below it was seen before and changes nothing.
-- Payment methods keep provider and label only: the provider's token is never needed to show a
-- profile, so the query side never stores it.

CREATE TABLE customer_profile (
    customer_id    UUID         NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    email_verified BOOLEAN      NOT NULL,
    name           VARCHAR(100) NOT NULL,
    phone          VARCHAR(16),
    registered_at  TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);

-- "added_in" is the sequence number of the event that added the row: the profile lists addresses
-- and payment methods in the order the customer added them.
CREATE TABLE customer_address (
    customer_id UUID         NOT NULL REFERENCES customer_profile (customer_id) ON DELETE CASCADE,
    address_id  UUID         NOT NULL,
    added_in    BIGINT       NOT NULL,
    recipient   VARCHAR(100) NOT NULL,
    phone       VARCHAR(16)  NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200),
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100) NOT NULL,
    postal_code VARCHAR(20)  NOT NULL,
    country     CHAR(2)      NOT NULL,
    PRIMARY KEY (customer_id, address_id)
);

CREATE TABLE customer_payment_method (
    customer_id       UUID        NOT NULL REFERENCES customer_profile (customer_id) ON DELETE CASCADE,
    payment_method_id UUID        NOT NULL,
    added_in          BIGINT      NOT NULL,
    provider          VARCHAR(32) NOT NULL,
    label             VARCHAR(60) NOT NULL,
    PRIMARY KEY (customer_id, payment_method_id)
);
