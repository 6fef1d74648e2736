-- What a paid order cancelled before it ships gives back to the shelf: the stock item of each line, per order, kept
-- by the paid-cancellation restock itself from the order events it handles (OrderPlaced adds the lines; shipping,
-- expiry or cancellation take them away), so it never reads an order's events back. Orders that may still be
-- cancelled, or whose cancellation the restock has not handled yet, are copied in from the event store when the
-- table is created: placed, not shipped, delivered or expired, and not cancelled at or before the restock's token.

CREATE TABLE restock_line (
    order_id      UUID NOT NULL,
    line_id       UUID NOT NULL,
    stock_item_id TEXT NOT NULL,
    PRIMARY KEY (order_id, line_id)
);

DO $$
DECLARE
    handled BIGINT;
BEGIN
    IF to_regclass('${eventStoreSchema}.domain_event_entry') IS NULL THEN
        RETURN;
    END IF;
    BEGIN
        -- how far the restock has read (a gap-aware token: {"index":...,"gaps":[...]}); none: it starts at the head
        SELECT min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint) INTO handled
        FROM token_entry WHERE processor_name = 'paid-cancellation-restock' AND token IS NOT NULL;
    EXCEPTION WHEN others THEN
        handled := NULL;
    END;
    INSERT INTO restock_line (order_id, line_id, stock_item_id)
    SELECT stored.aggregate_identifier::uuid, (line ->> 'lineId')::uuid, line ->> 'stockItemId'
    FROM ${eventStoreSchema}.domain_event_entry AS stored,
         jsonb_array_elements(convert_from(stored.payload, 'UTF8')::jsonb -> 'lines') AS line
    WHERE stored.payload_type = 'io.kiosk.api.order.OrderPlaced'
      AND line ->> 'stockItemId' IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ${eventStoreSchema}.domain_event_entry AS later
                      WHERE later.aggregate_identifier = stored.aggregate_identifier
                        AND (later.payload_type IN ('io.kiosk.api.order.OrderShipped', 'io.kiosk.api.order.OrderDelivered',
                                                    'io.kiosk.api.order.OrderExpired')
                             OR (later.payload_type = 'io.kiosk.api.order.OrderCancelled'
                                 AND later.global_index <= coalesce(handled, 9223372036854775807))))
    ON CONFLICT DO NOTHING;
END
$$;
