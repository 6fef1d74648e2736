package io.kiosk.api.customer;

/** Who asked for a customer's erasure. */
public enum ErasureRequester {
    /** The customer, deleting their own account. */
    CUSTOMER,
    /** The back office, for the customer or on a legal ground it names. */
    BACK_OFFICE
}
