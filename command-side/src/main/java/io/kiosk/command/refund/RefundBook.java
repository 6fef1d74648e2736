package io.kiosk.command.refund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundEscalated;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundRetried;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RefundStatusReached;
import io.kiosk.api.refund.RefundWithdrawn;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The refund work list in table {@code refund_request}, kept from the refund events by a subscribing processor in
 * the refund command's own transaction ({@code RefundConfiguration}), so the list never lags behind the refunds.
 */
@Component
@ProcessingGroup(RefundBook.PROCESSING_GROUP)
class RefundBook {

    static final String PROCESSING_GROUP = "refund-book";
    private static final TypeReference<List<RefundLine>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RefundBook(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RefundView> find(RefundId refundId) {
        return jdbc.sql("SELECT * FROM refund_request WHERE refund_id = :id").param("id", refundId.value())
                .query(this::view).optional();
    }

    /** Refunds oldest first: one customer's ({@code customerId}) or everyone's, in one status or any. */
    RefundView.Page list(CustomerId customerId, RefundStatus status, int page, int size) {
        Map<String, Object> filters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (customerId != null) {
            conditions.add("customer_id = :customer");
            filters.put("customer", customerId.value());
        }
        if (status != null) {
            conditions.add("status = :status");
            filters.put("status", status.name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM refund_request" + where).params(filters).query(Long.class).single();
        List<RefundView> refunds = jdbc.sql("SELECT * FROM refund_request" + where
                        + " ORDER BY requested_at, refund_id LIMIT :size OFFSET :offset")
                .params(filters).param("size", size).param("offset", (long) page * size)
                .query(this::view).list();
        return new RefundView.Page(total, page, size, refunds);
    }

    @EventHandler
    void on(RefundRequested event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO refund_request (refund_id, order_id, customer_id, payment_method, reason, note, with_return,
                            lines, currency, requested_amount, status, requested_at, updated_at, version)
                        VALUES (:refund, :order, :customer, :method, :reason, :note, :withReturn, :lines, :currency, :amount,
                            :status, :at, :at, :version)
                        ON CONFLICT (refund_id) DO NOTHING""")
                .param("refund", event.refundId().value()).param("order", event.orderId().value())
                .param("customer", event.customerId().value())
                .param("method", event.method() == null ? null : event.method().name())
                .param("reason", event.reason().name()).param("note", event.note()).param("withReturn", event.withReturn())
                .param("lines", write(event.lines())).param("currency", event.amount().currency().getCurrencyCode())
                .param("amount", event.amount().amount()).param("status", event.status().name())
                .param("at", java.sql.Timestamp.from(at)).param("version", version)
                .update();
    }

    @EventHandler
    void on(RefundApproved event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "approved_amount = :amount, status_note = :note",
                Map.of("amount", event.amount().amount(), "note", noteOrNone(event.note())));
    }

    @EventHandler
    void on(RefundRejected event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "status_note = :note", Map.of("note", event.reason()));
    }

    @EventHandler
    void on(RefundWithdrawn event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, null, Map.of());
    }

    @EventHandler
    void on(ReturnAuthorised event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "return_deadline = :deadline", Map.of("deadline", java.sql.Timestamp.from(event.deadline())));
    }

    @EventHandler
    void on(ReturnShipped event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "return_carrier = :carrier, return_tracking = :tracking",
                Map.of("carrier", event.carrier(), "tracking", event.trackingNumber()));
    }

    @EventHandler
    void on(ReturnAccepted event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "status_note = :note", Map.of("note", noteOrNone(event.note())));
    }

    @EventHandler
    void on(ReturnRefused event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "status_note = :note", Map.of("note", noteOrNone(event.note())));
    }

    @EventHandler
    void on(ReturnDeadlinePassed event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, null, Map.of());
    }

    @EventHandler
    void on(RefundEscalated event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "attempts = :attempts, status_note = :note",
                Map.of("attempts", event.attempts(), "note", event.reason() + ": " + event.message()));
    }

    @EventHandler
    void on(RefundRetried event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "status_note = NULL", Map.of());
    }

    @EventHandler
    void on(RefundCompleted event, @SequenceNumber long version, @Timestamp Instant at) {
        moved(event, version, at, "refunded_amount = :amount", Map.of("amount", event.amount().amount()));
    }

    private void moved(RefundStatusReached event, long version, Instant at, String more, Map<String, Object> values) {
        jdbc.sql("UPDATE refund_request SET status = :status, updated_at = :at, version = :version"
                        + (more == null ? "" : ", " + more) + " WHERE refund_id = :refund")
                .params(values)
                .param("status", event.status().name()).param("at", java.sql.Timestamp.from(at)).param("version", version)
                .param("refund", event.refundId().value())
                .update();
    }

    private static String noteOrNone(String note) {
        return note == null ? "" : note;
    }

    private RefundView view(ResultSet row, int number) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        String method = row.getString("payment_method");
        java.sql.Timestamp deadline = row.getTimestamp("return_deadline");
        String statusNote = row.getString("status_note");
        return new RefundView(new RefundId(row.getObject("refund_id", UUID.class)),
                new OrderId(row.getObject("order_id", UUID.class)), new CustomerId(row.getObject("customer_id", UUID.class)),
                RefundStatus.valueOf(row.getString("status")), RefundReason.valueOf(row.getString("reason")),
                row.getString("note"), row.getBoolean("with_return"), read(row.getString("lines")),
                money(row.getBigDecimal("requested_amount"), currency), money(row.getBigDecimal("approved_amount"), currency),
                money(row.getBigDecimal("refunded_amount"), currency), method == null ? null : PaymentProvider.valueOf(method),
                statusNote == null || statusNote.isEmpty() ? null : statusNote, deadline == null ? null : deadline.toInstant(),
                row.getString("return_carrier"), row.getString("return_tracking"), row.getInt("attempts"),
                row.getTimestamp("requested_at").toInstant(), row.getTimestamp("updated_at").toInstant(), row.getLong("version"));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }

    private String write(List<RefundLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private List<RefundLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("refund_request.lines is not a list of refund lines", corrupt);
        }
    }
}
