package io.kiosk.query.rebuild;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.query.eventlog.EventLog;
import io.kiosk.query.problems.Conflict;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.problems.Unavailable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The projections' processors (every streaming processor of the query side, named as their processing
 * groups), what state each is in, and their rebuilds.
 *
 * <p>A replay is a reset: the processor shuts down on this instance (its segments are released), its tokens
 * go back to the start of the log while its {@code @ResetHandler}s empty the read model in the same
 * transaction, and it starts again, handling every event anew while the other processors run on. The
 * processor's replay tokens carry on after a restart. Replays are timed by the machine's clock, not by the
 * mall's.
 */
@Service
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    /** Long enough for every other instance to see the request and stop, and for a dead one's claims to time out. */
    private static final Duration HAND_OVER_WAIT = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final ReplayRecords replays;
    private final EventLog eventLog;
    private final CaughtUpHooks hooks;
    private final ReplayHandOver handOver;
    private final Clock clock = Clock.systemUTC();

    Projections(EventProcessingConfiguration processing, TokenStore tokens, ReplayRecords replays, EventLog eventLog,
                CaughtUpHooks hooks, ReplayHandOver handOver) {
        this.processing = processing;
        this.tokens = tokens;
        this.replays = replays;
        this.eventLog = eventLog;
        this.hooks = hooks;
        this.handOver = handOver;
    }

    /** The names of every streaming processor, in name order. */
    public List<String> names() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .sorted()
                .toList();
    }

    ProjectionList all() {
        return new ProjectionList(eventLog.head(), names().stream().map(this::view).toList());
    }

    ProjectionView view(String name) {
        ProcessorState state = state(name);
        return new ProjectionView(name, state.status(),
                new ProjectionView.Segments(state.claimedSegments(), state.totalSegments()),
                state.position().isPresent() ? state.position().getAsLong() : null,
                deadLetters(name),
                state.replay().map(replay -> ReplayProgress.of(replay, state, eventLog, clock.instant())).orElse(null));
    }

    /**
     * Resets {@code name} and replays it from the start of the log; refused while a replay of it runs. The
     * reset happens now (the read model is empty when this returns); the replay goes on in the processor's
     * threads, and the watch marks it done once every segment has read the log up to where it stood.
     */
    ProjectionView replay(String name, CustomerId requestedBy) {
        StreamingEventProcessor processor = processor(name);
        if (!replays.claim(name, clock.instant(), requestedBy, ReplayHandOver.INSTANCE)) {
            throw new Conflict("replay-in-progress", name + " is being replayed already; follow it at /api/admin/projections/" + name);
        }
        try {
            processor.shutDown();
            // the other query-side instances release their segments when they see the claim (ReplayHandOver)
            if (!released(name)) {
                throw new IllegalStateException("other instances still hold segments of " + name + " after " + HAND_OVER_WAIT);
            }
            long head = eventLog.head();
            replays.scope(name, head, eventLog.countUpTo(head));
            processor.resetTokens();
            replays.reset(name, clock.instant());
            hooks.due(name);
            log.info("{} reset by {}: replaying the event log up to position {}", name, requestedBy, head);
        } catch (RuntimeException failed) {
            replays.fail(name, clock.instant(), failed.getClass().getSimpleName() + ": " + failed.getMessage());
            log.warn("{} could not be reset: {}", name, failed.toString());
            if (causedBy(failed, IOException.class)) {
                throw new Unavailable("store-unavailable", name + " could not be reset: its store (the search index) is out"
                        + " of reach right now; ask again in a moment");
            }
            if (failed instanceof UnableToClaimTokenException || failed instanceof IllegalStateException) {
                throw new Conflict("replay-refused", name + " could not be reset (does another instance hold its segments?): "
                        + failed.getMessage());
            }
            throw failed;
        } finally {
            processor.start();
        }
        return view(name);
    }

    private boolean released(String name) {
        try {
            return handOver.awaitReleased(name, HAND_OVER_WAIT);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The processor's state now; fails with 404 for a name no processor has. */
    ProcessorState state(String name) {
        return new ProcessorState(processor(name), tokens.fetchSegments(name).length, replays.find(name));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("no projection is called " + name));
    }

    private long deadLetters(String name) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(name);
        return queue.map(SequencedDeadLetterQueue::size).orElse(0L);
    }
}
