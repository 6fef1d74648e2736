package io.kiosk.web.refunds;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.RefundsApi;
import io.kiosk.client.command.model.RefundStatus;
import io.kiosk.client.command.model.RefundView;
import io.kiosk.client.command.model.ReturnShipmentRequest;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.RefundSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Idempotency;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.orders.LineWords;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One refund ({@code /refunds/{id}}, where the refund mails link): where it stands, what it is for and how much, the
 * order it belongs to, and while it waits for the goods ({@code AWAITING_RETURN}) where to send them, by when, and the
 * form for the parcel's carrier and tracking number. Until the goods are on their way the customer may withdraw it.
 * The refund is read from the command side (its refund book is written with the refund itself, so a change shows at
 * once); another customer's refund is the not-found page.
 */
@Controller
class RefundPage {

    private static final Set<RefundStatus> WITHDRAWABLE = EnumSet.of(RefundStatus.REQUESTED, RefundStatus.AWAITING_RETURN);

    private final RefundsApi refunds;
    private final OrdersApi orders;
    private final LineWords lineWords;
    private final MessageSource messages;

    RefundPage(Backend backend, LineWords lineWords, MessageSource messages) {
        this.refunds = new RefundsApi(backend.commands());
        this.orders = new OrdersApi(backend.queries());
        this.lineWords = lineWords;
        this.messages = messages;
    }

    @GetMapping("/refunds/{refundId}")
    String refund(@PathVariable UUID refundId, Model model) throws ApiException, io.kiosk.client.query.ApiException {
        ReturnParcelForm parcel = new ReturnParcelForm();
        parcel.setKey(Idempotency.newKey("return-parcel"));
        return page(refunds.getRefund(refundId), parcel, Positions.from(model), model);
    }

    @PostMapping("/refunds/{refundId}/return-shipment")
    String returnParcel(@PathVariable UUID refundId, @ModelAttribute("parcelForm") ReturnParcelForm parcel, BindingResult result,
                        Model model, RedirectAttributes redirect) throws ApiException, io.kiosk.client.query.ApiException {
        if (parcel.getCarrier().isBlank()) {
            result.rejectValue("carrier", "refunds.required");
        }
        if (parcel.getTrackingNumber().isBlank()) {
            result.rejectValue("trackingNumber", "refunds.required");
        }
        if (!result.hasErrors()) {
            ReturnShipmentRequest request = new ReturnShipmentRequest().carrier(parcel.getCarrier())
                    .trackingNumber(parcel.getTrackingNumber());
            String key = parcel.getKey().isBlank() ? null : parcel.getKey();
            try {
                Idempotency.once(() -> refunds.recordReturnShipment(refundId, request, key));
                redirect.addFlashAttribute("notice", "refunds.parcel.recorded");
                return "redirect:/refunds/" + refundId;
            } catch (ApiException refused) {
                ApiProblem problem = ApiProblem.of(refused);
                if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
                    throw refused;
                }
                FormProblems.reject(problem, result);
            }
        }
        return page(refunds.getRefund(refundId), parcel, null, model);
    }

    @PostMapping("/refunds/{refundId}/withdrawal")
    String withdraw(@PathVariable UUID refundId, RedirectAttributes redirect) throws ApiException {
        try {
            refunds.withdrawRefund(refundId, null);
            redirect.addFlashAttribute("notice", "refunds.withdrawn");
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", messages.getMessage("problem." + problem.type(), new Object[]{problem.detail()},
                    problem.detail(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/refunds/" + refundId;
    }

    private String page(RefundView refund, ReturnParcelForm parcel, Long position, Model model)
            throws io.kiosk.client.query.ApiException {
        OrderSummary order = orders.getOrder(refund.getOrderId(), position);
        RefundSummary onTheOrder = order.getRefunds().stream().filter(each -> each.getRefundId().equals(refund.getRefundId()))
                .findFirst().orElse(null);
        model.addAttribute("refund", refund);
        model.addAttribute("order", order);
        model.addAttribute("returnAddress", onTheOrder == null ? null : onTheOrder.getReturnAddress());
        model.addAttribute("parcelForm", parcel);
        model.addAttribute("awaitingReturn", refund.getStatus() == RefundStatus.AWAITING_RETURN);
        model.addAttribute("withdrawable", WITHDRAWABLE.contains(refund.getStatus()));
        model.addAttribute("lines", lineWords.of(order.getLines().stream()
                .map(line -> new LineWords.Line(line.getLineId(), line.getProductId(), line.getOptions())).toList()));
        return "refunds/refund";
    }
}
