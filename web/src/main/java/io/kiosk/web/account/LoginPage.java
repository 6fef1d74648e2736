package io.kiosk.web.account;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.RefreshTokenRequest;
import io.kiosk.client.command.model.TokenPair;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import io.kiosk.web.security.ReturnUrl;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.SignedIn;
import io.kiosk.web.session.WebSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * Logging in and out. The command API checks the password and answers the tokens, which stay in the web session; its
 * refusals are shown as it words them apart: a wrong address or password, an address not yet confirmed (with the way
 * to confirm it), too many failed logins (locked for a while).
 */
@Controller
class LoginPage {

    private static final Logger log = LoggerFactory.getLogger(LoginPage.class);

    private final IdentityApi identity;
    private final WebSessions sessions;
    private final ApplicationEventPublisher events;

    LoginPage(Backend backend, WebSessions sessions, ApplicationEventPublisher events) {
        this.identity = new IdentityApi(backend.anonymousCommands());
        this.sessions = sessions;
        this.events = events;
    }

    @GetMapping("/account/login")
    String form(@RequestParam(required = false) String next, @ModelAttribute("loginForm") LoginForm form) {
        form.setNext(ReturnUrl.safe(next).orElse(""));
        return "account/login";
    }

    @PostMapping("/account/login")
    String logIn(@ModelAttribute("loginForm") LoginForm form, BindingResult result, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes redirect) throws ApiException {
        TokenPair tokens;
        try {
            tokens = identity.logIn(new Credentials().email(form.getEmail()).password(form.getPassword()));
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault()) {
                throw refused;
            }
            log.info("login refused: {} {}", problem.status(), problem.type());
            form.setPassword("");
            FormProblems.reject(problem, result);
            return "account/login";
        }
        SignedIn signedIn = sessions.signIn(form.getEmail(), tokens, request, response);
        log.info("account {} logged in", signedIn.accountId());
        events.publishEvent(new CustomerSignedIn(signedIn, request));
        redirect.addFlashAttribute("notice", "account.login.welcome");
        return "redirect:" + ReturnUrl.safe(form.getNext()).orElse("/");
    }

    @PostMapping("/account/logout")
    String logOut(HttpServletRequest request, RedirectAttributes redirect) {
        Optional<SignedIn> signedIn = AccessTokens.signedIn();
        signedIn.ifPresent(account -> {
            try {
                identity.logOut(new RefreshTokenRequest().refreshToken(account.tokens().refreshToken()));
            } catch (ApiException notRevoked) {
                // the session forgets the tokens all the same; the refresh token then just expires unused
                log.warn("could not revoke the login of account {} (HTTP {})", account.accountId(), notRevoked.getCode());
            }
        });
        sessions.signOut(request);
        redirect.addFlashAttribute("notice", "account.logout.done");
        return "redirect:/";
    }
}
