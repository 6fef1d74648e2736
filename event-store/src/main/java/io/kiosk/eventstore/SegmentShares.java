package io.kiosk.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shares each streaming processor's segments out among the live instances of an application. Axon's token claims
 * make sure that each segment is processed by one instance at a time, but a pooled processor claims every segment it
 * finds free: the instance that starts first takes them all, and one started later processes nothing until a
 * segment comes free. Every {@code every}, each instance says in {@code processor_member} (its own schema) that it
 * runs the processor, counts the instances that said so lately, and, holding more than its fair share (segments
 * divided by instances, rounded up), releases the segments over it for a while (Axon's
 * {@link StreamingEventProcessor#releaseSegment}), long enough for another instance to claim them. An instance that
 * dies stops saying so; its claims time out and the others take its segments (Axon's claim timeout, seconds), so
 * nothing waits on a share.
 */
public final class SegmentShares implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentShares.class);

    private final Supplier<EventProcessingConfiguration> processing;
    private final JdbcClient jdbc;
    private final String members;
    private final String tokens;
    private final Duration every;
    private final String member;
    private final ScheduledExecutorService clock;

    public SegmentShares(Supplier<EventProcessingConfiguration> processing, JdbcClient jdbc, String membersTable, String tokenTable,
                         Duration every) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.members = membersTable;
        this.tokens = tokenTable;
        this.every = every;
        this.member = host() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-shares");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleWithFixedDelay(this::shareSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** This instance's name among the members. */
    public String member() {
        return member;
    }

    private void shareSafely() {
        try {
            share();
        } catch (RuntimeException failed) {
            // the database away for a moment: the processors run on, and the next round shares again
            log.warn("segment shares not checked this round: {}", failed.toString());
        }
    }

    /** One round: says which processors this instance runs, and releases the segments it holds over its share. */
    void share() {
        for (StreamingEventProcessor processor : running()) {
            String name = processor.getName();
            jdbc.sql("INSERT INTO " + members + " (processor_name, member, seen_at) VALUES (:name, :member, now())"
                            + " ON CONFLICT (processor_name, member) DO UPDATE SET seen_at = now()")
                    .param("name", name).param("member", member).update();
            int live = jdbc.sql("SELECT count(*) FROM " + members + " WHERE processor_name = :name AND seen_at > now() - :since * interval '1 millisecond'")
                    .param("name", name).param("since", every.multipliedBy(3).toMillis()).query(Integer.class).single();
            int segments = jdbc.sql("SELECT count(*) FROM " + tokens + " WHERE processor_name = :name")
                    .param("name", name).query(Integer.class).single();
            release(processor, over(processor, segments, live));
        }
        jdbc.sql("DELETE FROM " + members + " WHERE seen_at < now() - interval '1 hour'").update();
    }

    /** The segments {@code processor} holds over its fair share of {@code segments} among {@code live} instances. */
    private static List<Integer> over(StreamingEventProcessor processor, int segments, int live) {
        if (live < 2 || segments == 0) {
            return List.of();
        }
        int share = (segments + live - 1) / live;
        List<Integer> held = new ArrayList<>(processor.processingStatus().keySet());
        held.sort(Comparator.reverseOrder());
        return held.size() > share ? held.subList(0, held.size() - share) : List.of();
    }

    private void release(StreamingEventProcessor processor, List<Integer> segments) {
        // longer than a pooled processor takes to claim a free segment (its coordinator looks every 5 s)
        long releasedFor = Math.max(every.multipliedBy(2).toMillis(), Duration.ofSeconds(15).toMillis());
        for (int segment : segments) {
            log.info("{}: releasing segment {} for another instance (it holds more than its share)", processor.getName(), segment);
            processor.releaseSegment(segment, releasedFor, TimeUnit.MILLISECONDS);
        }
    }

    private List<StreamingEventProcessor> running() {
        EventProcessingConfiguration configured = processing.get();
        if (configured == null) {
            return List.of();
        }
        return configured.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> processor.isRunning() && !processor.isError())
                .toList();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "unnamed";
        }
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
        try {
            jdbc.sql("DELETE FROM " + members + " WHERE member = :member").param("member", member).update();
        } catch (RuntimeException gone) {
            // the rows age out within three rounds anyway
        }
    }
}
