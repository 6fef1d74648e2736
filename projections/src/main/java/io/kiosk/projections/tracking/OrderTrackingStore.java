package io.kiosk.projections.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.order.PaymentState;
import io.kiosk.api.order.Shipment;
import io.kiosk.api.order.StatusChange;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
    private final OrderRefunds refunds;

    OrderTrackingStore(JdbcClient jdbc, ObjectMapper json, OrderRefunds refunds) {
        this.jdbc = jdbc;
        this.json = json;
        this.refunds = refunds;
    }

    /** Records a newly placed order; does nothing if the order is already known. */
    void insertPlaced(OrderPlaced event, long version, Instant placedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO order_tracking (order_id, cart_id, customer_id, status, currency, total, placed_at, updated_at, version, details,
                                                    estimate_earliest, estimate_latest)
                        VALUES (:orderId, :cartId, :customerId, :status, :currency, :total, :placedAt, :placedAt, :version,
                                CAST(:details AS jsonb), :estimateEarliest, :estimateLatest)
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("orderId", event.orderId().value())
                .param("cartId", event.cartId().value())
                .param("customerId", event.customerId().value())
                .param("status", OrderStatus.PLACED.name())
                .param("currency", event.total().currency().getCurrencyCode())
                .param("total", event.total().amount())
                .param("placedAt", Timestamp.from(placedAt))
                .param("details", event.details() == null ? null : write(event.details()))
                .param("estimateEarliest", event.estimate() == null ? null : event.estimate().earliest())
                .param("estimateLatest", event.estimate() == null ? null : event.estimate().latest())
                .param("version", version)
                .update();
        if (inserted == 0) {
            return;
        }
        recordStatus(event.orderId(), OrderStatus.PLACED, version, placedAt, null);
        List<OrderLine> lines = event.lines();
        for (int position = 0; position < lines.size(); position++) {
            OrderLine line = lines.get(position);
            jdbc.sql("""
                            INSERT INTO order_tracking_line (order_id, line_id, position, product_id, options, quantity, unit_price,
                                                             product_name_zh, product_name_en, category)
                            VALUES (:orderId, :lineId, :position, :productId, CAST(:options AS jsonb), :quantity, :unitPrice,
                                    :nameZh, :nameEn, :category)""")
                    .param("orderId", event.orderId().value())
                    .param("lineId", line.lineId().value())
                    .param("position", position)
                    .param("productId", line.productId().value())
                    .param("options", toJson(line.options().values()))
                    .param("quantity", line.quantity().value())
                    .param("unitPrice", line.unitPrice().amount())
                    .param("nameZh", line.label() == null ? null : line.label().name().zh())
                    .param("nameEn", line.label() == null ? null : line.label().name().en())
                    .param("category", line.label() == null ? null : line.label().category())
                    .update();
        }
    }

    /**
     * Moves the order to {@code status} unless the read model has seen this event or a newer one, and
     * adds the step to its timeline (once). A shipment, when given, is kept with the order.
     */
    void advance(OrderId orderId, OrderStep step, long version, Instant at) {
        Shipment shipment = step.shipment();
        jdbc.sql("""
                        UPDATE order_tracking
                        SET status = :status, updated_at = :at, version = :version,
                            carrier = COALESCE(:carrier, carrier),
                            tracking_number = COALESCE(:trackingNumber, tracking_number),
                            eta_earliest = COALESCE(:etaEarliest, eta_earliest),
                            eta_latest = COALESCE(:etaLatest, eta_latest)
                        WHERE order_id = :orderId AND version < :version""")
                .param("orderId", orderId.value())
                .param("status", step.status().name())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .param("carrier", shipment == null ? null : shipment.carrier())
                .param("trackingNumber", shipment == null ? null : shipment.trackingNumber())
                .param("etaEarliest", shipment == null || shipment.eta() == null ? null : shipment.eta().earliest())
                .param("etaLatest", shipment == null || shipment.eta() == null ? null : shipment.eta().latest())
                .update();
        recordStatus(orderId, step.status(), version, at, step.note());
    }

    /**
     * Records where the order's payment stands, unless the read model has seen this payment event or
     * a newer one. The action stays until the payment settles, then it is cleared: nothing is left to do.
     */
    void payment(PaymentStep step, long version) {
        PaymentAction action = step.action();
        jdbc.sql("""
                        INSERT INTO order_tracking_payment (order_id, payment_id, method, status, action_kind, action_value, version)
                        VALUES (:orderId, :paymentId, :method, :status, :actionKind, :actionValue, :version)
                        ON CONFLICT (order_id) DO UPDATE
                        SET payment_id = EXCLUDED.payment_id,
                            method = COALESCE(EXCLUDED.method, order_tracking_payment.method),
                            status = EXCLUDED.status,
                            action_kind = EXCLUDED.action_kind, action_value = EXCLUDED.action_value,
                            version = EXCLUDED.version
                        WHERE order_tracking_payment.payment_id <> EXCLUDED.payment_id
                           OR order_tracking_payment.version < EXCLUDED.version""")
                .param("orderId", step.orderId().value())
                .param("paymentId", step.paymentId().value())
                .param("method", step.method() == null ? null : step.method().name())
                .param("status", step.status())
                .param("actionKind", action == null ? null : action.kind().name())
                .param("actionValue", action == null ? null : action.value())
                .param("version", version)
                .update();
    }

    /**
     * Records the money given back so far and what it makes the order, unless the read model has seen this event
     * of the order or a newer one. The status stays: a refunded order is still delivered (or cancelled).
     */
    void refunded(OrderRefunded event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE order_tracking SET refunded_amount = :refunded, refund_state = :state, updated_at = :at, version = :version
                        WHERE order_id = :orderId AND version < :version""")
                .param("orderId", event.orderId().value())
                .param("refunded", event.refundedTotal().amount())
                .param("state", event.refundState().name())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    /** Empties every tracking table, for a rebuild from the first event. */
    void clear() {
        jdbc.sql("TRUNCATE order_tracking, order_tracking_line, order_tracking_status, order_tracking_payment").update();
        refunds.clear();
    }

    private void recordStatus(OrderId orderId, OrderStatus status, long sequence, Instant at, String note) {
        jdbc.sql("""
                        INSERT INTO order_tracking_status (order_id, sequence, status, at, note)
                        SELECT :orderId, :sequence, :status, :at, :note
                        WHERE EXISTS (SELECT 1 FROM order_tracking WHERE order_id = :orderId)
                        ON CONFLICT (order_id, sequence) DO NOTHING""")
                .param("orderId", orderId.value())
                .param("sequence", sequence)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update();
    }

    Optional<OrderSummary> find(OrderId orderId) {
        return jdbc.sql("""
                        SELECT t.*, p.payment_id, p.method AS payment_method, p.status AS payment_status,
                               p.action_kind AS payment_action_kind, p.action_value AS payment_action_value
                        FROM order_tracking t LEFT JOIN order_tracking_payment p ON p.order_id = t.order_id
                        WHERE t.order_id = :orderId""")
                .param("orderId", orderId.value())
                .query((row, n) -> summary(row, lines(orderId, Currency.getInstance(row.getString("currency"))),
                        timeline(orderId)))
                .optional();
    }

    private List<StatusChange> timeline(OrderId orderId) {
        return jdbc.sql("SELECT status, at, note FROM order_tracking_status WHERE order_id = :orderId ORDER BY sequence")
                .param("orderId", orderId.value())
                .query((row, n) -> new StatusChange(OrderStatus.valueOf(row.getString("status")),
                        row.getTimestamp("at").toInstant(), row.getString("note")))
                .list();
    }

    private List<OrderLine> lines(OrderId orderId, Currency currency) {
        return jdbc.sql("SELECT * FROM order_tracking_line WHERE order_id = :orderId ORDER BY position")
                .param("orderId", orderId.value())
                .query((row, n) -> new OrderLine(
                        new CartItemId(row.getObject("line_id", UUID.class)),
                        new ProductId(row.getString("product_id")),
                        new ChosenOptions(fromJson(row.getString("options"))),
                        new Quantity(row.getInt("quantity")),
                        new Money(row.getBigDecimal("unit_price"), currency),
                        null, // the stock variant is the command side's business: tracking shows what was bought
                        label(row)))
                .list();
    }

    private static ProductLabel label(ResultSet row) throws SQLException {
        String category = row.getString("category");
        return category == null ? null
                : new ProductLabel(new LocalizedText(row.getString("product_name_zh"), row.getString("product_name_en")), category);
    }

    private OrderSummary summary(ResultSet row, List<OrderLine> lines, List<StatusChange> timeline) throws SQLException {
        return new OrderSummary(
                new OrderId(row.getObject("order_id", UUID.class)),
                new CartId(row.getObject("cart_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                OrderStatus.valueOf(row.getString("status")),
                lines,
                new Money(row.getBigDecimal("total"), Currency.getInstance(row.getString("currency"))),
                row.getTimestamp("placed_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getLong("version"),
                shipment(row),
                timeline,
                payment(row),
                details(row.getString("details")),
                estimate(row),
                row.getBigDecimal("refunded_amount") == null ? null
                        : new Money(row.getBigDecimal("refunded_amount"), Currency.getInstance(row.getString("currency"))),
                OrderRefundState.valueOf(row.getString("refund_state")),
                refunds.of(new OrderId(row.getObject("order_id", UUID.class))));
    }

    private static DeliveryWindow estimate(ResultSet row) throws SQLException {
        LocalDate earliest = row.getObject("estimate_earliest", LocalDate.class);
        LocalDate latest = row.getObject("estimate_latest", LocalDate.class);
        return earliest == null || latest == null ? null : new DeliveryWindow(earliest, latest);
    }

    private CheckoutDetails details(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, CheckoutDetails.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("order_tracking.details is not checkout details: " + stored, corrupt);
        }
    }

    private String write(CheckoutDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("checkout details always serialize", impossible);
        }
    }

    private static PaymentState payment(ResultSet row) throws SQLException {
        UUID paymentId = row.getObject("payment_id", UUID.class);
        if (paymentId == null) {
            return null;
        }
        String method = row.getString("payment_method");
        String actionKind = row.getString("payment_action_kind");
        return new PaymentState(new PaymentId(paymentId), method == null ? null : PaymentProvider.valueOf(method),
                row.getString("payment_status"),
                actionKind == null ? null : new PaymentAction(PaymentAction.Kind.valueOf(actionKind),
                        row.getString("payment_action_value")));
    }

    private static Shipment shipment(ResultSet row) throws SQLException {
        if (row.getString("carrier") == null) {
            return null;
        }
        LocalDate earliest = row.getObject("eta_earliest", LocalDate.class);
        LocalDate latest = row.getObject("eta_latest", LocalDate.class);
        return new Shipment(row.getString("carrier"), row.getString("tracking_number"),
                earliest == null || latest == null ? null : new DeliveryWindow(earliest, latest));
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
