package io.kiosk.web.account;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.EmailRequest;
import io.kiosk.client.command.model.RegistrationRequest;
import io.kiosk.client.command.model.VerificationRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.i18n.Languages;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import io.kiosk.web.security.ReturnUrl;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/**
 * Becoming a customer: registering (in the page's language, which Kiosk then writes to them in), and confirming the
 * address with the mailed code, typed in or brought by the mail's link ({@code /account/verify?token=…}). The link's
 * page confirms only when the shopper presses the button: mail scanners open links. A wrong, used or expired code
 * offers a new mail.
 */
@Controller
class RegistrationPages {

    /** The session's note of the page a shopper was on the way to when they registered. */
    private static final String GOING_TO = RegistrationPages.class.getName() + ".next";

    private final IdentityApi identity;

    RegistrationPages(Backend backend) {
        this.identity = new IdentityApi(backend.anonymousCommands());
    }

    @GetMapping("/account/register")
    String form(@RequestParam(required = false) String next, @ModelAttribute("registerForm") RegisterForm form) {
        form.setNext(ReturnUrl.safe(next).orElse(""));
        return "account/register";
    }

    @PostMapping("/account/register")
    String register(@ModelAttribute("registerForm") RegisterForm form, BindingResult result, Locale locale,
                    HttpSession session, RedirectAttributes redirect) throws ApiException {
        try {
            identity.registerCustomer(new RegistrationRequest().email(form.getEmail()).name(form.getName())
                    .phone(form.getPhone()).password(form.getPassword())
                    .language(RegistrationRequest.LanguageEnum.fromValue(Languages.tag(locale))));
        } catch (ApiException refused) {
            return refusedOn(form, result, refused, "account/register");
        }
        // the mail's link carries no page to come back to: the session remembers where the shopper was going
        ReturnUrl.safe(form.getNext()).ifPresent(next -> session.setAttribute(GOING_TO, next));
        redirect.addFlashAttribute("notice", "account.register.check-mail");
        redirect.addFlashAttribute("noticeArgs", new Object[]{form.getEmail()});
        return "redirect:" + UriComponentsBuilder.fromPath("/account/verify").queryParam("email", form.getEmail())
                .queryParamIfPresent("next", ReturnUrl.safe(form.getNext())).encode().build().toUriString();
    }

    @GetMapping("/account/verify")
    String verifyForm(@RequestParam(required = false) String token, @RequestParam(required = false) String email,
                      @RequestParam(required = false) String next, @ModelAttribute("codeForm") CodeForm form,
                      HttpSession session, HttpServletResponse response) {
        // the code is in the address: no page of another site may learn it from a Referer
        response.setHeader("Referrer-Policy", "no-referrer");
        form.setToken(token);
        form.setEmail(email);
        form.setNext(ReturnUrl.safe(next).or(() -> ReturnUrl.safe((String) session.getAttribute(GOING_TO))).orElse(""));
        return "account/verify";
    }

    @PostMapping("/account/verify")
    String verify(@ModelAttribute("codeForm") CodeForm form, BindingResult result, RedirectAttributes redirect,
                  HttpServletResponse response) throws ApiException {
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            identity.verifyEmail(new VerificationRequest().token(form.getToken()));
        } catch (ApiException refused) {
            return refusedOn(form, result, refused, "account/verify");
        }
        redirect.addFlashAttribute("notice", "account.verify.done");
        return "redirect:" + ReturnUrl.loginFor(ReturnUrl.safe(form.getNext()).orElse("/"));
    }

    @PostMapping("/account/verify/resend")
    String resend(@ModelAttribute("codeForm") CodeForm form, BindingResult result, RedirectAttributes redirect)
            throws ApiException {
        try {
            identity.resendVerification(new EmailRequest().email(form.getEmail()));
        } catch (ApiException refused) {
            return refusedOn(form, result, refused, "account/verify");
        }
        redirect.addFlashAttribute("notice", "account.verify.resent");
        redirect.addFlashAttribute("noticeArgs", new Object[]{form.getEmail()});
        return "redirect:" + UriComponentsBuilder.fromPath("/account/verify").queryParam("email", form.getEmail())
                .queryParamIfPresent("next", ReturnUrl.safe(form.getNext())).encode().build().toUriString();
    }

    /** The form again with the API's refusal at its field; a fault of ours goes to the error pages. */
    static String refusedOn(Object form, BindingResult result, ApiException refused, String view) throws ApiException {
        ApiProblem problem = ApiProblem.of(refused);
        if (problem.isOurFault()) {
            throw refused;
        }
        FormProblems.reject(problem, result);
        if (form instanceof RegisterForm registration) {
            registration.setPassword("");
        }
        return view;
    }
}
