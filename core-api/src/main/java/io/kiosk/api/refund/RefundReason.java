package io.kiosk.api.refund;

/** Why money goes back. Customers choose among the first six; {@code ORDER_CANCELLED} is Kiosk's own. */
public enum RefundReason {
    /** the goods arrived broken or stopped working */
    DAMAGED,
    /** the goods are not what the product page said */
    NOT_AS_DESCRIBED,
    /** the customer received something they did not order */
    WRONG_ITEM,
    /** the customer no longer wants the goods */
    CHANGED_MIND,
    /** the goods came (or will come) too late to be of use */
    LATE,
    /** anything else, said in the note */
    OTHER,
    /** a paid order was cancelled before it shipped: everything paid goes back, without a review */
    ORDER_CANCELLED
}
