-- Whom Kiosk writes to about an order and its refunds: the contact given at checkout and the order's total, one
-- row per order, kept from OrderPlaced by a subscribing processor in the checkout's own transaction (OrderMail),
-- so the mails never read an order's events back to find out. Orders placed before this table existed are copied
-- in from their stored OrderPlaced (Jackson JSON in the event store) when it is created; orders placed without
-- checkout details have no contact and get no mail.

CREATE TABLE order_contact (
    order_id    UUID    NOT NULL PRIMARY KEY,
    customer_id UUID    NOT NULL,
    name        TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    total       NUMERIC NOT NULL,
    currency    CHAR(3) NOT NULL
);

DO $$
BEGIN
    IF to_regclass('${eventStoreSchema}.domain_event_entry') IS NOT NULL THEN
        INSERT INTO order_contact (order_id, customer_id, name, email, total, currency)
        SELECT (placed ->> 'orderId')::uuid, (placed ->> 'customerId')::uuid,
               placed -> 'details' -> 'contact' ->> 'name', placed -> 'details' -> 'contact' ->> 'email',
               (placed -> 'total' ->> 'amount')::numeric, placed -> 'total' ->> 'currency'
        FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS placed
              FROM ${eventStoreSchema}.domain_event_entry
              WHERE payload_type = 'io.kiosk.api.order.OrderPlaced') AS stored
        WHERE placed -> 'details' -> 'contact' ->> 'email' IS NOT NULL
        ON CONFLICT (order_id) DO NOTHING;
    END IF;
END
$$;
