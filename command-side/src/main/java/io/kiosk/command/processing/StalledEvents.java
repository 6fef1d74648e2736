package io.kiosk.command.processing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one event that a processor keeps failing on from holding up everything behind it. Every command-side
 * streaming processor handles one event per unit of work; when that unit of work rolls back for a reason of the
 * event's own (not {@link TransientFailures transient}), the failure is counted in table {@code stalled_event}, in a
 * transaction of its own. The processor tries the event again after a pause; once it has failed
 * {@code kiosk.processing.max-attempts} times, the next delivery is given up: the event is not handled, the row says
 * so, the processor moves on, and the error log and {@code /api/admin/process-failures} name it for the back office.
 * An event handled in the end forgets its failures.
 *
 * <p>This is what bounds a saga (Axon sequences no dead letters for sagas): an order process that cannot handle an
 * order's event stops for that order after a few tries, and the order waits visibly for the back office. For the
 * event handlers, which park what they cannot handle in the dead-letter queue, it catches only what fails after the
 * handler returned (the commit itself). Only events that failed here since the application started cost a query.
 */
@Component
public class StalledEvents {

    private static final Logger log = LoggerFactory.getLogger(StalledEvents.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final ProcessingProperties settings;
    private final Clock clock;
    private final Set<String> failedHere = ConcurrentHashMap.newKeySet();

    StalledEvents(JdbcClient jdbc, PlatformTransactionManager transactions, ProcessingProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    /** The interceptor that counts and gives up the events of processor {@code group}. */
    MessageHandlerInterceptor<EventMessage<?>> of(String group) {
        return (unitOfWork, chain) -> handle(group, unitOfWork, chain);
    }

    /** Every stalled event, those given up first, oldest first. */
    public List<StalledEvent> list() {
        return jdbc.sql("""
                        SELECT * FROM stalled_event
                        ORDER BY given_up_at IS NULL, coalesce(given_up_at, last_failed_at), processing_group, event_id""")
                .query((row, n) -> new StalledEvent(row.getString("processing_group"), row.getString("event_id"),
                        row.getString("payload_type"), row.getString("aggregate_id"), row.getInt("attempts"),
                        row.getString("cause"), row.getTimestamp("first_failed_at").toInstant(),
                        row.getTimestamp("last_failed_at").toInstant(),
                        row.getTimestamp("given_up_at") == null ? null : row.getTimestamp("given_up_at").toInstant()))
                .list();
    }

    private Object handle(String group, UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        String key = group + "/" + event.getIdentifier();
        if (failedHere.contains(key) && attempts(group, event) >= settings.maxAttempts()) {
            giveUp(group, event);
            failedHere.remove(key);
            return null;
        }
        unitOfWork.onCleanup(done -> {
            if (done.isRolledBack()) {
                Throwable cause = done.getExecutionResult().getExceptionResult();
                if (cause != null && !TransientFailures.isTransient(cause)) {
                    failed(group, event, cause);
                    failedHere.add(key);
                }
            } else if (failedHere.remove(key)) {
                forget(group, event);
            }
        });
        return chain.proceed();
    }

    private int attempts(String group, EventMessage<?> event) {
        return jdbc.sql("SELECT attempts FROM stalled_event WHERE processing_group = :group AND event_id = :event")
                .param("group", group).param("event", event.getIdentifier())
                .query(Integer.class).optional().orElse(0);
    }

    private void giveUp(String group, EventMessage<?> event) {
        jdbc.sql("UPDATE stalled_event SET given_up_at = :now WHERE processing_group = :group AND event_id = :event")
                .param("now", Timestamp.from(clock.instant())).param("group", group).param("event", event.getIdentifier())
                .update();
        log.error("{} gave up {} {} of {} after {} failed tries: it is not handled, the processor moves on; see"
                        + " /api/admin/process-failures", group, event.getPayloadType().getSimpleName(), event.getIdentifier(),
                aggregateOf(event), settings.maxAttempts());
    }

    private void failed(String group, EventMessage<?> event, Throwable cause) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO stalled_event (processing_group, event_id, payload_type, aggregate_id, attempts, cause,
                                                       first_failed_at, last_failed_at)
                            VALUES (:group, :event, :type, :aggregate, 1, :cause, :now, :now)
                            ON CONFLICT (processing_group, event_id) DO UPDATE
                            SET attempts = stalled_event.attempts + 1, cause = EXCLUDED.cause, last_failed_at = EXCLUDED.last_failed_at""")
                    .param("group", group).param("event", event.getIdentifier())
                    .param("type", event.getPayloadType().getName()).param("aggregate", aggregateOf(event))
                    .param("cause", String.valueOf(cause)).param("now", Timestamp.from(clock.instant()))
                    .update());
        } catch (RuntimeException unrecorded) {
            log.warn("{}: could not count the failure of event {}: {}", group, event.getIdentifier(), unrecorded.toString());
        }
    }

    private void forget(String group, EventMessage<?> event) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "DELETE FROM stalled_event WHERE processing_group = :group AND event_id = :event")
                    .param("group", group).param("event", event.getIdentifier()).update());
        } catch (RuntimeException unrecorded) {
            log.warn("{}: could not forget the failures of event {}: {}", group, event.getIdentifier(), unrecorded.toString());
        }
    }

    private static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
