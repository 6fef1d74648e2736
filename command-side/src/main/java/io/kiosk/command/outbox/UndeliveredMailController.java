package io.kiosk.command.outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The back office's view of mails that did not go out: what to tell a customer by other means. */
@RestController
@Tag(name = "Notifications")
class UndeliveredMailController {

    private final OutboxWorker worker;

    UndeliveredMailController(OutboxWorker worker) {
        this.worker = worker;
    }

    @GetMapping("/api/notifications/undelivered")
    @Operation(operationId = "listUndeliveredMails", summary = "Mails not sent: still being tried, or given up after every try",
            description = "The latest 200, newest first. A given-up mail (FAILED) is not tried again; the customer can still "
                    + "read the state on the web app's pages or ask again (a new code, a new reset).",
            responses = @ApiResponse(responseCode = "200", description = "The mails not sent", useReturnTypeSchema = true))
    List<UndeliveredMail> undelivered() {
        return worker.undelivered();
    }
}
