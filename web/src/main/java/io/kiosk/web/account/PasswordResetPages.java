package io.kiosk.web.account;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.EmailRequest;
import io.kiosk.client.command.model.NewPasswordRequest;
import io.kiosk.web.backend.Backend;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A forgotten password: asking for a reset mail (the answer is the same for every address, as the API's is), and
 * choosing a new password with the mailed code, typed in or brought by the mail's link
 * ({@code /account/reset-password?token=…}). A wrong, used or expired code offers a new mail.
 */
@Controller
class PasswordResetPages {

    private final IdentityApi identity;

    PasswordResetPages(Backend backend) {
        this.identity = new IdentityApi(backend.anonymousCommands());
    }

    @GetMapping("/account/forgot-password")
    String forgotForm(@ModelAttribute("codeForm") CodeForm form) {
        return "account/forgot-password";
    }

    @PostMapping("/account/forgot-password")
    String forgot(@ModelAttribute("codeForm") CodeForm form, BindingResult result, RedirectAttributes redirect) throws ApiException {
        try {
            identity.requestPasswordReset(new EmailRequest().email(form.getEmail()));
        } catch (ApiException refused) {
            return RegistrationPages.refusedOn(form, result, refused, "account/forgot-password");
        }
        redirect.addFlashAttribute("notice", "account.reset.check-mail");
        redirect.addFlashAttribute("noticeArgs", new Object[]{form.getEmail()});
        return "redirect:/account/reset-password";
    }

    @GetMapping("/account/reset-password")
    String resetForm(@RequestParam(required = false) String token, @ModelAttribute("codeForm") CodeForm form,
                     HttpServletResponse response) {
        // the code is in the address: no page of another site may learn it from a Referer
        response.setHeader("Referrer-Policy", "no-referrer");
        form.setToken(token);
        return "account/reset-password";
    }

    @PostMapping("/account/reset-password")
    String reset(@ModelAttribute("codeForm") CodeForm form, BindingResult result, RedirectAttributes redirect,
                 HttpServletResponse response) throws ApiException {
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            identity.confirmPasswordReset(new NewPasswordRequest().token(form.getToken()).newPassword(form.getNewPassword()));
        } catch (ApiException refused) {
            form.setNewPassword("");
            return RegistrationPages.refusedOn(form, result, refused, "account/reset-password");
        }
        redirect.addFlashAttribute("notice", "account.reset.done");
        return "redirect:/account/login";
    }
}
