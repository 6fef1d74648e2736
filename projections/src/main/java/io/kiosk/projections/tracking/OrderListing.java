package io.kiosk.projections.tracking;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPage;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Order lists from the tracking tables: newest first, by customer and status, a page at a time. */
@Repository
class OrderListing {

    private static final String MATCHING = """
            FROM order_tracking t
            WHERE (CAST(:customerId AS uuid) IS NULL OR t.customer_id = :customerId)
              AND (CAST(:status AS varchar) IS NULL OR t.status = :status)""";

    private final JdbcClient jdbc;

    OrderListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrderPage list(ListOrders query) {
        UUID customer = query.customerId() == null ? null : query.customerId().value();
        String status = query.status() == null ? null : query.status().name();
        long total = jdbc.sql("SELECT count(*) " + MATCHING)
                .param("customerId", customer).param("status", status)
                .query(Long.class).single();
        List<OrderPage.Entry> orders = jdbc.sql("""
                        SELECT t.*, (SELECT count(*) FROM order_tracking_line l WHERE l.order_id = t.order_id) AS line_count
                        """ + MATCHING + " ORDER BY t.placed_at DESC, t.order_id LIMIT :size OFFSET :offset")
                .param("customerId", customer).param("status", status)
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((row, n) -> new OrderPage.Entry(
                        new OrderId(row.getObject("order_id", UUID.class)),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        OrderStatus.valueOf(row.getString("status")),
                        new Money(row.getBigDecimal("total"), Currency.getInstance(row.getString("currency"))),
                        row.getInt("line_count"),
                        row.getTimestamp("placed_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
        return new OrderPage(total, query.page(), query.size(), orders);
    }
}
