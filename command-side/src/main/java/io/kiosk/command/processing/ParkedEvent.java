package io.kiosk.command.processing;

import jakarta.annotation.Nullable;

import java.time.Instant;

/**
 * An event a command-side event handler could not handle, parked in its processor's dead-letter queue with its
 * sequence (the payment or order it is about): which processor, the sequence, the event (id, type, aggregate), why,
 * and when it was parked.
 */
public record ParkedEvent(String processingGroup, @Nullable String sequence, String eventId, String payloadType,
                          @Nullable String aggregateId, @Nullable String cause, Instant parkedAt) {
}
