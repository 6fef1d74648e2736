package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/** A payment's events as stored, for tests that check what a callback changed (and what it did not). */
public final class PaymentEvents {

    private final EventStore store;

    public PaymentEvents(EventStore store) {
        this.store = store;
    }

    public List<Object> of(PaymentId payment) {
        return store.readEvents(payment.toString()).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    public <T> List<T> of(PaymentId payment, Class<T> type) {
        return of(payment).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
