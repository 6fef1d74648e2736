package io.kiosk.web.account;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.AccountDeletionRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.WebSessions;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Delete my account": a page that says what deleting means and asks for the password (the confirm step), then the
 * command API erases the customer ({@code DELETE /api/customers/me}) and the web session ends, as at a logout. Kept
 * apart from the profile form, so that no other button of the profile can delete anything.
 */
@Controller
class AccountDeletionPage {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletionPage.class);

    private final IdentityApi identity;
    private final WebSessions sessions;

    AccountDeletionPage(Backend backend, WebSessions sessions) {
        this.identity = new IdentityApi(backend.commands());
        this.sessions = sessions;
    }

    @GetMapping("/account/profile/delete")
    String confirm(@ModelAttribute("deletionForm") AccountDeletionForm form) {
        return "account/delete";
    }

    @PostMapping("/account/profile/delete")
    String delete(@ModelAttribute("deletionForm") AccountDeletionForm form, BindingResult result, HttpServletRequest request,
                  RedirectAttributes redirect) throws ApiException {
        try {
            identity.deleteMyAccount(new AccountDeletionRequest().password(form.getPassword()));
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401) {
                throw refused;
            }
            form.setPassword("");
            FormProblems.reject(problem, result);
            return "account/delete";
        }
        AccessTokens.signedIn().ifPresent(account -> log.info("account {} deleted by its owner", account.accountId()));
        // the command API revoked every login of the account already: the session only forgets its tokens
        sessions.signOut(request);
        redirect.addFlashAttribute("notice", "account.delete.done");
        return "redirect:/";
    }
}
