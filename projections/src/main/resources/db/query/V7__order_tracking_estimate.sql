-- The delivery window promised at checkout (by the same rules as the live quote). Null when no
-- window could be promised (a line out of stock) and for orders placed before checkouts estimated
-- delivery. The shipment's own window, once it ships, stays in eta_earliest/eta_latest.

ALTER TABLE order_tracking ADD COLUMN estimate_earliest DATE;
ALTER TABLE order_tracking ADD COLUMN estimate_latest DATE;
