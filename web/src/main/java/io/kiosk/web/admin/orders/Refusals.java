package io.kiosk.web.admin.orders;

import io.kiosk.web.problems.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action the API refused, told to the member of staff on the page they acted on: the refusal in the page's
 * language when the bundle words it ({@code problem.<type>.<field>}, then {@code problem.<type>}), and the API's own
 * detail beside it, which says exactly what stood in the way.
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Keeps the refusal for the page the action redirects to; rethrows what is no refusal of this action (the API
     * failing, the login having ended, a role that may not do it), which the error pages show.
     */
    <E extends Exception> void tell(E refused, ApiProblem problem, RedirectAttributes redirect) throws E {
        if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
            throw refused;
        }
        redirect.addFlashAttribute("refusal", words(problem));
        redirect.addFlashAttribute("refusalDetail", problem.detail());
    }

    String words(ApiProblem problem) {
        var locale = LocaleContextHolder.getLocale();
        String general = messages.getMessage("problem." + problem.type(), null, null, locale);
        String wording = problem.field() == null ? general
                : messages.getMessage("problem." + problem.type() + "." + problem.field(), null, general, locale);
        return wording != null ? wording : messages.getMessage("admin.refused", null, locale);
    }
}
