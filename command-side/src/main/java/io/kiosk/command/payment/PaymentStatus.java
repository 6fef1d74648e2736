package io.kiosk.command.payment;

/** Where a {@link Payment} stands: held for review, its trade being opened, open (requested), or settled. */
enum PaymentStatus {
    HELD, OPENING, REQUESTED, SUCCEEDED, FAILED, CANCELLED;

    /** Its trade is open, or being opened: the customer may pay it now or any moment. */
    boolean awaitsTheCustomer() {
        return this == OPENING || this == REQUESTED;
    }
}
