package io.kiosk.query.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a projection counts as live, with Axon's own pooled processor over an event store: a replay of a quiet log
 * (nothing new after the reset, as when the query side rebuilds an outdated index at start-up, or a new processor's
 * first pass, which Axon runs as a replay too) is over once every segment has read up to where its reset was made,
 * although Axon still calls the segments replaying until a newer event comes.
 */
class ProcessorStateTest {

    private static final String GROUP = "quiet";
    private static final int SEGMENTS = 2;

    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Handled handled = new Handled();
    private Configuration axon;

    @ProcessingGroup(GROUP)
    static class Handled {

        final List<String> payloads = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String payload) {
            payloads.add(payload);
        }
    }

    @BeforeEach
    void aProcessorThatHasReadAQuietLog() throws InterruptedException {
        for (int n = 0; n < 5; n++) {
            events.publish(new GenericDomainEventMessage<>("Thing", "thing-" + n, 0, "event " + n));
        }
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(configuration -> events)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(GROUP, configuration -> events,
                                (configuration, builder) -> builder.initialSegmentCount(SEGMENTS))
                        .registerEventHandler(configuration -> handled)
                        .registerTokenStore(GROUP, configuration -> tokens))
                .buildConfiguration();
        axon.start();
        eventually(() -> handled.payloads.size() == 5 && processor().processingStatus().size() == SEGMENTS
                && processor().processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessorByProcessingGroup(GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    @Test
    void a_replay_of_a_quiet_log_is_live_once_every_segment_has_read_up_to_its_reset() throws InterruptedException {
        processor().shutDown();
        processor().resetTokens();
        processor().start();

        eventually(() -> handled.payloads.size() == 10 && processor().processingStatus().size() == SEGMENTS
                && processor().processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));

        assertThat(processor().processingStatus().values()).as("Axon: replaying until a newer event comes")
                .allMatch(segment -> segment.isReplaying());
        assertThat(new ProcessorState(processor(), SEGMENTS, Optional.empty()).live()).isTrue();
    }

    @Test
    void a_processor_holding_fewer_segments_than_it_has_is_not_live() throws InterruptedException {
        assertThat(new ProcessorState(processor(), SEGMENTS, Optional.empty()).live()).isTrue();
        assertThat(new ProcessorState(processor(), SEGMENTS * 2, Optional.empty()).live()).isFalse();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 seconds").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
