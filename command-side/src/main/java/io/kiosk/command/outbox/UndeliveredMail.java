package io.kiosk.command.outbox;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A mail the outbox could not send yet (it tries again at {@code nextAttemptAt}) or gave up on. */
@Schema(description = "A mail not sent: still being tried (PENDING) or given up (FAILED)")
public record UndeliveredMail(
        @Schema(description = "the event (or request) the mail is about") String eventId,
        @Schema(description = "which mail it is", example = "order.paid") String channel,
        String recipient,
        String subject,
        @Schema(allowableValues = {"PENDING", "FAILED"}) String status,
        int attempts,
        @Schema(description = "why the last try failed") String lastError,
        Instant createdAt,
        @Schema(description = "when it is tried again; absent once given up") Instant nextAttemptAt,
        @Schema(description = "when it was given up; absent while it is still tried") Instant gaveUpAt) {
}
