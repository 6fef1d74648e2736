-- The goods on each open cart's lines (product, options, stock item), so that a checkout can look up its delivery
-- facts (each line's stock level and option lead days) before it is sent, and the cart decides from the command
-- alone. Kept from the cart events by a subscribing processor in the cart command's own transaction (CartLines), so
-- it never lags behind the cart; a checked-out cart's lines are gone. Open carts' lines stored before this table
-- existed are copied in from the event store when it is created.

CREATE TABLE cart_line (
    cart_id       UUID  NOT NULL,
    item_id       UUID  NOT NULL,
    product_id    TEXT  NOT NULL,
    options       JSONB NOT NULL,
    stock_item_id TEXT,
    PRIMARY KEY (cart_id, item_id)
);

DO $$
BEGIN
    IF to_regclass('${eventStoreSchema}.domain_event_entry') IS NOT NULL THEN
        INSERT INTO cart_line (cart_id, item_id, product_id, options, stock_item_id)
        SELECT (added ->> 'cartId')::uuid, (added ->> 'itemId')::uuid, added ->> 'productId',
               coalesce(added -> 'options', '{}'::jsonb), added ->> 'stockItemId'
        FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb AS added
              FROM ${eventStoreSchema}.domain_event_entry
              WHERE payload_type = 'io.kiosk.api.cart.ItemAddedToCart') AS stored
        WHERE NOT EXISTS (SELECT 1 FROM ${eventStoreSchema}.domain_event_entry AS later
                          WHERE later.aggregate_identifier = stored.aggregate_identifier
                            AND (later.payload_type = 'io.kiosk.api.cart.CartCheckedOut'
                                 OR (later.payload_type = 'io.kiosk.api.cart.ItemRemovedFromCart'
                                     AND convert_from(later.payload, 'UTF8')::jsonb ->> 'itemId' = stored.added ->> 'itemId')))
        ON CONFLICT DO NOTHING;
    END IF;
END
$$;
