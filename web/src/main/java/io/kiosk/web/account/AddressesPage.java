package io.kiosk.web.account;

import io.kiosk.client.command.api.CustomersApi;
import io.kiosk.client.query.model.CustomerProfile;
import io.kiosk.client.query.model.CustomerProfileAddress;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

/** The customer's saved delivery addresses (to choose one at checkout): the list, adding one, removing one. */
@Controller
class AddressesPage {

    private final Profiles profiles;
    private final CustomersApi customers;

    AddressesPage(Backend backend, Profiles profiles) {
        this.profiles = profiles;
        this.customers = new CustomersApi(backend.commands());
    }

    @GetMapping("/account/addresses")
    String addresses(Model model) throws io.kiosk.client.query.ApiException {
        model.addAttribute("addresses", saved(Positions.from(model)));
        model.addAttribute("addressForm", new AddressForm());
        return "account/addresses";
    }

    @PostMapping("/account/addresses")
    String add(@ModelAttribute("addressForm") AddressForm form, BindingResult result, Model model, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, io.kiosk.client.query.ApiException {
        try {
            var answer = customers.addDeliveryAddressWithHttpInfo(form.toRequest());
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "account.addresses.saved");
            return "redirect:/account/addresses";
        } catch (io.kiosk.client.command.ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401) {
                throw refused;
            }
            FormProblems.reject(problem, result);
            model.addAttribute("addresses", saved(null));
            return "account/addresses";
        }
    }

    @PostMapping("/account/addresses/{addressId}/removal")
    String remove(@PathVariable UUID addressId, RedirectAttributes redirect) throws io.kiosk.client.command.ApiException {
        var answer = customers.removeDeliveryAddressWithHttpInfo(addressId);
        redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
        redirect.addFlashAttribute("notice", "account.addresses.removed");
        return "redirect:/account/addresses";
    }

    private List<CustomerProfileAddress> saved(Long position) throws io.kiosk.client.query.ApiException {
        return profiles.mine(position).map(CustomerProfile::getAddresses).orElse(List.of());
    }
}
