-- The command side's catalogue: each product's current definition (JSON as the application's
-- ObjectMapper writes the core-api ProductDefinition) and whether customers may order it. Written by
-- a subscribing processor in the same transaction as the product's events, so it is never behind
-- them; carts price their lines from it. The query side keeps its own catalogue for browsing.

CREATE TABLE product_catalog (
    product_id VARCHAR(64) NOT NULL PRIMARY KEY,
    definition JSONB       NOT NULL,
    published  BOOLEAN     NOT NULL,
    -- sequence number of the product's last event reflected here
    version    BIGINT      NOT NULL
);
