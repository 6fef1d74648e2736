package io.kiosk.eventstore;

import java.time.Duration;
import java.time.Instant;

/** An event was applied longer ago than the commit deadline allows: its unit of work rolls back ({@link StaleEventGuard}). */
public class StaleEventRefused extends RuntimeException {

    StaleEventRefused(String eventType, Instant appliedAt, Duration deadline) {
        super(eventType + " applied at " + appliedAt + " was not stored: its unit of work took longer than the commit"
                + " deadline of " + deadline + " to commit");
    }
}
