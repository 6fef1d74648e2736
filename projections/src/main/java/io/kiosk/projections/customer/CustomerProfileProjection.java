package io.kiosk.projections.customer;

import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerProfile;
import io.kiosk.api.customer.CustomerProfileChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.DeliveryAddressRemoved;
import io.kiosk.api.customer.FindCustomerProfile;
import io.kiosk.api.customer.PaymentMethodRemoved;
import io.kiosk.api.customer.PaymentMethodSaved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the customer profile read model (contact details, language, delivery addresses, saved payment
 * methods without their provider tokens) and answers for one customer's profile from it. Each
 * event carries the customer's sequence number, which the store uses to apply it at most once.
 */
@Component
@ProcessingGroup(CustomerProfileProjection.PROCESSING_GROUP)
public class CustomerProfileProjection {

    public static final String PROCESSING_GROUP = "customer-profile";

    private final CustomerProfileStore store;

    CustomerProfileProjection(CustomerProfileStore store) {
        this.store = store;
    }

    @EventHandler
    void on(CustomerRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertRegistered(event, sequence, at);
    }

    @EventHandler
    void on(CustomerEmailVerified event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.markEmailVerified(event, sequence, at);
    }

    @EventHandler
    void on(CustomerProfileChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.changeContactDetails(event, sequence, at);
    }

    @EventHandler
    void on(CustomerErased event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.erase(event, sequence, at);
    }

    @EventHandler
    void on(CustomerLanguageChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.changeLanguage(event, sequence, at);
    }

    @EventHandler
    void on(DeliveryAddressAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertAddress(event, sequence, at);
    }

    @EventHandler
    void on(DeliveryAddressRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.deleteAddress(event, sequence, at);
    }

    @EventHandler
    void on(PaymentMethodSaved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertPaymentMethod(event, sequence, at);
    }

    @EventHandler
    void on(PaymentMethodRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.deletePaymentMethod(event, sequence, at);
    }

    /** A rebuild starts from nothing: every profile table is emptied before the events are handled again. */
    @ResetHandler
    void reset() {
        store.clear();
    }

    @QueryHandler
    Optional<CustomerProfile> answer(FindCustomerProfile query) {
        return store.find(query.customerId());
    }
}
