package io.kiosk.projections.analytics;

import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.PaymentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@code analytics.order_fact} and {@code analytics.order_line_fact}: one row per order and per line, from the order's own events. */
@Repository
class OrderFacts {

    private final JdbcClient jdbc;

    OrderFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order and its lines as placed; an order seen before changes nothing. */
    void placed(OrderPlaced event, long sequence, MallCalendar.Moment at) {
        List<OrderLine> lines = event.lines();
        jdbc.sql("""
                        INSERT INTO analytics.order_fact (order_id, cart_id, currency, total, line_count, units, payment_method,
                                                          region, status, placed_at, placed_on, placed_weekday, placed_hour, version)
                        VALUES (:orderId, :cartId, :currency, :total, :lineCount, :units, :paymentMethod,
                                :region, :status, :at, :on, :weekday, :hour, :version)
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("orderId", event.orderId().value())
                .param("cartId", event.cartId().value())
                .param("currency", event.total().currency().getCurrencyCode())
                .param("total", event.total().amount())
                .param("lineCount", lines.size())
                .param("units", lines.stream().mapToInt(line -> line.quantity().value()).sum())
                .param("paymentMethod", event.details() == null ? null : event.details().paymentMethod().name())
                .param("region", event.details() == null ? null : event.details().region())
                .param("status", OrderStatus.PLACED.name())
                .param("at", at.at())
                .param("on", at.on())
                .param("weekday", at.weekday())
                .param("hour", at.hour())
                .param("version", sequence)
                .update();
        for (int position = 0; position < lines.size(); position++) {
            OrderLine line = lines.get(position);
            jdbc.sql("""
                            INSERT INTO analytics.order_line_fact (order_id, line_id, position, product_id, product_name_zh,
                                                                   product_name_en, category, quantity, currency, unit_price, line_total)
                            VALUES (:orderId, :lineId, :position, :productId, :nameZh, :nameEn, :category, :quantity, :currency,
                                    :unitPrice, :lineTotal)
                            ON CONFLICT (order_id, line_id) DO NOTHING""")
                    .param("orderId", event.orderId().value())
                    .param("lineId", line.lineId().value())
                    .param("position", position)
                    .param("productId", line.productId().value())
                    .param("nameZh", line.label() == null ? null : line.label().name().zh())
                    .param("nameEn", line.label() == null ? null : line.label().name().en())
                    .param("category", line.label() == null ? null : line.label().category())
                    .param("quantity", line.quantity().value())
                    .param("currency", line.unitPrice().currency().getCurrencyCode())
                    .param("unitPrice", line.unitPrice().amount())
                    .param("lineTotal", line.lineTotal().amount())
                    .update();
        }
    }

    /** The order reached {@code status}; the moment is kept for the steps analytics count (paid, shipped, delivered, cancelled, expired). */
    void reached(OrderId order, OrderStatus status, long sequence, MallCalendar.Moment at) {
        reached(order, status, sequence, at, null, null, null);
    }

    void paid(OrderId order, PaymentId payment, long sequence, MallCalendar.Moment at) {
        reached(order, OrderStatus.PAID, sequence, at, payment, null, null);
    }

    void cancelled(OrderId order, CancellationReason reason, boolean wasPaid, long sequence, MallCalendar.Moment at) {
        reached(order, OrderStatus.CANCELLED, sequence, at, null, reason, wasPaid);
    }

    private void reached(OrderId order, OrderStatus status, long sequence, MallCalendar.Moment at, PaymentId payment,
                         CancellationReason reason, Boolean wasPaid) {
        jdbc.sql("""
                        UPDATE analytics.order_fact
                        SET status = :status, version = :version,
                            paid_at = COALESCE(:paidAt, paid_at), paid_on = COALESCE(:paidOn, paid_on),
                            payment_id = COALESCE(:paymentId, payment_id),
                            shipped_at = COALESCE(:shippedAt, shipped_at), shipped_on = COALESCE(:shippedOn, shipped_on),
                            delivered_at = COALESCE(:deliveredAt, delivered_at), delivered_on = COALESCE(:deliveredOn, delivered_on),
                            cancelled_at = COALESCE(:cancelledAt, cancelled_at), cancelled_on = COALESCE(:cancelledOn, cancelled_on),
                            cancellation_reason = COALESCE(:reason, cancellation_reason),
                            cancelled_when_paid = COALESCE(:wasPaid, cancelled_when_paid),
                            expired_at = COALESCE(:expiredAt, expired_at), expired_on = COALESCE(:expiredOn, expired_on)
                        WHERE order_id = :orderId AND version < :version""")
                .param("orderId", order.value())
                .param("status", status.name())
                .param("version", sequence)
                .param("paidAt", status == OrderStatus.PAID ? at.at() : null)
                .param("paidOn", status == OrderStatus.PAID ? at.on() : null)
                .param("paymentId", payment == null ? null : payment.value())
                .param("shippedAt", status == OrderStatus.SHIPPED ? at.at() : null)
                .param("shippedOn", status == OrderStatus.SHIPPED ? at.on() : null)
                .param("deliveredAt", status == OrderStatus.DELIVERED ? at.at() : null)
                .param("deliveredOn", status == OrderStatus.DELIVERED ? at.on() : null)
                .param("cancelledAt", status == OrderStatus.CANCELLED ? at.at() : null)
                .param("cancelledOn", status == OrderStatus.CANCELLED ? at.on() : null)
                .param("reason", reason == null ? null : reason.name())
                .param("wasPaid", wasPaid)
                .param("expiredAt", status == OrderStatus.EXPIRED ? at.at() : null)
                .param("expiredOn", status == OrderStatus.EXPIRED ? at.on() : null)
                .update();
    }
}
