package io.kiosk.query.deadletter;

import io.kiosk.query.problems.InvalidField;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The back office's view of the events the projections could not handle, and what it does with them. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Dead letters")
class DeadLetterController {

    private static final int REASON_LIMIT = 500;

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(operationId = "listDeadLetters", summary = "The parked events, of one projection or of all: sequence, event, cause, "
            + "when parked and last tried, retries")
    DeadLetterList list(@Parameter(description = "only this projection's letters") @RequestParam(required = false) String projection) {
        return new DeadLetterList(deadLetters.list(projection == null || projection.isBlank() ? null : projection.strip()));
    }

    @PostMapping("/{projection}/{sequenceId}/retry")
    @Operation(operationId = "retryDeadLetters", summary = "Handle the sequence's parked events again now, in order (once the "
            + "cause is fixed): PROCESSED, or FAILED with the new cause", responses = {
            @ApiResponse(responseCode = "200", description = "What the retry did", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no such projection, or no letters in that sequence"),
            @ApiResponse(responseCode = "409", description = "`dead-letter-sequence-busy`: being handled right now")})
    DeadLetterOutcome retry(@PathVariable String projection, @PathVariable String sequenceId) {
        return deadLetters.retry(projection, sequenceId);
    }

    @DeleteMapping("/{projection}/{sequenceId}")
    @Operation(operationId = "discardDeadLetters", summary = "Throw the sequence's parked events away, saying why; the reason is logged",
            responses = {
                    @ApiResponse(responseCode = "200", description = "What the discard did", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "404", description = "`not-found`: no such projection, or no letters in that sequence"),
                    @ApiResponse(responseCode = "409", description = "`dead-letter-sequence-busy`: being handled right now")})
    DeadLetterOutcome discard(@PathVariable String projection, @PathVariable String sequenceId,
                              @Parameter(description = "why the events are thrown away") @RequestParam(required = false) String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "say why the events are thrown away");
        }
        if (reason.length() > REASON_LIMIT) {
            throw new InvalidField("reason", "must be at most " + REASON_LIMIT + " characters");
        }
        return deadLetters.discard(projection, sequenceId, reason.strip(), Caller.current().accountId());
    }

    /** The letters, in the order {@link DeadLetters#list(String)} gives them. */
    @Schema(name = "DeadLetterList")
    record DeadLetterList(List<DeadLetterView> letters) {
    }
}
