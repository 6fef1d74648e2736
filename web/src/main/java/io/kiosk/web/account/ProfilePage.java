package io.kiosk.web.account;

import io.kiosk.client.command.api.CustomersApi;
import io.kiosk.client.command.model.ProfileChangeRequest;
import io.kiosk.client.query.model.CustomerProfile;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/** The customer's profile: who they are to the shop (name, address, phone), with the name and phone to change. */
@Controller
class ProfilePage {

    private final Profiles profiles;
    private final CustomersApi customers;

    ProfilePage(Backend backend, Profiles profiles) {
        this.profiles = profiles;
        this.customers = new CustomersApi(backend.commands());
    }

    @GetMapping("/account/profile")
    String profile(Model model) throws io.kiosk.client.query.ApiException {
        Optional<CustomerProfile> profile = profiles.mine(Positions.from(model));
        model.addAttribute("profile", profile.orElse(null));
        ProfileForm form = new ProfileForm();
        profile.ifPresent(known -> {
            form.setName(known.getName());
            form.setPhone(known.getPhone());
        });
        model.addAttribute("profileForm", form);
        return "account/profile";
    }

    @PostMapping("/account/profile")
    String change(@ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) throws io.kiosk.client.command.ApiException, io.kiosk.client.query.ApiException {
        try {
            var answer = customers.changeProfileWithHttpInfo(new ProfileChangeRequest().name(form.getName()).phone(form.getPhone()));
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "account.profile.saved");
            return "redirect:/account/profile";
        } catch (io.kiosk.client.command.ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401) {
                throw refused;
            }
            FormProblems.reject(problem, result);
            model.addAttribute("profile", profiles.mine(null).orElse(null));
            return "account/profile";
        }
    }
}
