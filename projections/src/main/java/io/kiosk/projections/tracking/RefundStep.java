package io.kiosk.projections.tracking;

import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundStatusReached;
import io.kiosk.api.refund.RefundSummary;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;

import java.time.Instant;
import java.util.Optional;

/**
 * What a refund event means for the refund as tracking shows it: its new status and whatever the event adds
 * (the amount approved or paid back, where the goods go back, how they travel, the back office's word). Said once
 * here for the tracking tables and for the order rebuilt in memory ({@link OrderAsOf}), so the two agree.
 * An escalation shows only as its status: why a provider failed is the back office's business.
 */
final class RefundStep {

    private RefundStep() {
    }

    /** The refund after {@code event} at {@code at}; empty for an event of a refund whose request was not seen. */
    static Optional<RefundSummary> apply(RefundSummary current, RefundStatusReached event, Instant at) {
        if (event instanceof RefundRequested requested) {
            return Optional.of(new RefundSummary(requested.refundId(), requested.status(), requested.reason(),
                    requested.withReturn(), requested.lines(), requested.amount(), null, null, null, null, null, null, null,
                    at, at));
        }
        if (current == null) {
            return Optional.empty();
        }
        RefundSummary r = current;
        RefundSummary next;
        if (event instanceof RefundApproved approved) {
            next = new RefundSummary(r.refundId(), approved.status(), r.reason(), r.withReturn(), r.lines(), r.requested(),
                    approved.amount(), r.refunded(), r.returnAddress(), r.returnDeadline(), r.returnCarrier(),
                    r.returnTrackingNumber(), approved.note() == null || approved.note().isBlank() ? r.note() : approved.note(),
                    r.requestedAt(), at);
        } else if (event instanceof ReturnAuthorised authorised) {
            next = new RefundSummary(r.refundId(), authorised.status(), r.reason(), r.withReturn(), r.lines(), r.requested(),
                    r.approved(), r.refunded(), authorised.returnAddress(), authorised.deadline(), r.returnCarrier(),
                    r.returnTrackingNumber(), r.note(), r.requestedAt(), at);
        } else if (event instanceof ReturnShipped shipped) {
            next = new RefundSummary(r.refundId(), shipped.status(), r.reason(), r.withReturn(), r.lines(), r.requested(),
                    r.approved(), r.refunded(), r.returnAddress(), r.returnDeadline(), shipped.carrier(),
                    shipped.trackingNumber(), r.note(), r.requestedAt(), at);
        } else if (event instanceof RefundCompleted completed) {
            next = new RefundSummary(r.refundId(), completed.status(), r.reason(), r.withReturn(), r.lines(), r.requested(),
                    r.approved(), completed.amount(), r.returnAddress(), r.returnDeadline(), r.returnCarrier(),
                    r.returnTrackingNumber(), r.note(), r.requestedAt(), at);
        } else if (event instanceof ReturnAccepted accepted) {
            next = noted(r, accepted, accepted.note(), at);
        } else if (event instanceof ReturnRefused refused) {
            next = noted(r, refused, refused.note(), at);
        } else if (event instanceof RefundRejected rejected) {
            next = noted(r, rejected, rejected.reason(), at);
        } else {
            next = noted(r, event, null, at);
        }
        return Optional.of(next);
    }

    private static RefundSummary noted(RefundSummary r, RefundStatusReached event, String note, Instant at) {
        return new RefundSummary(r.refundId(), event.status(), r.reason(), r.withReturn(), r.lines(), r.requested(),
                r.approved(), r.refunded(), r.returnAddress(), r.returnDeadline(), r.returnCarrier(),
                r.returnTrackingNumber(), note == null || note.isBlank() ? r.note() : note, r.requestedAt(), at);
    }
}
