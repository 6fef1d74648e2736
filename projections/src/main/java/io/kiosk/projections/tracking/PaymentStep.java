package io.kiosk.projections.tracking;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;

import java.util.Optional;

/**
 * What a payment event means for the order it pays: where the payment stands, with which method (when
 * the event says), and what the customer does next (only while a requested payment waits for them).
 * Said once here for the tracking tables and for the order rebuilt in memory ({@link OrderAsOf}).
 */
record PaymentStep(OrderId orderId, PaymentId paymentId, PaymentProvider method, String status, PaymentAction action) {

    /** Asked of the provider, which has not answered yet: the customer's action follows in a moment (pending). */
    static PaymentStep of(TradeOpeningRequested event) {
        return new PaymentStep(event.orderId(), event.paymentId(), event.method(), "PENDING", null);
    }

    static PaymentStep of(PaymentRequested event) {
        return new PaymentStep(event.orderId(), event.paymentId(), event.method(), "REQUESTED", event.action());
    }

    /** Held by the risk check: the customer has nothing to do but wait for the back office. */
    static PaymentStep of(PaymentHeldForReview event) {
        return new PaymentStep(event.orderId(), event.paymentId(), event.method(), "HELD_FOR_REVIEW", null);
    }

    static PaymentStep of(PaymentSucceeded event) {
        return new PaymentStep(event.orderId(), event.paymentId(), event.method(), "SUCCEEDED", null);
    }

    static PaymentStep of(PaymentFailed event) {
        return new PaymentStep(event.orderId(), event.paymentId(), null, "FAILED", null);
    }

    static PaymentStep of(PaymentCancelled event) {
        return new PaymentStep(event.orderId(), event.paymentId(), null, "CANCELLED", null);
    }

    /** The step the payment event records, if it is one tracking follows. */
    static Optional<PaymentStep> ofEvent(Object payload) {
        if (payload instanceof TradeOpeningRequested opening) {
            return Optional.of(of(opening));
        } else if (payload instanceof PaymentRequested requested) {
            return Optional.of(of(requested));
        } else if (payload instanceof PaymentHeldForReview held) {
            return Optional.of(of(held));
        } else if (payload instanceof PaymentSucceeded succeeded) {
            return Optional.of(of(succeeded));
        } else if (payload instanceof PaymentFailed failed) {
            return Optional.of(of(failed));
        } else if (payload instanceof PaymentCancelled cancelled) {
            return Optional.of(of(cancelled));
        }
        return Optional.empty();
    }
}
