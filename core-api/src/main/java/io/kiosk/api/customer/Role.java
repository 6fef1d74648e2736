package io.kiosk.api.customer;

/** What an account may do. Access tokens carry these in their {@code roles} claim. */
public enum Role {
    /** shops: own carts, orders, payments, refunds, profile */
    CUSTOMER,
    /** follows every order, approves refunds, replays history */
    BACK_OFFICE,
    /** reads analytics only */
    ANALYST,
    /** manages accounts and operations */
    ADMIN
}
