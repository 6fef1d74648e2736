-- What each line's product was sold as (name in both languages, category), from the order line's label.
-- Null for lines placed before order lines carried their label: they show the product id only.

ALTER TABLE order_tracking_line
    ADD COLUMN product_name_zh VARCHAR(120),
    ADD COLUMN product_name_en VARCHAR(120),
    ADD COLUMN category        VARCHAR(40);
