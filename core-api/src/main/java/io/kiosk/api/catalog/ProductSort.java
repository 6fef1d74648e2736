package io.kiosk.api.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How product search orders its hits. Without a text, relevance means nothing and popularity is the default. */
public enum ProductSort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    POPULARITY,
    NEWEST;

    /** The sort a client names ({@code price_asc}, case-insensitive), if there is one by that name. */
    public static Optional<ProductSort> named(String name) {
        return Arrays.stream(values()).filter(sort -> sort.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
