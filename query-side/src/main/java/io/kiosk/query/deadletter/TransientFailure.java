package io.kiosk.query.deadletter;

/**
 * A failure of a projection that is not the event's fault (see {@link TransientFailures}), carried out of
 * the dead-letter queue's handling to the processor, which releases the segment and retries the event with
 * back-off. Thrown only for a failure that was not already unchecked, which is rethrown as it is.
 */
final class TransientFailure extends RuntimeException {

    TransientFailure(Throwable cause) {
        super("a transient failure, retried: " + cause, cause);
    }
}
