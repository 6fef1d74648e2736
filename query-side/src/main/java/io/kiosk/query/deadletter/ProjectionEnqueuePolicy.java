package io.kiosk.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an event a projection failed on.
 *
 * <p>Handled live: a transient failure is not parked. Declining to enqueue would make Axon's dead-lettering
 * invoker drop the event, so the failure is thrown on instead, and the processor retries the event with
 * back-off, as it does for processors without a queue. Any other failure is the event's: it is parked with
 * its sequence ({@code retries} 0), and the events after it in that sequence queue behind it.
 *
 * <p>Retried from the queue (the letter is one the queue holds) and failing again: it stays parked, with
 * the new cause and one more retry counted, whatever the kind of failure, until the back office retries or
 * discards it.
 */
final class ProjectionEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics entry counting how often a parked event was retried and failed. */
    static final String RETRIES = "retries";

    private static final Logger log = LoggerFactory.getLogger(ProjectionEnqueuePolicy.class);

    private final String projection;

    ProjectionEnqueuePolicy(String projection) {
        this.projection = projection;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter instanceof JdbcDeadLetter<?>) {
            long retries = retriesOf(letter) + 1;
            log.warn("{}: dead letter {} failed again on retry {}: {}", projection, letter.message().getIdentifier(), retries,
                    cause.toString());
            return Decisions.requeue(ThrowableCause.truncated(cause), parked -> parked.diagnostics().and(RETRIES, retries));
        }
        if (TransientFailures.isTransient(cause)) {
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new TransientFailure(cause);
        }
        log.error("{} cannot handle event {} ({}): it is dead-lettered, and later events of its sequence queue behind it",
                projection, letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(), cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause), parked -> MetaData.with(RETRIES, 0L));
    }

    static long retriesOf(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return retries instanceof Number count ? count.longValue() : 0;
    }
}
