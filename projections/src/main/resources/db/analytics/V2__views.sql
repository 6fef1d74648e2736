-- What analysts (and the query API's reports) read: the facts of V1 joined across aggregates when read.
-- Days are mall days (the <x>_on columns); money is per currency, never added across currencies.
--
-- Definitions (README "Analytics"):
--   sold / gross   the lines and totals of orders paid, on the day they were paid
--   refunded       money refunded, on the day it was refunded (daily_sales), or for the orders it belongs
--                  to (refund_line.order_paid_on, for refund rates over the orders of a period)
--   net            gross minus refunded
--   average order value   gross / orders paid, rounded half up to the currency's decimals
-- Views that count per day are sums of one-row-per-event branches (UNION ALL), so that a filter on the day
-- reaches each fact table's index.

-- Every line of every paid order, with the name and category it was sold as: its label, else the product's
-- latest definition, else the product id and "uncategorised".
CREATE VIEW analytics.sale_line AS
SELECT l.order_id,
       l.line_id,
       o.paid_at,
       o.paid_on,
       l.product_id,
       COALESCE(l.product_name_zh, p.name_zh, l.product_id) AS product_name_zh,
       COALESCE(l.product_name_en, p.name_en, l.product_id) AS product_name_en,
       COALESCE(l.category, p.category, 'uncategorised')     AS category,
       l.currency,
       l.quantity,
       l.unit_price,
       l.line_total                                         AS amount
FROM analytics.order_line_fact l
         JOIN analytics.order_fact o ON o.order_id = l.order_id
         LEFT JOIN analytics.product_fact p ON p.product_id = l.product_id
WHERE o.paid_at IS NOT NULL;

-- Every line of every refund, with its order's payment day and the name and category its product was sold
-- as in that order (as in sale_line).
CREATE VIEW analytics.refund_line AS
SELECT r.refund_id,
       rl.position,
       r.order_id,
       r.reason,
       r.refunded_at,
       r.refunded_on,
       o.paid_on                                                            AS order_paid_on,
       rl.product_id,
       COALESCE(sold.product_name_zh, p.name_zh, rl.product_id)             AS product_name_zh,
       COALESCE(sold.product_name_en, p.name_en, rl.product_id)             AS product_name_en,
       COALESCE(sold.category, p.category, 'uncategorised')                 AS category,
       r.currency,
       rl.quantity,
       rl.amount
FROM analytics.refund_fact r
         JOIN analytics.refund_line_fact rl ON rl.refund_id = r.refund_id
         LEFT JOIN analytics.order_fact o ON o.order_id = r.order_id
         LEFT JOIN LATERAL (SELECT l.product_name_zh, l.product_name_en, l.category
                            FROM analytics.order_line_fact l
                            WHERE l.order_id = r.order_id AND l.product_id = rl.product_id
                            ORDER BY l.position
                            LIMIT 1) sold ON TRUE
         LEFT JOIN analytics.product_fact p ON p.product_id = rl.product_id;

-- Per day and currency: orders placed, orders paid and their totals, money refunded, net, average order value.
CREATE VIEW analytics.daily_sales AS
SELECT day,
       currency,
       sum(placed)                   AS orders_placed,
       sum(paid)                     AS orders_paid,
       sum(gross)                    AS gross,
       sum(refunded)                 AS refunded,
       sum(gross) - sum(refunded)    AS net,
       CASE WHEN sum(paid) > 0 THEN round(sum(gross) / sum(paid), scale(sum(gross))) END AS average_order_value
FROM (SELECT placed_on AS day, currency, 1 AS placed, 0 AS paid, 0 AS gross, 0 AS refunded
      FROM analytics.order_fact
      UNION ALL
      SELECT paid_on, currency, 0, 1, total, 0
      FROM analytics.order_fact
      WHERE paid_on IS NOT NULL
      UNION ALL
      SELECT refunded_on, currency, 0, 0, 0, amount
      FROM analytics.refund_fact) happened
GROUP BY day, currency;

-- Per day carts were created: carts created, of them checked out, their orders paid, and of those the
-- orders with money refunded (whenever each step happened).
CREATE VIEW analytics.funnel_daily AS
SELECT c.created_on                                                   AS day,
       count(*)                                                       AS carts_created,
       count(c.checked_out_at)                                        AS carts_checked_out,
       count(o.paid_at)                                               AS orders_paid,
       count(*) FILTER (WHERE o.paid_at IS NOT NULL AND EXISTS (SELECT 1 FROM analytics.refund_fact r
                                                                WHERE r.order_id = o.order_id)) AS orders_refunded
FROM analytics.cart_fact c
         LEFT JOIN analytics.order_fact o ON o.cart_id = c.cart_id
WHERE c.created_on IS NOT NULL
GROUP BY c.created_on;

-- Per day, payment method and currency: payments started, succeeded and failed that day, money collected
-- by those that succeeded. A payment that failed before it asked anyone takes its order's method and currency.
CREATE VIEW analytics.payment_method_daily AS
SELECT day,
       method,
       currency,
       sum(started)   AS payments_started,
       sum(succeeded) AS payments_succeeded,
       sum(failed)    AS payments_failed,
       sum(amount)    AS amount_collected
FROM (SELECT p.started_on AS day, COALESCE(p.method, o.payment_method) AS method,
             COALESCE(p.currency, o.currency) AS currency, 1 AS started, 0 AS succeeded, 0 AS failed, 0 AS amount
      FROM analytics.payment_fact p
               LEFT JOIN analytics.order_fact o ON o.order_id = p.order_id
      UNION ALL
      SELECT p.succeeded_on, COALESCE(p.method, o.payment_method), COALESCE(p.currency, o.currency), 0, 1, 0, p.amount
      FROM analytics.payment_fact p
               LEFT JOIN analytics.order_fact o ON o.order_id = p.order_id
      WHERE p.succeeded_on IS NOT NULL
      UNION ALL
      SELECT p.failed_on, COALESCE(p.method, o.payment_method), COALESCE(p.currency, o.currency), 0, 0, 1, 0
      FROM analytics.payment_fact p
               LEFT JOIN analytics.order_fact o ON o.order_id = p.order_id
      WHERE p.failed_on IS NOT NULL) happened
GROUP BY day, method, currency;

-- Per day and hour of the day (mall time): orders placed, and of them the ones paid (whenever).
-- weekday is ISO: 1 = Monday ... 7 = Sunday.
CREATE VIEW analytics.hourly_orders AS
SELECT placed_on      AS day,
       placed_weekday AS weekday,
       placed_hour    AS hour,
       count(*)       AS orders_placed,
       count(paid_at) AS orders_paid
FROM analytics.order_fact
GROUP BY placed_on, placed_weekday, placed_hour;
