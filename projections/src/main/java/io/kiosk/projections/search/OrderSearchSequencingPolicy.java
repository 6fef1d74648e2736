package io.kiosk.projections.search;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.SerializationException;
import org.springframework.stereotype.Component;

/**
 * Which order-search events must be handled one after the other: everything that changes one order's
 * document, whether the order recorded it or its payment did. The default (per aggregate) would put the
 * payment's events in another segment than the order's, and two segments changing one document at once
 * would each read it, change their part and write it back: the later write, carrying the other part as it
 * was before the earlier one, would undo it (external versions cannot catch that: each write is newer in
 * its own part). Keyed by the order, one segment sees all of an order's changes, in the order of the log,
 * and every change is made to what the one before it wrote.
 *
 * <p>A change to this policy (or to the segments' keys) on a running deployment needs a replay of the group,
 * since events already handled under the old keys are not handled again under the new ones.
 */
@Component(OrderSearchSequencingPolicy.BEAN_NAME)
public class OrderSearchSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    /** The name {@code axon.eventhandling.processors.order-search.sequencing-policy} refers to. */
    public static final String BEAN_NAME = "orderSearchSequencingPolicy";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (SerializationException unreadable) {
            // a poison event: keyed by its aggregate, so that the handler meets it and it is dead-lettered, not the processor stopped
            return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
        OrderId order = orderOf(payload);
        return order != null ? "order:" + order : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static OrderId orderOf(Object payload) {
        if (payload instanceof OrderPlaced placed) {
            return placed.orderId();
        } else if (payload instanceof OrderStatusReached reached) {
            return reached.orderId();
        } else if (payload instanceof TradeOpeningRequested opening) {
            return opening.orderId();
        } else if (payload instanceof PaymentRequested requested) {
            return requested.orderId();
        } else if (payload instanceof PaymentHeldForReview held) {
            return held.orderId();
        } else if (payload instanceof PaymentSucceeded succeeded) {
            return succeeded.orderId();
        } else if (payload instanceof PaymentFailed failed) {
            return failed.orderId();
        } else if (payload instanceof PaymentCancelled cancelled) {
            return cancelled.orderId();
        }
        return null;
    }
}
