package io.kiosk.api.delivery;

/** What a customer is told about stock for the quantity they want. */
public enum StockStatus {
    IN_STOCK,
    /** in stock, but only a few are left after this order */
    LOW,
    OUT_OF_STOCK,
    /** made for this order: no stock limit, but a lead time */
    MADE_TO_ORDER
}
