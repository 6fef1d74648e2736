package io.kiosk.api.order;


import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.text.FreeText;

import java.util.Locale;
import java.util.Objects;

/**
 * What the customer says at checkout: where the goods go, whom to tell, how they will pay, and the
 * delivery region (a code of the delivery table, {@code kiosk.delivery.regions}) the estimate is
 * worked out for. The estimate itself is the read model's: it needs the stock level of each line.
 */
public record CheckoutDetails(DeliveryAddress address, Contact contact, PaymentProvider paymentMethod, String region) {

    public CheckoutDetails {
        Objects.requireNonNull(address, "address is required");
        Objects.requireNonNull(contact, "contact is required");
        Objects.requireNonNull(paymentMethod, "paymentMethod is required");
        region = FreeText.required("region", region, 20).toUpperCase(Locale.ROOT);
    }

    /** These details once their customer was erased: how they paid and the region stay, who and where are gone. */
    public CheckoutDetails erased() {
        return new CheckoutDetails(address.erased(), contact.erased(), paymentMethod, region);
    }
}
