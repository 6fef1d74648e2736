package io.kiosk.web.refunds;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.RefundsApi;
import io.kiosk.client.command.model.RefundReason;
import io.kiosk.client.command.model.RefundRequest;
import io.kiosk.client.command.model.RefundRequestLine;
import io.kiosk.client.command.model.RequestedRefund;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderLine;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Idempotency;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.orders.LineWords;
import io.kiosk.web.orders.OrderProgress;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asking for money back for an order: which lines and how many units of each (at most those not refunded or asked for
 * yet), the reason, a note, and, once the goods were delivered, whether they go back. The command API decides (paid,
 * within the return window, units left) and its refusals are said at their fields; a request sent twice asks once.
 */
@Controller
class RefundRequestPage {

    private final OrdersApi orders;
    private final RefundsApi refunds;
    private final LineWords lineWords;

    RefundRequestPage(Backend backend, LineWords lineWords) {
        this.orders = new OrdersApi(backend.queries());
        this.refunds = new RefundsApi(backend.commands());
        this.lineWords = lineWords;
    }

    @GetMapping("/orders/{orderId}/refunds/new")
    String form(@PathVariable UUID orderId, Model model) throws io.kiosk.client.query.ApiException {
        OrderSummary order = orders.getOrder(orderId, null);
        if (!OrderProgress.of(order).canRefund()) {
            return "redirect:/orders/" + orderId;
        }
        RefundForm form = new RefundForm();
        form.setKey(Idempotency.newKey("refund"));
        Map<UUID, Integer> left = RefundableUnits.left(order);
        for (OrderLine line : order.getLines()) {
            RefundLineChoice choice = new RefundLineChoice();
            choice.setLineId(line.getLineId().toString());
            choice.setLeft(left.getOrDefault(line.getLineId(), 0));
            choice.setQuantity(choice.getLeft());
            choice.setChosen(choice.getLeft() > 0 && order.getLines().size() == 1);
            form.getLines().add(choice);
        }
        return page(order, form, model);
    }

    @PostMapping("/orders/{orderId}/refunds")
    String request(@PathVariable UUID orderId, @ModelAttribute("refundForm") RefundForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) throws ApiException, io.kiosk.client.query.ApiException {
        OrderSummary order = orders.getOrder(orderId, null);
        Map<UUID, Integer> left = RefundableUnits.left(order);
        List<RefundRequestLine> lines = new ArrayList<>();
        List<Integer> formIndexOfLine = new ArrayList<>();
        for (int index = 0; index < form.getLines().size(); index++) {
            RefundLineChoice choice = form.getLines().get(index);
            UUID lineId = RefundableUnits.lineId(choice.getLineId()).filter(left::containsKey).orElse(null);
            choice.setLeft(lineId == null ? 0 : left.get(lineId));
            if (!choice.isChosen() || lineId == null) {
                continue;
            }
            if (choice.getQuantity() < 1 || choice.getQuantity() > choice.getLeft()) {
                result.rejectValue("lines[" + index + "].quantity", "refunds.quantity.range", new Object[]{choice.getLeft()}, null);
            }
            lines.add(new RefundRequestLine().lineId(lineId).quantity(choice.getQuantity()));
            formIndexOfLine.add(index);
        }
        if (lines.isEmpty()) {
            result.reject("refunds.lines.none");
        }
        RefundReason reason = Arrays.stream(RefundReason.values()).filter(each -> each.getValue().equals(form.getReason()))
                .findFirst().orElse(null);
        if (reason == null) {
            result.rejectValue("reason", "refunds.reason.required");
        }
        if (result.hasErrors()) {
            return page(order, form, model);
        }
        RefundRequest request = new RefundRequest().lines(lines).reason(reason).withReturn(form.isWithReturn())
                .note(form.getNote().isBlank() ? null : form.getNote());
        try {
            var answer = Idempotency.once(() -> refunds.requestRefundWithHttpInfo(orderId, request, form.getKey()));
            RequestedRefund requested = answer.getData();
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "refunds.requested");
            return "redirect:/refunds/" + requested.getRefundId();
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
                throw refused;
            }
            FormProblems.reject(RefundableUnits.onFormLines(problem, formIndexOfLine), result);
            // nothing was asked, and the API keeps its answer under the key: the corrected form gets a key of its own
            form.setKey(Idempotency.newKey("refund"));
            return page(order, form, model);
        }
    }

    private String page(OrderSummary order, RefundForm form, Model model) throws io.kiosk.client.query.ApiException {
        model.addAttribute("order", order);
        model.addAttribute("refundForm", form);
        model.addAttribute("orderLines", order.getLines().stream()
                .collect(java.util.stream.Collectors.toMap(line -> line.getLineId().toString(), line -> line)));
        model.addAttribute("lines", lineWords.of(order.getLines().stream()
                .map(line -> new LineWords.Line(line.getLineId(), line.getProductId(), line.getOptions())).toList()));
        model.addAttribute("reasons", Arrays.stream(RefundReason.values()).filter(each -> each != RefundReason.ORDER_CANCELLED)
                .map(RefundReason::getValue).toList());
        model.addAttribute("canReturn", order.getStatus() == io.kiosk.client.query.model.OrderStatus.DELIVERED);
        return "refunds/request";
    }
}
