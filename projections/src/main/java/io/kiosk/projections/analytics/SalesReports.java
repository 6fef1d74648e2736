package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.CategorySales;
import io.kiosk.api.analytics.DailySales;
import io.kiosk.api.analytics.ProductSales;
import io.kiosk.api.analytics.ReportPeriod;
import io.kiosk.api.analytics.SalesByCategory;
import io.kiosk.api.analytics.SalesByDay;
import io.kiosk.api.analytics.SalesByProduct;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static io.kiosk.projections.analytics.Figures.average;
import static io.kiosk.projections.analytics.Figures.money;

/**
 * Revenue, orders and average order value by day, category and product, from the views {@code daily_sales},
 * {@code sale_line} and {@code refund_line}: gross is what orders paid in the period paid, refunded what was
 * refunded in the period, net the difference.
 */
@Component
class SalesReports {

    /**
     * The sold and refunded figures of the period per key ({@code %1$s}) and currency; {@code %2$s} and {@code %3$s}
     * add columns to the sold and refunded parts, {@code %4$s} to the answer.
     */
    private static final String BY_KEY = """
            WITH sold AS (SELECT %1$s, currency, sum(quantity) AS units, count(DISTINCT order_id) AS orders, sum(amount) AS gross%2$s
                          FROM analytics.sale_line
                          WHERE paid_on BETWEEN :from AND :to
                          GROUP BY %1$s, currency),
                 refunded AS (SELECT %1$s, currency, sum(amount) AS refunded%3$s
                              FROM analytics.refund_line
                              WHERE refunded_on BETWEEN :from AND :to
                              GROUP BY %1$s, currency)
            SELECT %1$s, currency, COALESCE(sold.units, 0) AS units, COALESCE(sold.orders, 0) AS orders,
                   COALESCE(sold.gross, 0) AS gross, COALESCE(refunded.refunded, 0) AS refunded%4$s
            FROM sold FULL JOIN refunded USING (%1$s, currency)
            ORDER BY %1$s, currency""";
    /** The names and category a product was last sold (or refunded) as in the period, by the moment column {@code %s}. */
    private static final String LAST_NAMES = """
            , (array_agg(product_name_zh ORDER BY %1$s DESC, order_id))[1] AS name_zh,
              (array_agg(product_name_en ORDER BY %1$s DESC, order_id))[1] AS name_en,
              (array_agg(category ORDER BY %1$s DESC, order_id))[1] AS category""";
    private static final String SALES_BY_PRODUCT = BY_KEY.formatted("product_id", LAST_NAMES.formatted("paid_at"),
            LAST_NAMES.formatted("refunded_at"), """
                    , COALESCE(sold.name_zh, refunded.name_zh) AS name_zh, COALESCE(sold.name_en, refunded.name_en) AS name_en,
                      COALESCE(sold.category, refunded.category) AS category""");
    private static final String SALES_BY_CATEGORY = BY_KEY.formatted("category", "", "", "");

    private final JdbcClient jdbc;

    SalesReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<DailySales> answer(SalesByDay query) {
        return jdbc.sql("""
                        SELECT day, currency, orders_placed, orders_paid, gross, refunded
                        FROM analytics.daily_sales
                        WHERE day BETWEEN :from AND :to
                        ORDER BY day, currency""")
                .params(period(query.period()))
                .query((row, n) -> {
                    Takings takings = Takings.of(row, row.getLong("orders_paid"));
                    return new DailySales(row.getObject("day", LocalDate.class), takings.currency(),
                            row.getLong("orders_placed"), takings.orders(), takings.gross(), takings.refunded(), takings.net(),
                            takings.averageOrderValue());
                })
                .list();
    }

    @QueryHandler
    List<CategorySales> answer(SalesByCategory query) {
        return jdbc.sql(SALES_BY_CATEGORY)
                .params(period(query.period()))
                .query((row, n) -> {
                    Takings takings = Takings.of(row, row.getLong("orders"));
                    return new CategorySales(row.getString("category"), takings.currency(), row.getLong("units"),
                            takings.orders(), takings.gross(), takings.refunded(), takings.net(), takings.averageOrderValue());
                })
                .list();
    }

    @QueryHandler
    List<ProductSales> answer(SalesByProduct query) {
        return jdbc.sql(SALES_BY_PRODUCT)
                .params(period(query.period()))
                .query((row, n) -> {
                    Takings takings = Takings.of(row, row.getLong("orders"));
                    return new ProductSales(new ProductId(row.getString("product_id")), row.getString("name_zh"),
                            row.getString("name_en"), row.getString("category"), takings.currency(), row.getLong("units"),
                            takings.orders(), takings.gross(), takings.refunded(), takings.net(), takings.averageOrderValue());
                })
                .list();
    }

    /** A row's money in its currency: gross and refunded as read, net and the average over {@code orders} worked out. */
    private record Takings(Currency currency, long orders, BigDecimal gross, BigDecimal refunded) {

        static Takings of(ResultSet row, long orders) throws SQLException {
            Currency currency = Currency.getInstance(row.getString("currency"));
            return new Takings(currency, orders, row.getBigDecimal("gross"), row.getBigDecimal("refunded"));
        }

        BigDecimal net() {
            return money(gross.subtract(refunded), currency);
        }

        BigDecimal averageOrderValue() {
            return average(gross, orders, currency);
        }

        @Override
        public BigDecimal gross() {
            return money(gross, currency);
        }

        @Override
        public BigDecimal refunded() {
            return money(refunded, currency);
        }
    }

    /** The period's days as the parameters {@code :from} and {@code :to} (both included). */
    static Map<String, Object> period(ReportPeriod period) {
        return Map.of("from", period.from(), "to", period.to());
    }
}
