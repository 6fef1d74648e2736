package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer keeps a payment method (as the provider's token). */
@Revision("1")
public record PaymentMethodSaved(CustomerId customerId, UUID paymentMethodId, SavedPaymentMethod method) {
}
