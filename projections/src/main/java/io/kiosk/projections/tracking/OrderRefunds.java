package io.kiosk.projections.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundStatusReached;
import io.kiosk.api.refund.RefundSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The refunds of tracked orders, one row each ({@code order_tracking_refund}). A refund's events are handled one
 * after the other in one segment, so reading the refund, applying the event ({@link RefundStep}) and writing it
 * back cannot race another writer of it; the version guard keeps a replayed or redelivered event from going back.
 */
@Repository
class OrderRefunds {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OrderRefunds(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(RefundStatusReached event, long version, Instant at) {
        Optional<Stored> stored = stored(event.refundId());
        if (stored.isPresent() && stored.get().version() >= version) {
            return; // this event or a newer one was applied before
        }
        RefundStep.apply(stored.map(Stored::refund).orElse(null), event, at).ifPresent(refund -> jdbc.sql("""
                        INSERT INTO order_tracking_refund (refund_id, order_id, status, requested_at, refund, version)
                        VALUES (:refundId, :orderId, :status, :requestedAt, CAST(:refund AS jsonb), :version)
                        ON CONFLICT (refund_id) DO UPDATE
                        SET status = EXCLUDED.status, refund = EXCLUDED.refund, version = EXCLUDED.version
                        WHERE order_tracking_refund.version < EXCLUDED.version""")
                .param("refundId", refund.refundId().value())
                .param("orderId", event.orderId().value())
                .param("status", refund.status().name())
                .param("requestedAt", Timestamp.from(refund.requestedAt()))
                .param("refund", write(refund))
                .param("version", version)
                .update());
    }

    /** The order's refunds, oldest request first. */
    List<RefundSummary> of(OrderId orderId) {
        return jdbc.sql("SELECT refund FROM order_tracking_refund WHERE order_id = :orderId ORDER BY requested_at, refund_id")
                .param("orderId", orderId.value())
                .query((row, n) -> read(row.getString("refund")))
                .list();
    }

    void clear() {
        jdbc.sql("TRUNCATE order_tracking_refund").update();
    }

    private Optional<Stored> stored(RefundId refundId) {
        return jdbc.sql("SELECT refund, version FROM order_tracking_refund WHERE refund_id = :refundId")
                .param("refundId", refundId.value())
                .query((row, n) -> new Stored(read(row.getString("refund")), row.getLong("version")))
                .optional();
    }

    private String write(RefundSummary refund) {
        try {
            return json.writeValueAsString(refund);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a refund always serializes", impossible);
        }
    }

    private RefundSummary read(String stored) {
        try {
            return json.readValue(stored, RefundSummary.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("order_tracking_refund.refund is not a refund: " + stored, corrupt);
        }
    }

    private record Stored(RefundSummary refund, long version) {
    }
}
