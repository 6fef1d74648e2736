package io.kiosk.query.rebuild;

import io.kiosk.api.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The replays in PostgreSQL, one row per processor: its last replay. Kept in a table, not only in the
 * processor's tokens, because a replay's start, end and size must survive a restart and the tokens know
 * none of them. Claiming a row is how a replay starts, and at most one runs per processor: the claim
 * succeeds only when there is no row yet or the row's replay has finished, whichever instance asks.
 */
@Repository
class ReplayRecords {

    private final JdbcClient jdbc;

    ReplayRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a replay of {@code processor}, asked on instance {@code on}; false if one is running already. */
    boolean claim(String processor, Instant at, CustomerId by, String on) {
        return jdbc.sql("""
                        INSERT INTO projection_replay (processor_name, started_at, head_position, events_total, requested_by,
                            requested_on, reset_at)
                        VALUES (:processor, :at, NULL, 0, :by, :on, NULL)
                        ON CONFLICT (processor_name) DO UPDATE
                            SET started_at = EXCLUDED.started_at, finished_at = NULL, head_position = NULL, events_total = 0,
                                requested_by = EXCLUDED.requested_by, failure = NULL, requested_on = EXCLUDED.requested_on,
                                reset_at = NULL
                            WHERE projection_replay.finished_at IS NOT NULL""")
                .param("processor", processor)
                .param("at", Timestamp.from(at))
                .param("by", by.value())
                .param("on", on)
                .update() == 1;
    }

    /** The processor's tokens were reset: the instances that released its segments take part again. */
    void reset(String processor, Instant at) {
        jdbc.sql("UPDATE projection_replay SET reset_at = :at WHERE processor_name = :processor AND finished_at IS NULL")
                .param("processor", processor)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * The processors whose replay another instance than {@code instance} was asked for since {@code askedSince} and
     * has not reset yet: this instance must not hold their segments.
     */
    List<String> awaitingReset(String instance, Instant askedSince) {
        return jdbc.sql("""
                        SELECT processor_name FROM projection_replay
                        WHERE finished_at IS NULL AND reset_at IS NULL AND requested_on IS DISTINCT FROM :instance
                            AND started_at > :since""")
                .param("instance", instance)
                .param("since", Timestamp.from(askedSince))
                .query(String.class)
                .list();
    }

    /** Records how far the replay goes: the head of the log when the processor stopped, and the events up to it. */
    void scope(String processor, long headPosition, long eventsTotal) {
        jdbc.sql("UPDATE projection_replay SET head_position = :head, events_total = :total WHERE processor_name = :processor")
                .param("processor", processor)
                .param("head", headPosition)
                .param("total", eventsTotal)
                .update();
    }

    void finish(String processor, Instant at) {
        end(processor, at, null);
    }

    /** The replay could not start (its reset was refused); the processor runs on as it was. */
    void fail(String processor, Instant at, String failure) {
        end(processor, at, failure.length() > 1000 ? failure.substring(0, 1000) : failure);
    }

    Optional<ReplayRecord> find(String processor) {
        return jdbc.sql("SELECT * FROM projection_replay WHERE processor_name = :processor")
                .param("processor", processor)
                .query((row, n) -> record(row))
                .optional();
    }

    List<ReplayRecord> running() {
        return jdbc.sql("SELECT * FROM projection_replay WHERE finished_at IS NULL ORDER BY processor_name")
                .query((row, n) -> record(row))
                .list();
    }

    private void end(String processor, Instant at, String failure) {
        jdbc.sql("UPDATE projection_replay SET finished_at = :at, failure = :failure WHERE processor_name = :processor AND finished_at IS NULL")
                .param("processor", processor)
                .param("at", Timestamp.from(at))
                .param("failure", failure)
                .update();
    }

    private static ReplayRecord record(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new ReplayRecord(row.getString("processor_name"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getObject("head_position", Long.class), row.getLong("events_total"),
                new CustomerId(row.getObject("requested_by", UUID.class)), row.getString("failure"));
    }
}
