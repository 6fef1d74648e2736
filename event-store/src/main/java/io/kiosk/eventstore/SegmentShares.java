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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shares each streaming processor's segments out among the live instances of an application. Axon's token claims
 * make sure that each segment is processed by one instance at a time, but a pooled processor claims every segment it
 * finds free: the instance that starts first takes them all, and one started later processes nothing until a
 * segment comes free. Every {@code every} (2 s), each instance says in {@code processor_member} (its own schema) that it
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

    public SegmentShares(Supplier<EventProcessingConfiguration> processing, JdbcClient jdbc, String membersTable,
                         String tokenTable, Duration every) {
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

    /**
     * One round: says which processors this instance runs, and releases the segments it holds over its share. Three
     * statements whatever the number of processors. An instance counts as live for three rounds after it last said so:
     * with rounds of two seconds, a dead instance stops counting before its claims time out (10 s on the query side,
     * 30 s on the command side), so the instance that takes its segments over is not made to give half of them back.
     */
    void share() {
        List<StreamingEventProcessor> running = running();
        if (running.isEmpty()) {
            return;
        }
        // one parameter, split by PostgreSQL (processor names hold no comma): Spring would expand an array into a list
        String names = String.join(",", running.stream().map(StreamingEventProcessor::getName).toList());
        jdbc.sql("INSERT INTO " + members + " (processor_name, member, seen_at)"
                        + " SELECT name, :member, now() FROM unnest(string_to_array(:names, ',')) AS name"
                        + " ON CONFLICT (processor_name, member) DO UPDATE SET seen_at = now()")
                .param("names", names).param("member", member).update();
        Map<String, Integer> live = counts("SELECT processor_name, count(*) FROM " + members
                + " WHERE processor_name = ANY(string_to_array(:names, ','))"
                + " AND seen_at > now() - :since * interval '1 millisecond' GROUP BY processor_name", names);
        Map<String, Integer> segments = counts("SELECT processor_name, count(*) FROM " + tokens
                + " WHERE processor_name = ANY(string_to_array(:names, ',')) GROUP BY processor_name", names);
        for (StreamingEventProcessor processor : running) {
            release(processor, over(processor, segments.getOrDefault(processor.getName(), 0),
                    live.getOrDefault(processor.getName(), 1)));
        }
        jdbc.sql("DELETE FROM " + members + " WHERE seen_at < now() - interval '1 hour'").update();
    }

    private Map<String, Integer> counts(String query, String names) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(query).param("names", names).param("since", every.multipliedBy(3).toMillis())
                .query((row, number) -> counts.put(row.getString(1), row.getInt(2))).list();
        return counts;
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
            log.info("{}: releasing segment {} for another instance (it holds more than its share)", processor.getName(),
                    segment);
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
