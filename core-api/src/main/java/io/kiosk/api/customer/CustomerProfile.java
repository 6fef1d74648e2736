package io.kiosk.api.customer;

import java.util.List;
import java.util.UUID;

/**
 * A customer's profile as they see it: contact details, the language they read Kiosk and its mails in, delivery
 * addresses and saved payment methods.
 */
public record CustomerProfile(CustomerId customerId,
                              EmailAddress email,
                              boolean emailVerified,
                              String name,
                              PhoneNumber phone,
                              Language language,
                              List<Address> addresses,
                              List<PaymentMethod> paymentMethods) {

    public CustomerProfile {
        addresses = List.copyOf(addresses);
        paymentMethods = List.copyOf(paymentMethods);
    }

    /** A kept delivery address with its id. */
    public record Address(UUID addressId, DeliveryAddress address) {
    }

    /** A kept payment method with its id; the provider token is not shown back. */
    public record PaymentMethod(UUID paymentMethodId, PaymentProvider provider, String label) {
    }
}
