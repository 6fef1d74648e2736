package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.ProductRefundRate;
import io.kiosk.api.analytics.ReasonRefundRate;
import io.kiosk.api.analytics.RefundRatesByProduct;
import io.kiosk.api.analytics.RefundRatesByReason;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static io.kiosk.projections.analytics.Figures.money;
import static io.kiosk.projections.analytics.Figures.rate;

/**
 * Refund rates over the orders paid in a period: what they sold ({@code sale_line}) against what has been
 * refunded for them, whenever ({@code refund_line} by {@code order_paid_on}), in units and in money, per product
 * and per refund reason. A rate therefore never counts refunds of other periods' sales, and may still rise while
 * the period's orders can be returned.
 */
@Component
class RefundReports {

    private final JdbcClient jdbc;

    RefundReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ProductRefundRate> answer(RefundRatesByProduct query) {
        return jdbc.sql("""
                        WITH sold AS (SELECT product_id, currency, sum(quantity) AS units, sum(amount) AS amount,
                                             (array_agg(product_name_zh ORDER BY paid_at DESC, order_id))[1] AS name_zh,
                                             (array_agg(product_name_en ORDER BY paid_at DESC, order_id))[1] AS name_en
                                      FROM analytics.sale_line
                                      WHERE paid_on BETWEEN :from AND :to
                                      GROUP BY product_id, currency),
                             refunded AS (SELECT product_id, currency, sum(quantity) AS units, sum(amount) AS amount,
                                                 (array_agg(product_name_zh ORDER BY refunded_at DESC, order_id))[1] AS name_zh,
                                                 (array_agg(product_name_en ORDER BY refunded_at DESC, order_id))[1] AS name_en
                                          FROM analytics.refund_line
                                          WHERE order_paid_on BETWEEN :from AND :to
                                          GROUP BY product_id, currency)
                        SELECT product_id, currency, COALESCE(sold.name_zh, refunded.name_zh) AS name_zh,
                               COALESCE(sold.name_en, refunded.name_en) AS name_en,
                               COALESCE(sold.units, 0) AS units_sold, COALESCE(refunded.units, 0) AS units_refunded,
                               COALESCE(sold.amount, 0) AS amount_sold, COALESCE(refunded.amount, 0) AS amount_refunded
                        FROM sold FULL JOIN refunded USING (product_id, currency)
                        ORDER BY product_id, currency""")
                .params(SalesReports.period(query.period()))
                .query((row, n) -> {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    long sold = row.getLong("units_sold");
                    long refunded = row.getLong("units_refunded");
                    BigDecimal amountSold = row.getBigDecimal("amount_sold");
                    BigDecimal amountRefunded = row.getBigDecimal("amount_refunded");
                    return new ProductRefundRate(new ProductId(row.getString("product_id")), row.getString("name_zh"),
                            row.getString("name_en"), currency, sold, refunded, rate(refunded, sold),
                            money(amountSold, currency), money(amountRefunded, currency), rate(amountRefunded, amountSold));
                })
                .list();
    }

    @QueryHandler
    List<ReasonRefundRate> answer(RefundRatesByReason query) {
        return jdbc.sql("""
                        WITH sold AS (SELECT currency, sum(quantity) AS units, sum(amount) AS amount
                                      FROM analytics.sale_line
                                      WHERE paid_on BETWEEN :from AND :to
                                      GROUP BY currency),
                             refunded AS (SELECT reason, currency, count(DISTINCT refund_id) AS refunds, sum(quantity) AS units,
                                                 sum(amount) AS amount
                                          FROM analytics.refund_line
                                          WHERE order_paid_on BETWEEN :from AND :to
                                          GROUP BY reason, currency)
                        SELECT reason, currency, refunds, COALESCE(sold.units, 0) AS units_sold, refunded.units AS units_refunded,
                               COALESCE(sold.amount, 0) AS amount_sold, refunded.amount AS amount_refunded
                        FROM refunded LEFT JOIN sold USING (currency)
                        ORDER BY reason, currency""")
                .params(SalesReports.period(query.period()))
                .query((row, n) -> {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    long sold = row.getLong("units_sold");
                    long refunded = row.getLong("units_refunded");
                    BigDecimal amountSold = row.getBigDecimal("amount_sold");
                    BigDecimal amountRefunded = row.getBigDecimal("amount_refunded");
                    return new ReasonRefundRate(row.getString("reason"), currency, row.getLong("refunds"), sold, refunded,
                            rate(refunded, sold), money(amountSold, currency), money(amountRefunded, currency),
                            rate(amountRefunded, amountSold));
                })
                .list();
    }
}
