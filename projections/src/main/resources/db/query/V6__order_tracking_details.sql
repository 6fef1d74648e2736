-- What the customer said at checkout (delivery address, contact, payment method, delivery region),
-- as JSON: shown to the order's owner and to staff with the order. Null for orders placed before
-- checkouts carried details. An index for a customer's order list filtered by status.

ALTER TABLE order_tracking ADD COLUMN details JSONB;

CREATE INDEX order_tracking_by_customer_and_status ON order_tracking (customer_id, status, placed_at DESC);
