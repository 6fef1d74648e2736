package io.kiosk.web.admin.operations;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.DeadLettersApi;
import io.kiosk.client.query.model.DeadLetterOutcome;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retrying or discarding a projection's dead letters (one sequence: an order's, a product's...), from the operations
 * page. A discard needs a reason, which the API keeps; the outcome (processed, failed again, discarded) is the notice.
 */
@Controller
class DeadLetterActions {

    static final int REASON_MAX_LENGTH = 500;

    private final DeadLettersApi deadLetters;

    DeadLetterActions(Backend backend) {
        this.deadLetters = new DeadLettersApi(backend.queries());
    }

    @PostMapping("/admin/operations/dead-letters/{projection}/{sequenceId}/retry")
    String retry(@PathVariable String projection, @PathVariable String sequenceId, RedirectAttributes redirect) throws ApiException {
        try {
            told(deadLetters.retryDeadLetters(projection, sequenceId), redirect);
        } catch (ApiException refused) {
            refusal(refused, redirect);
        }
        return "redirect:/admin/operations#dead-letters";
    }

    @PostMapping("/admin/operations/dead-letters/{projection}/{sequenceId}/discard")
    String discard(@PathVariable String projection, @PathVariable String sequenceId, @RequestParam(defaultValue = "") String reason,
                   RedirectAttributes redirect) throws ApiException {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            redirect.addFlashAttribute("notice", "admin.operations.dead-letters.reason-needed");
            return "redirect:/admin/operations#dead-letters";
        }
        try {
            told(deadLetters.discardDeadLetters(projection, sequenceId, why), redirect);
        } catch (ApiException refused) {
            refusal(refused, redirect);
        }
        return "redirect:/admin/operations#dead-letters";
    }

    private static void told(DeadLetterOutcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "admin.operations.dead-letters." + outcome.getResult().getValue());
        redirect.addFlashAttribute("noticeArgs", new Object[]{outcome.getLetters(), outcome.getProjection()});
    }

    /** The letters are gone already (someone else retried them) or the request was refused: the API's words. */
    private static void refusal(ApiException refused, RedirectAttributes redirect) throws ApiException {
        if (refused.getCode() != 404 && refused.getCode() != 400 && refused.getCode() != 409) {
            throw refused;
        }
        redirect.addFlashAttribute("notice", "admin.operations.refused");
        redirect.addFlashAttribute("noticeArgs", new Object[]{ApiProblem.of(refused).detail()});
    }
}
