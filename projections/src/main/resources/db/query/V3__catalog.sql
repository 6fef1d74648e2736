-- Catalogue read model: published products, stock per variant, units sold per product. Built only
-- from the Product, StockItem and Order events by io.kiosk.projections.catalog; safe to truncate and
-- replay (together with the Elasticsearch index kiosk-products).
--
-- "version" is the sequence number of the last event applied from the row's own aggregate (the
-- product for catalog_product, the stock item for catalog_stock): an event at or below it was seen
-- before and changes nothing. A product row may exist before its product is defined (version -1,
-- no definition), because stock and sales of it can be handled first.
--
-- "search_revision" counts the changes made to the product's search document. Every handler that
-- changes what the document shows moves it up in the same transaction (UPDATE ... RETURNING, which holds the row
-- lock until commit, so concurrent updaters of one product take turns) and writes the document with
-- that revision as its external version: Elasticsearch then refuses whatever an older writer sends.

CREATE TABLE catalog_product (
    product_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    definition      JSONB,
    published       BOOLEAN     NOT NULL DEFAULT FALSE,
    published_at    TIMESTAMPTZ,
    units_sold      BIGINT      NOT NULL DEFAULT 0,
    version         BIGINT      NOT NULL DEFAULT -1,
    search_revision BIGINT      NOT NULL DEFAULT 0,
    in_search       BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- One row per stock-keeping variant, keyed by its stock item id ("ks-charger-pro/colour=graphite;size=L"),
-- which a quote computes from the chosen options: a primary-key lookup per quote.
CREATE TABLE catalog_stock (
    stock_item_id TEXT        NOT NULL PRIMARY KEY,
    product_id    VARCHAR(64) NOT NULL,
    variant       JSONB       NOT NULL,
    on_hand       INTEGER     NOT NULL,
    reserved      INTEGER     NOT NULL,
    made_to_order BOOLEAN     NOT NULL,
    lead_days     INTEGER     NOT NULL,
    version       BIGINT      NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX catalog_stock_by_product ON catalog_stock (product_id);

-- Units of each product per order, so that an order counts once towards popularity however often
-- its event is handled.
CREATE TABLE catalog_sale (
    order_id   UUID        NOT NULL,
    product_id VARCHAR(64) NOT NULL,
    units      INTEGER     NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
