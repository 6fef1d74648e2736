package io.kiosk.query.deadletter;

import io.kiosk.query.problems.InvalidField;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "The parked events, of one projection or of all: sequence, event, cause, when parked and "
            + "last tried, retries (back office)")
    DeadLetterList list(@Parameter(description = "only this projection's letters") @RequestParam(required = false) String projection) {
        return new DeadLetterList(deadLetters.list(projection == null || projection.isBlank() ? null : projection.strip()));
    }

    @PostMapping("/{projection}/{sequenceId}/retry")
    @Operation(summary = "Handle the sequence's parked events again now, in order (once the cause is fixed); "
            + "PROCESSED, or FAILED with the new cause (back office)")
    DeadLetterOutcome retry(@PathVariable String projection, @PathVariable String sequenceId) {
        return deadLetters.retry(projection, sequenceId);
    }

    @DeleteMapping("/{projection}/{sequenceId}")
    @Operation(summary = "Throw the sequence's parked events away, saying why; the reason is logged (back office)")
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
    record DeadLetterList(List<DeadLetterView> letters) {
    }
}
