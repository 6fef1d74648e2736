package io.kiosk.api.customer;

import java.util.UUID;

/** The customer no longer keeps this payment method. */
public record PaymentMethodRemoved(CustomerId customerId, UUID paymentMethodId) {
}
