package io.kiosk.api.delivery;

/**
 * The stock of one stock-keeping variant as a quote sees it: either a number available (on hand
 * minus reserved), or made to order with a lead time in days. A variant nobody stocked is out.
 */
public record StockLevel(boolean madeToOrder, int available, int leadDays) {

    /** Fewer than this many left after an order counts as low stock. */
    public static final int LOW_STOCK_MARGIN = 5;

    public static final StockLevel NONE = new StockLevel(false, 0, 0);

    public StockLevel {
        if (available < 0 || leadDays < 0) {
            throw new IllegalArgumentException("stock and lead time cannot be negative");
        }
    }

    public static StockLevel available(int units) {
        return new StockLevel(false, units, 0);
    }

    public static StockLevel madeToOrder(int leadDays) {
        return new StockLevel(true, 0, leadDays);
    }

    public StockStatus statusFor(int quantity) {
        if (madeToOrder) {
            return StockStatus.MADE_TO_ORDER;
        }
        if (available < quantity) {
            return StockStatus.OUT_OF_STOCK;
        }
        return available - quantity < LOW_STOCK_MARGIN ? StockStatus.LOW : StockStatus.IN_STOCK;
    }
}
