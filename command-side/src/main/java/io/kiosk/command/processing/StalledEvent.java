package io.kiosk.command.processing;

import jakarta.annotation.Nullable;

import java.time.Instant;

/**
 * An event a command-side processor failed on, for a reason of its own: which processor, which event (its id, type
 * and the aggregate it is about, such as the order), how often it failed and why the last time, and when the
 * processor gave it up ({@code null} while it is still being tried).
 */
public record StalledEvent(String processingGroup, String eventId, String payloadType, @Nullable String aggregateId,
                           int attempts, String cause, Instant firstFailedAt, Instant lastFailedAt, @Nullable Instant givenUpAt) {
}
