package io.kiosk.api.customer;

/** What does customer {@code customerId}'s profile look like? Answered with a {@link CustomerProfile}, or nothing. */
public record FindCustomerProfile(CustomerId customerId) {
}
