package io.kiosk.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replays with several query-side instances. Axon resets a processor's tokens only while no instance holds its
 * segments, so the instance asked for a replay records itself in the replay's row ({@link ReplayRecords}); every other
 * instance sees the row within a poll, stops its processor (releasing the segments) and starts it again once the
 * row says the reset is done, taking its share of the replay from the replay tokens. The asked instance waits, after
 * stopping its own processor, until no live claim of another instance is left ({@link #awaitReleased}) and then
 * resets. An instance that died holds its claims until they time out, which the wait allows for; a request that never
 * came to a reset (its instance died first) stops being waited for after {@link #GIVE_UP_AFTER}.
 */
@Component
class ReplayHandOver {

    /** This instance, as the token store knows its claims (Axon's default node name: the JVM's name). */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ReplayHandOver.class);

    private final EventProcessingConfiguration processing;
    private final ReplayRecords replays;
    private final JdbcClient jdbc;
    private final TokenSchema tokens;
    private final Duration claimTimeout;
    private final Set<String> heldBack = ConcurrentHashMap.newKeySet();

    ReplayHandOver(EventProcessingConfiguration processing, ReplayRecords replays, JdbcClient jdbc, TokenSchema tokens,
                   @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.processing = processing;
        this.replays = replays;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.claimTimeout = claimTimeout;
    }

    /** Releases the segments of processors another instance is about to reset; takes part again once it has. */
    @Scheduled(fixedDelayString = "${kiosk.replays.hand-over-poll:250ms}")
    void handOver() {
        List<String> awaiting = replays.awaitingReset(INSTANCE, Instant.now().minus(GIVE_UP_AFTER));
        for (String name : awaiting) {
            processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor -> {
                if (heldBack.add(name)) {
                    log.info("{}: another instance resets it for a replay; its segments are released here until then", name);
                    processor.shutDown();
                }
            });
        }
        for (String name : heldBack) {
            if (!awaiting.contains(name)) {
                heldBack.remove(name);
                processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::start);
                log.info("{}: reset elsewhere; this instance takes its share of the replay", name);
            }
        }
    }

    /**
     * Waits until no other instance holds a live claim on {@code name}'s segments (this instance's processor is stopped
     * already); false if some still do after {@code atMost}.
     */
    boolean awaitReleased(String name, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (liveClaimsOfOthers(name) == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return liveClaimsOfOthers(name) == 0;
    }

    private long liveClaimsOfOthers(String name) {
        Instant expired = Instant.now().minus(claimTimeout);
        return jdbc.sql("SELECT " + tokens.ownerColum() + " AS owner, " + tokens.timestampColumn() + " AS claimed FROM "
                        + tokens.tokenTable() + " WHERE " + tokens.processorNameColumn() + " = :name AND "
                        + tokens.ownerColum() + " IS NOT NULL")
                .param("name", name)
                .query((row, number) -> !row.getString("owner").equals(INSTANCE) && claimedAfter(row.getString("claimed"), expired))
                .list().stream().filter(Boolean::booleanValue).count();
    }

    private static boolean claimedAfter(String claimed, Instant expired) {
        try {
            return claimed != null && Instant.parse(claimed).isAfter(expired);
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }
}
