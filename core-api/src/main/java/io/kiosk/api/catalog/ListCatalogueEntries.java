package io.kiosk.api.catalog;

/**
 * Which products does the catalogue hold, whatever their state (drafts, on sale, withdrawn), with their exact stock?
 * The back office's list; at most {@code limit} products, in the order of their ids.
 */
public record ListCatalogueEntries(int limit) {

    public static final int MAX_LIMIT = 500;

    public ListCatalogueEntries {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
