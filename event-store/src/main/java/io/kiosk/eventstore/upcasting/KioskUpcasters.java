package io.kiosk.eventstore.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/**
 * Every upcaster of Kiosk's events, in the order they must run: first what every event stored without a revision
 * becomes (revision 1), then each event type's steps from one revision to the next. A new revision of an event adds
 * its step here, after the steps that lead to its predecessor.
 */
public final class KioskUpcasters {

    private KioskUpcasters() {
    }

    public static List<EventUpcaster> inOrder() {
        return List.of(
                new StoredBeforeRevisions(),
                new CustomerRegisteredUpcaster(),
                AddedFields.of("io.kiosk.api.cart.CartCreated", "customerId"),
                AddedFields.of("io.kiosk.api.cart.ItemAddedToCart", "stockItemId", "label"),
                AddedFields.of("io.kiosk.api.cart.CartCheckedOut", "customerId", "details", "estimate")
                        .inEachOf("lines", "stockItemId", "label"),
                AddedFields.of("io.kiosk.api.order.OrderPlaced", "customerId", "details", "estimate")
                        .inEachOf("lines", "stockItemId", "label"),
                AddedFields.of("io.kiosk.api.inventory.StockReceived", "returnedFrom"),
                PersonalDataSealed.from("io.kiosk.api.customer.CustomerRegistered", "2", "3"),
                PersonalDataSealed.from("io.kiosk.api.customer.CustomerProfileChanged", "1", "2"),
                PersonalDataSealed.from("io.kiosk.api.customer.CustomerEmailVerified", "1", "2"),
                PersonalDataSealed.from("io.kiosk.api.customer.DeliveryAddressAdded", "1", "2"),
                PersonalDataSealed.from("io.kiosk.api.customer.PaymentMethodSaved", "1", "2"),
                PersonalDataSealed.from("io.kiosk.api.cart.CartCheckedOut", "2", "3"),
                PersonalDataSealed.from("io.kiosk.api.order.OrderPlaced", "2", "3"));
    }

    /** The chain both applications read events through. */
    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(inOrder());
    }
}
