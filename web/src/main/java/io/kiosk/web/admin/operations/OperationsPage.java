package io.kiosk.web.admin.operations;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.DeadLettersApi;
import io.kiosk.client.query.api.ProjectionsApi;
import io.kiosk.client.query.model.ProjectionList;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.security.ReturnUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Operations ({@code BACK_OFFICE}, {@code ADMIN}): every projection with its state, position, lag and dead letters;
 * a rebuild started from here is followed on the projection's own page, whose progress bar htmx redraws every second
 * (events done of total, rate, time left) until the rebuild has caught up and the read model is live again.
 */
@Controller
class OperationsPage {

    /** The rebuild refusals the page says in its own words (the others in the API's). */
    private static final Set<String> KNOWN_REFUSALS = Set.of("replay-in-progress", "replay-refused", "store-unavailable");

    private final ProjectionsApi projections;
    private final DeadLettersApi deadLetters;

    OperationsPage(Backend backend) {
        this.projections = new ProjectionsApi(backend.queries());
        this.deadLetters = new DeadLettersApi(backend.queries());
    }

    @GetMapping("/admin/operations")
    String projections(Model model) throws ApiException {
        ProjectionList all = projections.listProjections();
        model.addAttribute("head", all.getHead());
        model.addAttribute("projections", all.getProjections().stream().map(view -> ProjectionRow.of(view, all.getHead())).toList());
        model.addAttribute("letters", deadLetters.listDeadLetters(null).getLetters());
        return "admin/operations/projections";
    }

    @GetMapping("/admin/operations/projections/{name}")
    String projection(@PathVariable String name, HttpServletRequest request, Model model) throws ApiException {
        ProjectionList all = projections.listProjections();
        ProjectionRow row = ProjectionRow.of(projections.getProjection(name), all.getHead());
        model.addAttribute("projection", row);
        model.addAttribute("head", all.getHead());
        return ReturnUrl.isHtmx(request) ? "admin/operations/projection :: progress" : "admin/operations/projection";
    }

    @PostMapping("/admin/operations/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) throws ApiException {
        String page = "redirect:/admin/operations/projections/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
        try {
            projections.replayProjection(name);
            redirect.addFlashAttribute("notice", "admin.operations.rebuild.started");
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (refused.getCode() != 409 && refused.getCode() != 503) {
                throw refused;
            }
            // already rebuilding, or its store out of reach: say so on the projection's page, in the page's language
            // when the refusal is one we know, else in the API's words
            redirect.addFlashAttribute("notice", KNOWN_REFUSALS.contains(problem.type())
                    ? "admin.operations.refused." + problem.type() : "admin.operations.refused");
            redirect.addFlashAttribute("noticeArgs", new Object[]{problem.detail()});
        }
        return page;
    }
}
