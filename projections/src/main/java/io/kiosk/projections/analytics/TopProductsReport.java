package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.ListTopProducts;
import io.kiosk.api.analytics.TopProduct;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.kiosk.projections.analytics.Figures.money;

/**
 * The best sellers of a period per currency, from {@code sale_line}: units, paid orders and revenue (the lines'
 * totals before refunds) of orders paid in the period, ranked by units or by revenue, ties by the other figure and
 * then by product id, so that the ranking is the same every time it is asked.
 */
@Component
class TopProductsReport {

    private static final String TOP = """
            WITH sold AS (SELECT product_id, currency, sum(quantity) AS units, count(DISTINCT order_id) AS orders,
                                 sum(amount) AS revenue,
                                 (array_agg(product_name_zh ORDER BY paid_at DESC, order_id))[1] AS name_zh,
                                 (array_agg(product_name_en ORDER BY paid_at DESC, order_id))[1] AS name_en,
                                 (array_agg(category ORDER BY paid_at DESC, order_id))[1] AS category
                          FROM analytics.sale_line
                          WHERE paid_on BETWEEN :from AND :to
                          GROUP BY product_id, currency),
                 ranked AS (SELECT sold.*, row_number() OVER (PARTITION BY currency ORDER BY %s, product_id) AS rank
                            FROM sold)
            SELECT * FROM ranked WHERE rank <= :limit ORDER BY currency, rank""";

    private final JdbcClient jdbc;

    TopProductsReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<TopProduct> answer(ListTopProducts query) {
        String order = switch (query.rankedBy()) {
            case UNITS -> "units DESC, revenue DESC";
            case REVENUE -> "revenue DESC, units DESC";
        };
        Map<String, Object> parameters = new HashMap<>(SalesReports.period(query.period()));
        parameters.put("limit", query.limit());
        return jdbc.sql(TOP.formatted(order))
                .params(parameters)
                .query((row, n) -> {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    return new TopProduct(row.getInt("rank"), new ProductId(row.getString("product_id")),
                            row.getString("name_zh"), row.getString("name_en"), row.getString("category"), currency,
                            row.getLong("units"), row.getLong("orders"), money(row.getBigDecimal("revenue"), currency));
                })
                .list();
    }
}
