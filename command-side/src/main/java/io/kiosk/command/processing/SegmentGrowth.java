package io.kiosk.command.processing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Gives a processor the segments its configuration asks for ({@code initial-segment-count}) when its tokens hold fewer:
 * Axon makes them only for a processor that has no tokens yet, and the command side's processors ran as single
 * tracking processors before they were pooled and segmented. Once the application is ready, the largest segment is
 * split until the count is reached (each half keeps the position of the whole, so nothing is handled twice or
 * skipped). Another instance splitting at the same moment only makes the count a little larger.
 */
@Component
class SegmentGrowth {

    private static final Logger log = LoggerFactory.getLogger(SegmentGrowth.class);

    private final EventProcessingConfiguration processing;
    private final EventProcessorProperties processors;
    private final TokenStore tokens;
    private final TransactionManager transactions;

    SegmentGrowth(EventProcessingConfiguration processing, EventProcessorProperties processors, TokenStore tokens,
                  TransactionManager transactions) {
        this.processing = processing;
        this.processors = processors;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void growToTheConfiguredSegments() {
        for (Map.Entry<String, EventProcessorProperties.ProcessorSettings> configured : processors.getProcessors().entrySet()) {
            Integer wanted = configured.getValue().getInitialSegmentCount();
            if (wanted != null) {
                processing.eventProcessor(configured.getKey(), PooledStreamingEventProcessor.class)
                        .ifPresent(processor -> grow(processor, wanted));
            }
        }
    }

    private void grow(PooledStreamingEventProcessor processor, int wanted) {
        int[] segments = segmentsOf(processor.getName());
        while (segments.length > 0 && segments.length < wanted) {
            int[] known = segments;
            Segment largest = Arrays.stream(known).mapToObj(id -> Segment.computeSegment(id, known))
                    .min(Comparator.comparingInt(Segment::getMask)).orElseThrow();
            try {
                if (!processor.splitSegment(largest.getSegmentId()).get(30, TimeUnit.SECONDS)) {
                    log.info("{}: segment {} not split (another instance holds it); it keeps {} segments for now",
                            processor.getName(), largest.getSegmentId(), known.length);
                    return;
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception failed) {
                log.warn("{}: could not split segment {}: {}", processor.getName(), largest.getSegmentId(), failed.toString());
                return;
            }
            segments = segmentsOf(processor.getName());
        }
        if (segments.length >= wanted) {
            log.debug("{} runs {} segments", processor.getName(), segments.length);
        }
    }

    private int[] segmentsOf(String processor) {
        return transactions.fetchInTransaction(() -> tokens.fetchSegments(processor));
    }
}
