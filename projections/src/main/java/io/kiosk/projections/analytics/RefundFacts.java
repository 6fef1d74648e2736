package io.kiosk.projections.analytics;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code analytics.refund_fact} and {@code analytics.refund_line_fact}: one row per refund whose money went
 * back, with its lines. The refund's own event handlers (processing group {@code analytics}, from the Refund
 * aggregate's events) call {@link #refunded} with the event's sequence number and timestamp; the refund
 * reports, the funnel's last step and the net revenue read these tables.
 */
@Repository
public class RefundFacts {

    private final JdbcClient jdbc;
    private final MallCalendar calendar;

    RefundFacts(JdbcClient jdbc, MallCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * The money of refund {@code refundId} for order {@code orderId} went back at {@code at} (the event's
     * timestamp) for {@code lines}, all in the order's currency, for {@code reason} (the refund's stable reason
     * code). {@code sequence} is the refund event's sequence number: a refund recorded at that sequence or a
     * later one changes nothing, a later sequence replaces what an earlier one recorded.
     */
    public void refunded(UUID refundId, OrderId orderId, List<RefundedLine> lines, String reason, Instant at, long sequence) {
        Objects.requireNonNull(refundId, "refundId is required");
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(at, "at is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a refund gives back at least one line");
        }
        Money amount = lines.stream().map(RefundedLine::amount).reduce(Money::plus).orElseThrow(); // refuses mixed currencies
        MallCalendar.Moment moment = calendar.of(at);
        int recorded = jdbc.sql("""
                        INSERT INTO analytics.refund_fact (refund_id, order_id, reason, currency, amount, units, refunded_at,
                                                           refunded_on, version)
                        VALUES (:refundId, :orderId, :reason, :currency, :amount, :units, :at, :on, :version)
                        ON CONFLICT (refund_id) DO UPDATE
                        SET order_id = EXCLUDED.order_id, reason = EXCLUDED.reason, currency = EXCLUDED.currency,
                            amount = EXCLUDED.amount, units = EXCLUDED.units, refunded_at = EXCLUDED.refunded_at,
                            refunded_on = EXCLUDED.refunded_on, version = EXCLUDED.version
                        WHERE refund_fact.version < EXCLUDED.version""")
                .param("refundId", refundId)
                .param("orderId", orderId.value())
                .param("reason", reason.strip())
                .param("currency", amount.currency().getCurrencyCode())
                .param("amount", amount.amount())
                .param("units", lines.stream().mapToInt(RefundedLine::quantity).sum())
                .param("at", moment.at())
                .param("on", moment.on())
                .param("version", sequence)
                .update();
        if (recorded == 0) {
            return;
        }
        jdbc.sql("DELETE FROM analytics.refund_line_fact WHERE refund_id = :refundId").param("refundId", refundId).update();
        for (int position = 0; position < lines.size(); position++) {
            RefundedLine line = lines.get(position);
            jdbc.sql("""
                            INSERT INTO analytics.refund_line_fact (refund_id, position, product_id, quantity, amount)
                            VALUES (:refundId, :position, :productId, :quantity, :amount)""")
                    .param("refundId", refundId)
                    .param("position", position)
                    .param("productId", line.productId().value())
                    .param("quantity", line.quantity())
                    .param("amount", line.amount().amount())
                    .update();
        }
    }
}
