package io.kiosk.web.orders;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * Cancelling an order before it ships, asked first: the order page links here, this page says what cancelling does
 * (the goods go back on the shelf, a paid order's money comes back in full) and cancels only when the customer
 * confirms. An order that shipped meanwhile is refused by the API, and the order page says so.
 */
@Controller
class CancelPage {

    private final OrdersApi changes;
    private final io.kiosk.client.query.api.OrdersApi reads;
    private final MessageSource messages;

    CancelPage(Backend backend, MessageSource messages) {
        this.changes = new OrdersApi(backend.commands());
        this.reads = new io.kiosk.client.query.api.OrdersApi(backend.queries());
        this.messages = messages;
    }

    @GetMapping("/orders/{orderId}/cancellation")
    String confirm(@PathVariable UUID orderId, Model model) throws io.kiosk.client.query.ApiException {
        OrderSummary order = reads.getOrder(orderId, null);
        OrderProgress progress = OrderProgress.of(order);
        if (!progress.canCancel()) {
            return "redirect:/orders/" + orderId;
        }
        model.addAttribute("order", order);
        model.addAttribute("progress", progress);
        return "orders/cancel";
    }

    @PostMapping("/orders/{orderId}/cancellation")
    String cancel(@PathVariable UUID orderId, RedirectAttributes redirect) throws ApiException {
        try {
            var answer = changes.cancelOrderWithHttpInfo(orderId);
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "orders.cancel.done");
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", messages.getMessage("problem." + problem.type(), new Object[]{problem.detail()},
                    problem.detail(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/orders/" + orderId;
    }
}
