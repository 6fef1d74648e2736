package io.kiosk.api.order;

/** Why an order was cancelled. */
public enum CancellationReason {
    /** the customer changed their mind before the goods left */
    CUSTOMER_REQUEST,
    /** a line could not be reserved: too few units, or goods no stock item is kept for */
    OUT_OF_STOCK,
    /** the payment could not succeed (declined, refused by a risk rule, provider error) */
    PAYMENT_FAILED,
    /** the back office stopped it */
    BACK_OFFICE
}
