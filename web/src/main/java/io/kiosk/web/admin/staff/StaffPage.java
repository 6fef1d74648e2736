package io.kiosk.web.admin.staff;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.command.model.StaffAccountRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Staff accounts ({@code ADMIN} only): the administrator makes a back-office clerk, an analyst or another
 * administrator with a first password, which the API checks as it checks every password; a refusal is shown at its
 * field. (Customers register themselves in the shop.)
 */
@Controller
class StaffPage {

    static final List<String> ROLES = List.of(Role.BACK_OFFICE.getValue(), Role.ANALYST.getValue(), Role.ADMIN.getValue());

    private final IdentityApi identity;

    StaffPage(Backend backend) {
        this.identity = new IdentityApi(backend.commands());
    }

    @ModelAttribute("roles")
    List<String> roles() {
        return ROLES;
    }

    @GetMapping("/admin/staff")
    String form(Model model) {
        model.addAttribute("staffForm", new StaffForm());
        return "admin/staff/staff";
    }

    @PostMapping("/admin/staff")
    String create(@ModelAttribute("staffForm") StaffForm form, BindingResult result, RedirectAttributes redirect) throws ApiException {
        if (!ROLES.contains(form.getRole())) {
            result.rejectValue("role", "admin.staff.role.choose");
            return "admin/staff/staff";
        }
        try {
            identity.createStaffAccount(new StaffAccountRequest().email(form.getEmail().strip()).password(form.getPassword())
                    .role(Role.fromValue(form.getRole())));
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
                throw refused;
            }
            FormProblems.reject(problem, result);
            form.setPassword("");
            return "admin/staff/staff";
        }
        redirect.addFlashAttribute("notice", "admin.staff.created");
        redirect.addFlashAttribute("noticeArgs", new Object[]{form.getEmail().strip(), form.getRole()});
        return "redirect:/admin/staff";
    }
}
