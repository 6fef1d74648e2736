package io.kiosk.projections.elasticsearch;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds at start-up the search indexes that need it, without anyone having to remember: just before the event
 * processors start, the processing group of every index whose mapping version changed (or that lost its data
 * while its processor kept its place in the log) is reset, so that it replays the whole log into a fresh index
 * (its {@code @ResetHandler} starts the rebuild). Searches keep answering from the old index meanwhile; once the
 * replay has caught up, {@link RebuiltByReplay#caughtUp()} swaps the new one in.
 *
 * <p>With several query-side instances starting together after a mapping change, one rebuild runs and the others
 * join it: the first to claim every segment resets them and points the write alias at the fresh index; the others,
 * unable to claim what it holds, look at the aliases again until they see that rebuild
 * ({@link IndexPreparation#REBUILDING}) and start their processors, which share the replay's segments. A rebuild whose
 * replay is still in the tokens (the instance running it died) is carried on, not started again; one whose replay
 * ended without the swap is started again. Only instances of the previous version that keep holding the segments
 * (a rolling upgrade over a mapping change) stop this from starting, after {@link #WAIT_FOR_OTHERS}, saying so.
 */
@Component
public class ReplayOutdatedIndexes implements ConfigurerModule {

    /** Right before the event processors start ({@link Phase#INBOUND_EVENT_CONNECTORS}). */
    static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;
    /** How long an instance waits for another one that holds the segments to start the rebuild it needs. */
    static final Duration WAIT_FOR_OTHERS = Duration.ofSeconds(60);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(ReplayOutdatedIndexes.class);

    private final List<RebuiltByReplay> indexes;
    private final Duration waitForOthers;

    @Autowired
    public ReplayOutdatedIndexes(List<RebuiltByReplay> indexes) {
        this(indexes, WAIT_FOR_OTHERS);
    }

    ReplayOutdatedIndexes(List<RebuiltByReplay> indexes, Duration waitForOthers) {
        this.indexes = List.copyOf(indexes);
        this.waitForOthers = waitForOthers;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(configuration -> configuration.onStart(PHASE,
                () -> replayWhereNeeded(configuration.eventProcessingConfiguration())));
    }

    void replayWhereNeeded(EventProcessingConfiguration processing) {
        for (RebuiltByReplay index : indexes) {
            String group = index.processingGroup();
            StreamingEventProcessor processor = processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no streaming event processor runs processing group " + group));
            String name = processor.getName();
            replayIfNeeded(index, processor, new Segments(name, processing.tokenStore(name), processing.transactionManager(name)));
        }
    }

    private void replayIfNeeded(RebuiltByReplay index, StreamingEventProcessor processor, Segments segments) {
        String group = index.processingGroup();
        long deadline = System.nanoTime() + waitForOthers.toNanos();
        IndexPreparation found = index.preparation();
        while (true) {
            Segments.Seen seen = segments.look();
            if (!found.needsReplay(seen.any(), seen.replaying() || seen.heldElsewhere())) {
                if (found == IndexPreparation.REBUILDING) {
                    log.info("processing group {} joins the rebuild of its search index under way", group);
                }
                return;
            }
            try {
                log.warn("processing group {} replays the event log to rebuild its search index ({})", group, found);
                processor.resetTokens();
                return;
            } catch (RuntimeException refused) {
                // another instance holds a segment (UnableToClaimTokenException), or its reset took the segments'
                // rows first and the database chose this one's to give way (a deadlock between the two resets)
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the search index of " + group + " must be rebuilt, but for "
                            + waitForOthers.toSeconds() + " s another instance held the processor's segments without"
                            + " starting the rebuild (one of a version before this one?): stop it, start this one, then"
                            + " the others", refused);
                }
                log.info("processing group {}: the reset was refused ({}); looking again whether another instance rebuilds",
                        group, refused.toString());
                pause();
                if (found != IndexPreparation.CREATED) {
                    found = index.prepareAgain();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_AGAIN.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another instance's rebuild", interrupted);
        }
    }

    /** A processor's segments in the token store, as they stand, looked at without taking them from anyone. */
    private record Segments(String processor, TokenStore tokens, TransactionManager transactions) {

        /** Whether there are any, whether any is replaying, and whether another instance holds any now. */
        record Seen(boolean any, boolean replaying, boolean heldElsewhere) {
        }

        Seen look() {
            return transactions.fetchInTransaction(() -> {
                int[] all = tokens.fetchSegments(processor);
                boolean replaying = false;
                boolean heldElsewhere = false;
                List<Integer> claimed = new ArrayList<>();
                try {
                    for (int segment : all) {
                        try {
                            replaying |= ReplayToken.isReplay(tokens.fetchToken(processor, segment));
                            claimed.add(segment);
                        } catch (UnableToClaimTokenException held) {
                            heldElsewhere = true;
                        }
                    }
                } finally {
                    claimed.forEach(segment -> tokens.releaseClaim(processor, segment));
                }
                return new Seen(all.length > 0, replaying, heldElsewhere);
            });
        }
    }
}
