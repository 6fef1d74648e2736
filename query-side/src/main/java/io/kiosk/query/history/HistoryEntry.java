package io.kiosk.query.history;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of an order's history: its position in the log (absent where the log cannot say), the aggregate
 * that recorded it (the order, or its payment) and its sequence number there, its type, when it was stored,
 * what it says, who caused it (the account id the command side stored with it; Kiosk's own account for what
 * Kiosk did by itself; absent for events stored without one) and the trace it belongs to, if any.
 */
record HistoryEntry(@Nullable Long position, String aggregateType, String aggregateId, long sequence, String type,
                    Instant timestamp, JsonNode payload, @Nullable String who, @Nullable String traceId, @Nullable String correlationId) {
}
