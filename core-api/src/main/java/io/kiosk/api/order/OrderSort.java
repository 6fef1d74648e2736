package io.kiosk.api.order;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How order search orders its hits. Every sort ends with the order id, so that no two orders tie and deep
 * paging ({@link OrderSearchCursor}) never shows an order twice or skips one.
 */
public enum OrderSort {
    PLACED_AT_DESC("placedAt,desc"),
    PLACED_AT_ASC("placedAt,asc"),
    TOTAL_DESC("total,desc"),
    TOTAL_ASC("total,asc"),
    /** Best match first (with a text), then newest first. */
    RELEVANCE("relevance");

    private final String parameterName;

    OrderSort(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The sort a client names ({@code placedAt,desc}, case-insensitive), if there is one by that name. */
    public static Optional<OrderSort> named(String name) {
        String wanted = name == null ? "" : name.replace(" ", "");
        return Arrays.stream(values()).filter(sort -> sort.parameterName.equalsIgnoreCase(wanted)).findFirst();
    }

    public static List<String> parameterNames() {
        return Arrays.stream(values()).map(OrderSort::parameterName).toList();
    }

    public String parameterName() {
        return parameterName;
    }
}
