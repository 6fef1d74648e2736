package io.kiosk.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Refuses to store an event older than the commit deadline ({@code kiosk.event-store.commit-deadline}): the unit of
 * work that applied it took too long and rolls back instead of committing, so no event ever commits so late that a
 * tracking processor may have given its position up ({@link GapSettings}). It runs as the unit of work prepares to
 * commit, right before the events are inserted. A command refused this way failed on the server's side and may be
 * sent again; an event processor handles its event again.
 */
public final class StaleEventGuard implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Duration deadline;
    private final Clock clock;

    public StaleEventGuard(Duration deadline, Clock clock) {
        this.deadline = deadline;
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Instant now = clock.instant();
            if (Duration.between(event.getTimestamp(), now).compareTo(deadline) > 0) {
                throw new StaleEventRefused(event.getPayloadType().getSimpleName(), event.getTimestamp(), deadline);
            }
            return event;
        };
    }
}
