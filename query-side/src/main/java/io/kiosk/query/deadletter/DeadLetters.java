package io.kiosk.query.deadletter;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.query.problems.Conflict;
import io.kiosk.query.problems.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The projections' dead letters, read and handled through Axon's queue and processor for each processing
 * group. A sequence is named by its sequence identifier as the queue stores it (for the projections: the
 * aggregate's id, or what the group's sequencing policy makes of an event, such as {@code product:ks-lamp}).
 */
@Service
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every letter of {@code projection}, or of every projection when it is null; by projection, oldest sequence first. */
    List<DeadLetterView> list(String projection) {
        List<String> groups = projection == null
                ? processing.eventProcessors().keySet().stream().sorted().toList() : List.of(projection);
        if (projection != null) {
            queue(projection);
        }
        List<DeadLetterView> letters = new ArrayList<>();
        for (String group : groups) {
            List<List<DeadLetterView>> sequences = new ArrayList<>();
            processing.deadLetterQueue(group).ifPresent(queue -> queue.deadLetters().forEach(sequence -> sequences.add(
                    StreamSupport.stream(sequence.spliterator(), false).map(letter -> view(group, letter))
                            .sorted(Comparator.comparingLong(DeadLetterView::sequenceIndex)).toList())));
            sequences.stream()
                    .filter(sequence -> !sequence.isEmpty())
                    .sorted(Comparator.comparing((List<DeadLetterView> sequence) -> sequence.get(0).enqueuedAt())
                            .thenComparing(sequence -> sequence.get(0).sequenceId()))
                    .forEach(letters::addAll);
        }
        return letters;
    }

    /** Handles the sequence's letters again now, in order, until one fails; refused while another retry of it runs. */
    DeadLetterOutcome retry(String projection, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        List<DeadLetterView> before = sequence(projection, queue, sequenceId);
        SequencedDeadLetterProcessor<EventMessage<?>> retrier = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new NotFound(projection + " has no dead-letter queue"));
        boolean processed = retrier.process(letter -> sequenceId.equals(sequenceIdOf(letter)));
        List<DeadLetterView> after = queue.contains(sequenceId) ? sequence(projection, queue, sequenceId) : List.of();
        if (processed || after.isEmpty()) {
            log.info("{}: dead-letter sequence {} retried and handled ({} letters)", projection, sequenceId, before.size());
            return new DeadLetterOutcome(projection, sequenceId, DeadLetterOutcome.Result.PROCESSED, before.size(), null, after);
        }
        DeadLetterView first = after.get(0);
        if (first.equals(before.get(0))) {
            throw new Conflict("dead-letter-sequence-busy", "sequence " + sequenceId + " of " + projection
                    + " is being retried already; look again shortly");
        }
        return new DeadLetterOutcome(projection, sequenceId, DeadLetterOutcome.Result.FAILED, after.size(), null, after);
    }

    /** Throws the sequence's letters away: the read model will never see those events (until it is rebuilt). */
    DeadLetterOutcome discard(String projection, String sequenceId, String reason, CustomerId by) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        sequence(projection, queue, sequenceId);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequenceId).forEach(letters::add);
        letters.forEach(queue::evict);
        log.warn("{}: {} discarded dead-letter sequence {} ({} letters, starting with event {}): {}", projection, by,
                sequenceId, letters.size(), letters.isEmpty() ? "-" : letters.get(0).message().getIdentifier(), reason);
        return new DeadLetterOutcome(projection, sequenceId, DeadLetterOutcome.Result.DISCARDED, letters.size(), reason,
                List.of());
    }

    private List<DeadLetterView> sequence(String projection, SequencedDeadLetterQueue<EventMessage<?>> queue, String sequenceId) {
        if (!queue.contains(sequenceId)) {
            throw new NotFound(projection + " holds no dead letters of sequence " + sequenceId);
        }
        return StreamSupport.stream(queue.deadLetterSequence(sequenceId).spliterator(), false)
                .map(letter -> view(projection, letter))
                .sorted(Comparator.comparingLong(DeadLetterView::sequenceIndex))
                .toList();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        if (!processing.eventProcessors().containsKey(projection)) {
            throw new NotFound("no projection is called " + projection);
        }
        return processing.deadLetterQueue(projection)
                .orElseThrow(() -> new NotFound(projection + " has no dead-letter queue"));
    }

    private static DeadLetterView view(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> ofAggregate = event instanceof DomainEventMessage<?> domain ? domain : null;
        return new DeadLetterView(projection, sequenceIdOf(letter),
                letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIndex() : 0,
                event.getIdentifier(), event.getPayloadType().getSimpleName(),
                ofAggregate == null ? null : ofAggregate.getType(),
                ofAggregate == null ? null : ofAggregate.getAggregateIdentifier(),
                ofAggregate == null ? null : ofAggregate.getSequenceNumber(),
                event.getTimestamp(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), ProjectionEnqueuePolicy.retriesOf(letter));
    }

    private static String sequenceIdOf(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        throw new IllegalStateException("the projections' dead letters are kept in PostgreSQL, not in " + letter.getClass());
    }
}
