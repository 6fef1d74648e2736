package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalDataOwner;

import java.util.UUID;

/** The customer keeps a payment method (as the provider's token). */
public record PaymentMethodSaved(CustomerId customerId, UUID paymentMethodId, SavedPaymentMethod method)
        implements PersonalDataOwner {
}
