package io.kiosk.web.admin.orders;

import io.kiosk.client.query.model.HistoryEntry;
import io.kiosk.client.query.model.OrderHistory;
import io.kiosk.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The order's full event history as the page shows it: each event's time, what happened (its type, named in the
 * page's language), whose aggregate it belongs to (order, payment, refund), who caused it (the customer, a member of
 * staff, Kiosk itself) and its payload as named facts ({@link PayloadFields}). Events after the instant the page shows
 * the order at are marked as later.
 */
@Component
class HistoryRows {

    /** The account id the command side stamps on what Kiosk does by itself. */
    private static final String SYSTEM_ACCOUNT = "00000000-0000-0000-0000-000000000000";

    private final PayloadFields payloads;
    private final MessageSource messages;
    private final Formats fmt;

    HistoryRows(PayloadFields payloads, MessageSource messages, Formats fmt) {
        this.payloads = payloads;
        this.messages = messages;
        this.fmt = fmt;
    }

    List<HistoryRow> of(OrderHistory history, UUID customerId, OffsetDateTime asOf) {
        return history.getEvents().stream().map(event -> row(event, customerId, asOf)).toList();
    }

    private HistoryRow row(HistoryEntry event, UUID customerId, OffsetDateTime asOf) {
        String type = event.getType();
        return new HistoryRow(event.getPosition() == null ? event.getSequence() : event.getPosition(), event.getTimestamp(),
                fmt.dateTime(event.getTimestamp()), type,
                message("admin.event." + type, type),
                message("admin.aggregate." + event.getAggregateType(), event.getAggregateType()),
                who(event.getWho(), customerId), payloads.of(event.getPayload()),
                asOf != null && event.getTimestamp().isAfter(asOf));
    }

    private String who(String accountId, UUID customerId) {
        if (accountId == null || accountId.isBlank() || SYSTEM_ACCOUNT.equals(accountId)) {
            return message("admin.who.system", "Kiosk");
        }
        if (customerId != null && customerId.toString().equals(accountId)) {
            return message("admin.who.customer", "customer");
        }
        return messages.getMessage("admin.who.staff", new Object[]{accountId.substring(0, Math.min(8, accountId.length()))},
                accountId, LocaleContextHolder.getLocale());
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
