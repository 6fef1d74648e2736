package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The customer keeps a payment method (as the provider's token).
 *
 * <p>Revision 2 stores the method's token and label sealed for the customer (see {@link SavedPaymentMethod}); revision
 * 1 stored them in the clear, and reads as it was (the event store's upcaster changes nothing but the revision).
 */
@Revision("2")
public record PaymentMethodSaved(CustomerId customerId, UUID paymentMethodId, SavedPaymentMethod method)
        implements PersonalDataOwner {
}
