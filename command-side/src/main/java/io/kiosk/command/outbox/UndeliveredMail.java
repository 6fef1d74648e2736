package io.kiosk.command.outbox;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A mail the outbox could not send yet (it tries again at {@code nextAttemptAt}) or gave up on. */
@Schema(description = "A mail not sent: still being tried (PENDING) or given up (FAILED)")
public record UndeliveredMail(
        @Schema(description = "the event (or request) the mail is about", example = "5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99") String eventId,
        @Schema(description = "which mail it is", example = "order.paid") String channel,
        @Schema(example = "mia@example.com") String recipient,
        @Schema(example = "Kiosk: your order 5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99 is paid") String subject,
        @Schema(allowableValues = {"PENDING", "FAILED"}, example = "FAILED") String status,
        @Schema(example = "8") int attempts,
        @Schema(description = "why the last try failed", example = "Mail server connection failed: Connection refused") String lastError,
        Instant createdAt,
        @Schema(description = "when it is tried again; absent once given up") Instant nextAttemptAt,
        @Schema(description = "when it was given up; absent while it is still tried") Instant gaveUpAt) {
}
