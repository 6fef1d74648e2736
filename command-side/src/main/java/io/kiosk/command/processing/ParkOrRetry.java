package io.kiosk.command.processing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an event a command-side event handler failed on. A transient failure ({@link TransientFailures})
 * is thrown on: the processor tries the event again with back-off, and nothing is parked. Any other failure is the
 * event's: it is parked in the dead-letter queue with its sequence (the aggregate it is about: one payment, one
 * order), and that sequence's later events queue behind it while every other sequence moves on. A parked event
 * that fails again when retried stays parked with the new cause.
 */
final class ParkOrRetry implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkOrRetry.class);

    private final String group;

    ParkOrRetry(String group) {
        this.group = group;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter instanceof JdbcDeadLetter<?>) {
            log.warn("{}: parked event {} failed again: {}", group, letter.message().getIdentifier(), cause.toString());
            return Decisions.requeue(ThrowableCause.truncated(cause));
        }
        if (TransientFailures.isTransient(cause)) {
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("a transient failure, tried again: " + cause, cause);
        }
        log.error("{} cannot handle event {} ({}): it is parked, and the later events of its sequence {} queue behind it",
                group, letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                letter.message() instanceof DomainEventMessage<?> domain
                        ? domain.getAggregateIdentifier() : "of its own", cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }
}
