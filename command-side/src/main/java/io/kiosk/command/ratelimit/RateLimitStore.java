package io.kiosk.command.ratelimit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Table {@code rate_limit_window}: how often each subject did each limited thing in the current window. Windows are
 * fixed (aligned to the epoch) and read from the database's clock, so every instance counts in the same ones.
 */
@Repository
class RateLimitStore {

    /** The current window of {@code :seconds}, on the database's clock. */
    private static final String CURRENT_WINDOW = "to_timestamp(floor(extract(epoch FROM now()) / :seconds) * :seconds)";

    private final JdbcClient jdbc;

    RateLimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more for the subject in the current window; answers the count so far and the time left in it. */
    Count hit(LimitedAction action, String subject, Duration window) {
        return jdbc.sql("""
                        INSERT INTO rate_limit_window (action, subject, window_start, window_end, hits)
                        SELECT :action, :subject, started, started + make_interval(secs => :seconds), 1
                        FROM (SELECT %s AS started) AS current
                        ON CONFLICT (action, subject, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                        RETURNING hits, extract(epoch FROM window_end - now()) AS left""".formatted(CURRENT_WINDOW))
                .param("action", action.name())
                .param("subject", hashed(subject))
                .param("seconds", window.getSeconds())
                .query((row, n) -> new Count(row.getInt("hits"), Duration.ofMillis((long) (row.getDouble("left") * 1000))))
                .single();
    }

    /** The subject's count in the current window, without adding to it; empty if it did nothing yet. */
    Optional<Count> current(LimitedAction action, String subject, Duration window) {
        return jdbc.sql("""
                        SELECT hits, extract(epoch FROM window_end - now()) AS left FROM rate_limit_window
                        WHERE action = :action AND subject = :subject AND window_start = %s""".formatted(CURRENT_WINDOW))
                .param("action", action.name())
                .param("subject", hashed(subject))
                .param("seconds", window.getSeconds())
                .query((row, n) -> new Count(row.getInt("hits"), Duration.ofMillis((long) (row.getDouble("left") * 1000))))
                .optional();
    }

    /** Deletes the windows that ended; answers how many. */
    int forgetEndedWindows() {
        return jdbc.sql("DELETE FROM rate_limit_window WHERE window_end < now()").update();
    }

    /** The table keeps no addresses: a subject is stored as its SHA-256. */
    private static String hashed(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** How often so far in the current window, and how long it still runs. */
    record Count(int hits, Duration left) {
    }
}
