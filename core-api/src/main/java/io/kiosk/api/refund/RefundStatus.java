package io.kiosk.api.refund;

/** Where a refund stands. The last five are final. */
public enum RefundStatus {
    /** the customer asked; the back office has not decided */
    REQUESTED,
    /** approved with return of the goods: Kiosk waits for the customer to send them back */
    AWAITING_RETURN,
    /** the customer sent the goods back (carrier and tracking number known) */
    RETURN_SHIPPED,
    /** approved (and the goods, if any, accepted): the money is going back through the payment's provider */
    PAYING_OUT,
    /** the provider kept failing: a person must look, and may retry */
    ESCALATED,
    /** the money went back */
    REFUNDED,
    /** the back office said no */
    REJECTED,
    /** the customer took the request back */
    WITHDRAWN,
    /** the goods came back, but not in a state that earns a refund */
    RETURN_REFUSED,
    /** the goods did not come back before the return deadline */
    RETURN_EXPIRED
}
