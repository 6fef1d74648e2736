-- Each stock item's level as a checkout's delivery estimate needs it: units on hand and reserved,
-- or made to order with a lead time. Written by a subscribing processor in the same transaction as
-- the StockItem's events, so it is never behind them. Items whose events were stored before this
-- table existed appear once their next event is applied (a stocktake or receipt).

CREATE TABLE stock_levels (
    stock_item_id TEXT         NOT NULL PRIMARY KEY,
    on_hand       INTEGER      NOT NULL,
    reserved      INTEGER      NOT NULL,
    made_to_order BOOLEAN      NOT NULL,
    lead_days     INTEGER      NOT NULL,
    -- sequence number of the stock item's last event reflected here
    version       BIGINT       NOT NULL
);
