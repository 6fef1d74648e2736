package io.kiosk.api.cart;

/** Where a cart stands: still being filled, or checked out into an order (and closed for good). */
public enum CartStatus {
    OPEN,
    CHECKED_OUT
}
