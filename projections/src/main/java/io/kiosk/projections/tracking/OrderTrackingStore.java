package io.kiosk.projections.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The order tracking tables in PostgreSQL. Every write is idempotent. */
@Repository
class OrderTrackingStore {

    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OrderTrackingStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a newly placed order; does nothing if the order is already known. */
    void insertPlaced(OrderPlaced event, long version, Instant placedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO order_tracking (order_id, cart_id, customer_id, status, currency, total, placed_at, updated_at, version)
                        VALUES (:orderId, :cartId, :customerId, :status, :currency, :total, :placedAt, :placedAt, :version)
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("orderId", event.orderId().value())
                .param("cartId", event.cartId().value())
                .param("customerId", event.customerId().value())
                .param("status", OrderStatus.PLACED.name())
                .param("currency", event.total().currency().getCurrencyCode())
                .param("total", event.total().amount())
                .param("placedAt", Timestamp.from(placedAt))
                .param("version", version)
                .update();
        if (inserted == 0) {
            return;
        }
        List<OrderLine> lines = event.lines();
        for (int position = 0; position < lines.size(); position++) {
            OrderLine line = lines.get(position);
            jdbc.sql("""
                            INSERT INTO order_tracking_line (order_id, line_id, position, product_id, options, quantity, unit_price)
                            VALUES (:orderId, :lineId, :position, :productId, CAST(:options AS jsonb), :quantity, :unitPrice)""")
                    .param("orderId", event.orderId().value())
                    .param("lineId", line.lineId().value())
                    .param("position", position)
                    .param("productId", line.productId().value())
                    .param("options", toJson(line.options().values()))
                    .param("quantity", line.quantity().value())
                    .param("unitPrice", line.unitPrice().amount())
                    .update();
        }
    }

    Optional<OrderSummary> find(OrderId orderId) {
        return jdbc.sql("SELECT * FROM order_tracking WHERE order_id = :orderId")
                .param("orderId", orderId.value())
                .query((row, n) -> summary(row, lines(orderId, Currency.getInstance(row.getString("currency")))))
                .optional();
    }

    private List<OrderLine> lines(OrderId orderId, Currency currency) {
        return jdbc.sql("SELECT * FROM order_tracking_line WHERE order_id = :orderId ORDER BY position")
                .param("orderId", orderId.value())
                .query((row, n) -> new OrderLine(
                        new CartItemId(row.getObject("line_id", UUID.class)),
                        new ProductId(row.getString("product_id")),
                        new ChosenOptions(fromJson(row.getString("options"))),
                        new Quantity(row.getInt("quantity")),
                        new Money(row.getBigDecimal("unit_price"), currency)))
                .list();
    }

    private static OrderSummary summary(ResultSet row, List<OrderLine> lines) throws SQLException {
        return new OrderSummary(
                new OrderId(row.getObject("order_id", UUID.class)),
                new CartId(row.getObject("cart_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                OrderStatus.valueOf(row.getString("status")),
                lines,
                new Money(row.getBigDecimal("total"), Currency.getInstance(row.getString("currency"))),
                row.getTimestamp("placed_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getLong("version"));
    }

    private String toJson(Map<String, String> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("options of strings always serialize", impossible);
        }
    }

    private Map<String, String> fromJson(String options) {
        try {
            return json.readValue(options, OPTIONS);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("order_tracking_line.options is not a JSON object: " + options, corrupt);
        }
    }
}
