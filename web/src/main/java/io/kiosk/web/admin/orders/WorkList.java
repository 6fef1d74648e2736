package io.kiosk.web.admin.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What waits for the back office, one list per step: orders by their status (oldest first: first paid, first picked),
 * held payments, and refunds by theirs. Each is counted on the console's home and listed at
 * {@code /admin/work-lists/{slug}}.
 */
public enum WorkList {

    TO_PICK(Source.ORDERS, "PAID"),
    TO_SHIP(Source.ORDERS, "IN_FULFILMENT"),
    TO_DELIVER(Source.ORDERS, "SHIPPED"),
    HELD_PAYMENTS(Source.HELD_PAYMENTS, null),
    REFUNDS_TO_REVIEW(Source.REFUNDS, "REQUESTED"),
    RETURNS_TO_RECEIVE(Source.REFUNDS, "RETURN_SHIPPED"),
    ESCALATED_REFUNDS(Source.REFUNDS, "ESCALATED");

    /** Which API lists the list's items. */
    enum Source { ORDERS, HELD_PAYMENTS, REFUNDS }

    private final Source source;
    private final String status;

    WorkList(Source source, String status) {
        this.source = source;
        this.status = status;
    }

    Source source() {
        return source;
    }

    /** The order or refund status the list holds; null for held payments. */
    String status() {
        return status;
    }

    /** Its part of the address, {@code to-pick}, and of its message keys, {@code admin.work-list.to-pick}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<WorkList> bySlug(String slug) {
        return Arrays.stream(values()).filter(list -> list.slug().equals(slug)).findFirst();
    }
}
