package io.kiosk.api.order;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where one page of order search ended, so that the next page starts right after it (Elasticsearch's
 * {@code search_after}): the sort, and the last hit's sort values — its {@code score} (relevance only), its
 * {@code key} (the value of the sort field as the index sorts it: placement time in epoch milliseconds, or
 * the total in thousandths) and its order id, the tiebreaker that makes every position unique. Clients see
 * it only encoded, as an opaque string; a cursor is valid only with the sort it was made for.
 */
public record OrderSearchCursor(OrderSort sort, Float score, long key, OrderId orderId) {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "~";

    public OrderSearchCursor {
        Objects.requireNonNull(sort, "sort is required");
        Objects.requireNonNull(orderId, "order id is required");
        if ((sort == OrderSort.RELEVANCE) != (score != null)) {
            throw new IllegalArgumentException("a score belongs to a relevance cursor, and only there");
        }
        if (score != null && !Float.isFinite(score)) {
            throw new IllegalArgumentException("the score is not a number");
        }
    }

    /** The cursor as clients carry it: URL-safe Base64, no padding. */
    public String encode() {
        String text = String.join(SEPARATOR, VERSION, sort.name(), Long.toString(key), orderId.toString(),
                score == null ? "" : Float.toString(score));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor that {@link #encode()} made; anything else is refused. */
    public static OrderSearchCursor decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown shape");
            }
            return new OrderSearchCursor(OrderSort.valueOf(parts[1]), parts[4].isEmpty() ? null : Float.valueOf(parts[4]),
                    Long.parseLong(parts[2]), new OrderId(UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw new IllegalArgumentException("is not a cursor from a previous answer's \"next\"");
        }
    }
}
