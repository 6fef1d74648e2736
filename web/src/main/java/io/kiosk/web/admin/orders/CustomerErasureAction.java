package io.kiosk.web.admin.orders;

import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.CustomerErasureRequest;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * An administrator erases the personal data of an order's customer (PIPL / GDPR), from the order's console page, saying
 * why. The customer is the order's own, looked up here — never taken from the form — and the command API does the
 * erasure ({@code DELETE /api/admin/customers/{id}}, administrators only, as this page is). It cannot be undone: the
 * page asks for a reason and a confirmation first, and comes back to the order, which then shows the customer erased.
 */
@Controller
class CustomerErasureAction {

    private static final Logger log = LoggerFactory.getLogger(CustomerErasureAction.class);

    private final OrdersApi orders;
    private final IdentityApi identity;
    private final Refusals refusals;
    private final MessageSource messages;

    CustomerErasureAction(Backend backend, Refusals refusals, MessageSource messages) {
        this.orders = new OrdersApi(backend.queries());
        this.identity = new IdentityApi(backend.commands());
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/admin/orders/{orderId}/customer-erasure")
    String erase(@PathVariable UUID orderId, @RequestParam(defaultValue = "") String reason,
                 @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) throws Exception {
        if (!confirmed) {
            redirect.addFlashAttribute("refusal", messages.getMessage("admin.erasure.unconfirmed", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/orders/" + orderId;
        }
        UUID customer = orders.getOrder(orderId, null).getCustomerId();
        try {
            identity.eraseCustomer(customer, new CustomerErasureRequest().reason(reason));
            redirect.addFlashAttribute("notice", "admin.order.done.customer-erased");
            log.info("order {}: its customer {} erased", orderId, customer);
        } catch (io.kiosk.client.command.ApiException refused) {
            refusals.tell(refused, ApiProblem.of(refused), redirect);
        }
        return "redirect:/admin/orders/" + orderId;
    }
}
