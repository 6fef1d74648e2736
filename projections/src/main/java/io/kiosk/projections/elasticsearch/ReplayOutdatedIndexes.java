package io.kiosk.projections.elasticsearch;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Rebuilds at start-up the search indexes that need it, without anyone having to remember: just before the event
 * processors start, the processing group of every index whose mapping version changed (or that lost its data
 * while its processor kept its place in the log) is reset, so that it replays the whole log into a fresh index
 * (its {@code @ResetHandler} starts the rebuild). Searches keep answering from the old index meanwhile; once the
 * replay has caught up, {@link RebuiltByReplay#caughtUp()} swaps the new one in.
 *
 * <p>A reset needs every segment of the group: with other instances of the query side running and holding them,
 * the start fails and says so. After a mapping change, start one instance first, then the others.
 */
@Component
public class ReplayOutdatedIndexes implements ConfigurerModule {

    /** Right before the event processors start ({@link Phase#INBOUND_EVENT_CONNECTORS}). */
    static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;

    private static final Logger log = LoggerFactory.getLogger(ReplayOutdatedIndexes.class);

    private final List<RebuiltByReplay> indexes;

    public ReplayOutdatedIndexes(List<RebuiltByReplay> indexes) {
        this.indexes = List.copyOf(indexes);
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
            boolean hasTokens = processing.tokenStore(name).fetchSegments(name).length > 0;
            if (!index.needsReplay(hasTokens)) {
                continue;
            }
            log.warn("processing group {} replays the event log to rebuild its search index", group);
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException heldElsewhere) {
                throw new IllegalStateException("the search index of " + group + " must be rebuilt, but another instance"
                        + " holds the processor's segments: stop the other query-side instances, start this one, then them",
                        heldElsewhere);
            }
        }
    }
}
