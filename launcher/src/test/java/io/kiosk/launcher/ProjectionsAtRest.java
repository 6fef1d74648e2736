package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the query side's projections to be at rest (through {@code /api/admin/projections}, as the back office),
 * so that what they hold can be compared: every processor live at the head of the log, and, for a system that must
 * stay quiet for a while (a rebuild to compare), no order process deadline due soon.
 */
final class ProjectionsAtRest {

    private ProjectionsAtRest() {
    }

    /**
     * Waits until every projection is live at the head of the log, with all of its segments held by the one query side
     * asked (a position is that of the slowest segment held there: a segment released for a while, or not yet claimed
     * after a restart, may still have events to handle); answers the list of projections then.
     */
    static JsonNode awaitCaughtUp(Http projections, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> projections.get("/api/admin/projections").body(), list -> {
                    long head = list.path("head").asLong();
                    for (JsonNode projection : list.path("projections")) {
                        JsonNode segments = projection.path("segments");
                        if (!projection.path("status").asText().equals("LIVE") || projection.path("position").asLong(-1) < head
                                || segments.path("claimed").asInt() < segments.path("total").asInt(1)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /**
     * Waits until no order process deadline is due in the next five minutes (the log will not move by itself), then
     * until every projection is live at the head; answers the list of projections then.
     */
    static JsonNode awaitQuiet(Http projections, EventLog events, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<Map<String, Object>> due = events.rows("SELECT count(*) AS due FROM command.scheduled_tasks"
                    + " WHERE execution_time < now() + interval '5 minutes'");
            return ((Number) due.get(0).get("due")).longValue() == 0;
        });
        return awaitCaughtUp(projections, Duration.ofSeconds(30));
    }

    /** The dead letters of every projection, added up. */
    static long deadLetters(JsonNode projectionList) {
        long parked = 0;
        for (JsonNode projection : projectionList.path("projections")) {
            parked += projection.path("deadLetters").asLong();
        }
        return parked;
    }
}
